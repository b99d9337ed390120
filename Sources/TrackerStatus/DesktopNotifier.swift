#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
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
            return run(program, ["-a", "toggl-tui", Self.plain(title), Self.plain(text)])
        }
    }

    /// Runs `program` with `arguments` (no shell; no input; output and errors discarded) and
    /// waits for it; whether it ran and exited with 0.
    static func run(_ program: String, _ arguments: [String]) -> Bool {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // As Foundation's Process did: every signal at its default and none blocked, whatever the
        // UI set for itself (it ignores SIGINT, SIGTERM, SIGHUP while it holds the terminal).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        var none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, &attributes, argv, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return false }
        }
        return (status & 0x7f) == 0 && (status >> 8) & 0xff == 0
    }

    /// `text` with controls shown (``TerminalText``) and markup characters escaped.
    static func plain(_ text: String) -> String {
        TerminalText.safe(text).replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }

    /// The first executable `name` on `path`.
    public static func find(_ name: String, path: String?) -> String? {
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where folder.hasPrefix("/") {
            let candidate = "\(folder)/\(name)"
            var info = stat()
            if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
