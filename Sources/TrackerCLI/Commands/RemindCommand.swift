import ArgumentParser
import Foundation
import TogglModels
import TrackerCore
import TrackerStore

/// `remind`: for a systemd user timer or cron — inside `work_hours`, says "Not tracking for 17
/// min" after `remind_after`, or that a long timer is probably forgotten, once per episode (on
/// stdout, and on the desktop with `notify = on` where `notify-send` exists). Reads this
/// machine's copy: no request while it is fresh, one otherwise.
public struct RemindCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "remind", abstract: "Remind once when nothing is tracked in work hours, or a timer looks forgotten (for a timer or cron).",
        discussion: """
            Run it every few minutes (Resources/systemd/ has a user timer). It says nothing when no reminder \
            is due or this one was already given: each stretch of not tracking, and each long timer, is \
            reminded once. Settings: work_hours, remind_after, forgotten_after_hours, notify.
            """)

    /// Print the reminder that is due, without notifying or remembering it.
    @Flag(name: .customLong("print"), help: "Print the reminder due now (if any) without notifying or marking it given.")
    public var printOnly = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    /// What `remind.json` keeps: the last episode reminded.
    struct Given: Codable, Sendable {
        var episode: String
        var at: Date
    }

    /// `--json`.
    struct Row: Encodable {
        var due: Bool
        var kind: String?
        var text: String?
        var episode: String?
        var notified: Bool
    }

    public func execute(in session: CLISession) async throws {
        let now = session.now
        let settings = session.context.settings
        let entries = try await session.entries(from: now.addingTimeInterval(-2 * 86_400), to: now.addingTimeInterval(1))
        // A timer started before those two days still runs: this machine's running entry counts
        // too (a forgotten timer is the one most likely to be that old).
        let running = entries.first { $0.isRunning } ?? (session.isStoreFresh ? session.restoredAccount()?.runningEntry : nil)
        let lastStop = Reminder.lastStop(of: entries, before: now)
        let reminder = Reminder.due(now: now, running: running, lastStop: lastStop, workHours: settings.workHours,
                                    timeZone: session.timeZone, remindAfter: DurationLimit.wholeSeconds(settings.remindAfterMinutes * 60),
                                    forgottenAfter: DurationLimit.wholeSeconds(settings.forgottenTimerHours * 3600))
        guard let reminder else {
            if global.json { try session.printJSON(Row(due: false, notified: false)) }
            return
        }
        let file = session.layout()?.remindFile
        let given = (try? file?.read())?.flatMap { try? TogglJSON.makeDecoder().decode(Given.self, from: $0) }
        let isNew = given?.episode != reminder.episode
        var notified = false
        if !printOnly, isNew {
            if settings.notifies { notified = session.context.notifier.send("toggl-tui", reminder.text) }
            if let data = try? TogglJSON.makeEncoder().encode(Given(episode: reminder.episode, at: now)) {
                // Not remembered (a full disk): the reminder comes again next time, nothing worse.
                try? file?.write(data)
            }
        }
        let kind: String = switch reminder.kind {
        case .notTracking: "not_tracking"
        case .forgotten: "forgotten"
        }
        if global.json {
            return try session.printJSON(Row(due: true, kind: kind, text: reminder.text, episode: reminder.episode, notified: notified))
        }
        if printOnly || isNew { session.say(reminder.text) }
    }
}
