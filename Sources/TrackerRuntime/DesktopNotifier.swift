import Foundation
import TerminalUI
import TrackerCore

/// Sends a desktop notification: `notify-send` where it is installed (found on `PATH`), nothing
/// elsewhere. Tests give their own. Used by the UI's reminders and by `toggl-tui remind`.
public struct DesktopNotifier: Sendable {
    /// Shows `text` with `title`; returns whether a notification was sent.
    public var send: @Sendable (_ title: String, _ text: String) -> Bool

    /// A notifier from a closure.
    public init(send: @escaping @Sendable (_ title: String, _ text: String) -> Bool) {
        self.send = send
    }

    /// None: nothing is ever shown.
    public static let none = DesktopNotifier { _, _ in false }

    /// `notify-send -a toggl-tui TITLE TEXT`, run without a shell; the text made safe first
    /// (names come from Toggl) and `<`, `>`, `&` escaped, since notification servers read markup.
    public static func notifySend(environment: [String: String]) -> DesktopNotifier {
        DesktopNotifier { title, text in
            guard let program = Self.find("notify-send", path: environment["PATH"]) else { return false }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = ["-a", "toggl-tui", Self.plain(title), Self.plain(text)]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
                process.waitUntilExit()
                return process.terminationStatus == 0
            } catch {
                return false
            }
        }
    }

    /// `text` with controls shown (``TerminalText``) and markup characters escaped.
    static func plain(_ text: String) -> String {
        TerminalText.safe(text).replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The first executable `name` on `path`.
    static func find(_ name: String, path: String?) -> String? {
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where folder.hasPrefix("/") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
