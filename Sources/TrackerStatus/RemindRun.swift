#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore
import TrackerStore

/// What `remind` does once the reminder due is known — the same for the program's full path and
/// the launcher's shortcut: a reminder not given before (`remind.json` keeps the last episode)
/// goes to the desktop (with `notify = on`) and is remembered, then printed; one given before
/// is not printed again. `--print` prints what is due without notifying or remembering;
/// `--json` prints one object either way.
public struct RemindRun: Sendable {
    /// `--print`.
    public var printOnly: Bool
    /// `--json`.
    public var json: Bool

    public init(printOnly: Bool, json: Bool) {
        self.printOnly = printOnly
        self.json = json
    }

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

    /// The options of `remind` in `arguments` (without the program name): `remind` followed only
    /// by `--print` and `--json`, each at most once; nil for anything else.
    public static func line(from arguments: [String]) -> RemindRun? {
        guard arguments.first == "remind" else { return nil }
        let options = arguments.dropFirst()
        guard Set(options).count == options.count, options.allSatisfy({ $0 == "--print" || $0 == "--json" }) else { return nil }
        return RemindRun(printOnly: options.contains("--print"), json: options.contains("--json"))
    }

    /// Gives `reminder` (nil: none is due) at `now` and returns what to print (not yet made
    /// terminal-safe: callers write through the boundary).
    public func perform(_ reminder: Reminder?, remindFile: AtomicFile?, now: Date, notifies: Bool,
                        notifier: DesktopNotifier) throws -> String {
        guard let reminder else { return json ? try JSONOutput.encode(Row(due: false, notified: false)) : "" }
        let given = remindFile?.readRegular(upTo: 1 << 16).flatMap { try? TogglJSON.makeDecoder().decode(Given.self, from: $0) }
        let isNew = given?.episode != reminder.episode
        var notified = false
        if !printOnly, isNew {
            if notifies { notified = notifier.send("toggl-tui", reminder.text) }
            if let data = try? TogglJSON.makeEncoder().encode(Given(episode: reminder.episode, at: now)) {
                // Not remembered (a full disk): the reminder comes again next time, nothing worse.
                try? remindFile?.write(data)
            }
        }
        let kind: String = switch reminder.kind {
        case .notTracking: "not_tracking"
        case .forgotten: "forgotten"
        }
        if json {
            return try JSONOutput.encode(Row(due: true, kind: kind, text: reminder.text, episode: reminder.episode, notified: notified))
        }
        return printOnly || isNew ? reminder.text + "\n" : ""
    }
}
