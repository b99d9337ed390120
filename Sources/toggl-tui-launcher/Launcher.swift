#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import TrackerCore
import TrackerStatus

/// `toggl-tui` as an install puts it first on the PATH (`scripts/install.sh`: `bin/toggl-tui`,
/// with the program itself in `libexec/toggl-tui/toggl-tui`). A status bar runs
/// `toggl-tui status` every few seconds (and a timer `toggl-tui remind` every few minutes), so
/// this answers those — and `goals` — from the cards the program leaves (``StatusShortcut``,
/// ``RemindShortcut``, ``GoalsShortcut``) with nothing but FoundationEssentials loaded — no Foundation, ICU,
/// network stack, curses or argument parser, which take most of a process's start. Everything
/// else (the UI, every other command, what the card cannot answer) runs the program in its
/// place, with the same arguments, environment, terminal and process id.
@main
enum Launcher {
    /// The program that does everything else.
    static let programName = "toggl-tui"

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let environment = ProcessInfo.processInfo.environment
        let write: (String) -> Void = { print($0, terminator: "") }
        if StatusShortcut.handles(arguments),
           let code = StatusShortcut.run(arguments, environment: environment, now: Date(), write: write) {
            exit(code)
        }
        if GoalsShortcut.handles(arguments),
           let code = GoalsShortcut.run(arguments, environment: environment, now: Date(), write: write) {
            exit(code)
        }
        if RemindShortcut.handles(arguments),
           let code = RemindShortcut.run(arguments, environment: environment, now: Date(),
                                         notifier: .notifySend(environment: environment), write: write) {
            exit(code)
        }
        let own = ownPath()
        let candidates = programCandidates(besides: own)
        for path in candidates where !isSameFile(path, own) {
            execv(path, CommandLine.unsafeArgv)
            // Not there: try the next place; anything else is worth saying.
            guard errno == ENOENT || errno == ENOTDIR else {
                fail("cannot start \(path): \(String(cString: strerror(errno)))")
            }
        }
        fail("cannot find the program (looked for \(candidates.joined(separator: " and "))); reinstall toggl-tui")
    }

    /// This program's own path (`/proc/self/exe`), else its first argument.
    static func ownPath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments.first ?? programName }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Where the program may be: `../libexec/toggl-tui/toggl-tui` from `own` (an install under a
    /// prefix, or a tarball), then `toggl-tui` beside it (a build folder).
    static func programCandidates(besides own: String) -> [String] {
        let folder = own.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let base = folder.isEmpty ? "." : folder
        return [base + "/../libexec/toggl-tui/" + programName, base + "/" + programName]
    }

    /// Whether `path` and `other` are the same file (so the launcher never runs itself).
    static func isSameFile(_ path: String, _ other: String) -> Bool {
        var first = stat()
        var second = stat()
        guard stat(path, &first) == 0, stat(other, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Says why on standard error (made terminal-safe) and exits with 1.
    static func fail(_ message: String) -> Never {
        let line = "toggl-tui: " + TerminalText.safe(message) + "\n"
        _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        exit(1)
    }
}
