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
/// this answers those — and `goals` — from the cards the program leaves (``CardShortcuts``)
/// with nothing but FoundationEssentials loaded — no Foundation, ICU, network stack, curses or
/// argument parser, which take most of a process's start. Everything else (the UI, every other
/// command, what the cards cannot answer) runs the program in its place, with the same
/// arguments, environment, terminal and process id.
@main
enum Launcher {
    /// The program that does everything else.
    static let programName = "toggl-tui"

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let environment = ProcessInfo.processInfo.environment
        if let code = CardShortcuts.answer(arguments, environment: environment, now: Date(),
                                           notifier: .notifySend(environment: environment), write: { print($0, terminator: "") }) {
            exit(code)
        }
        guard let own = ownPath(environment: environment) else {
            fail("cannot tell where this program is (no /proc/self/exe, and \(CommandLine.arguments.first ?? "no name") is not on PATH)",
                 code: 127)
        }
        let candidates = programCandidates(besides: own)
        for path in candidates where !isSameFile(path, own) {
            execv(path, CommandLine.unsafeArgv)
            // Not there: try the next place; anything else is worth saying.
            guard errno == ENOENT || errno == ENOTDIR else {
                fail("cannot start \(path): \(String(cString: strerror(errno)))", code: 126)
            }
        }
        fail("cannot find the program (looked for \(candidates.joined(separator: " and "))); reinstall toggl-tui", code: 127)
    }

    /// This program's own path: `/proc/self/exe`; where that is missing (some chroots), its
    /// first argument when that is a path, or the first match on `PATH` — never a guess
    /// relative to the current folder.
    static func ownPath(environment: [String: String]) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        guard let first = CommandLine.arguments.first, !first.isEmpty else { return nil }
        if first.contains("/") { return first }
        return DesktopNotifier.find(first, path: environment["PATH"])
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

    /// Says why on standard error (made terminal-safe) and exits with `code` (as shells do:
    /// 127 not found, 126 found but not started).
    static func fail(_ message: String, code: Int32) -> Never {
        let line = "toggl-tui: " + TerminalText.safe(message) + "\n"
        _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        exit(code)
    }
}
