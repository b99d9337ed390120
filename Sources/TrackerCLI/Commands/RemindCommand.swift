import ArgumentParser
import Foundation
import TogglModels
import TrackerCore
import TrackerStatus
import TrackerStore

/// `remind`: for a systemd user timer or cron — inside `work_hours`, says "Not tracking for 17
/// min" after `remind_after`, or that a long timer is probably forgotten, once per episode (on
/// stdout, and on the desktop with `notify = on` where `notify-send` exists). Reads this
/// machine's copy: no request while it is fresh, one otherwise. (An installed `toggl-tui`
/// answers it from the status card without this program while the copy is fresh.)
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

    /// Reads the store (refreshing it first with one request when it is older than
    /// `cli_max_age`), gives the reminder due through ``RemindRun``, and leaves the status card —
    /// from which the launcher answers the next `remind` while the store stays fresh.
    public func execute(in session: CLISession) async throws {
        if !session.isStoreFresh, session.context.api != nil {
            do {
                _ = try await session.bootstrap()
            } catch where CLISession.meansOffline(error) && session.layout() != nil {
                session.noteOffline(error)
            }
        }
        guard let layout = session.layout() else { throw StatusCommand.noData }
        let inputs = StatusCard.takeInputs(session, layout)
        guard let summary = StatusSummary.gather(layout: layout, in: session) else { throw StatusCommand.noData }
        let settings = StatusCard.settings(session)
        let reminder = summary.reminder(now: session.now, settings: settings, timeZone: session.timeZone)
        let text = try RemindRun(printOnly: printOnly, json: global.json)
            .perform(reminder, remindFile: layout.remindFile, now: session.now, notifies: settings.notifies, notifier: session.context.notifier)
        session.context.output.write(text)
        StatusCard(inputs: inputs, summary: summary, session: session, layout: layout).save(for: session)
    }
}
