import Foundation
import TogglModels
import TrackerStore

/// `status` answered before the argument parser builds its tree of every subcommand, from the
/// ``StatusSummary`` the last full `status` left in the store — for status bars that run it
/// every few seconds. It answers only when it can say exactly what the full path would; for
/// anything else — another command or spelling, `--refresh`, `--demo`, `--help`, no summary,
/// a summary of files changed since, a damaged one — it writes nothing and the program goes on
/// as always (and the full `status` writes a fresh summary).
public enum StatusShortcut {
    /// The `status` options in `arguments` (without the program name): `status` followed only by
    /// `--format`/`--idle-format` with a value (`--format X` or `--format=X`), `--json`, `-q` or
    /// `--quiet`, each at most once; nil for anything else. A value that is empty or starts with
    /// `-` is left to the full parser too.
    static func line(from arguments: [String]) -> StatusLine? {
        guard arguments.first == "status" else { return nil }
        var line = StatusLine(format: nil, idleFormat: nil, json: false)
        var seen: Set<String> = []
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            var name = argument
            var value: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            let key = name == "-q" ? "--quiet" : name
            guard seen.insert(key).inserted else { return nil }
            switch key {
            case "--json", "--quiet":
                guard value == nil else { return nil }
                if key == "--json" { line.json = true }
            case "--format", "--idle-format":
                if value == nil { value = rest.popFirst() }
                guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
                if key == "--format" { line.format = value } else { line.idleFormat = value }
            default:
                return nil
            }
        }
        return line
    }

    /// Whether `arguments` are a `status` the shortcut may answer (see ``line(from:)``).
    public static func handles(_ arguments: [String]) -> Bool {
        line(from: arguments) != nil
    }

    /// Answers `arguments` from the store's status summary when it can.
    /// - Returns: the exit status (0) once the answer is written; nil when nothing was written
    ///   and the full path must run.
    public static func run(_ arguments: [String], context: CLIContext) -> Int32? {
        guard var line = line(from: arguments), let token = context.token,
              let userID = try? AccountMap(stateDirectory: context.stateDirectory).lookUp(token).userID
        else { return nil }
        let layout = StoreLayout(cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory, userID: userID)
        guard let summary = StatusSummary.read(layout: layout) else { return nil }
        line.settings = context.settings
        // As CLISession.timeZone: the config's zone, else the profile's, else the system's.
        let timeZone = context.timeZoneOverride ?? summary.profileTimeZone.flatMap(TimeZone.init(identifier:)) ?? context.systemTimeZone
        guard let text = try? line.text(for: summary, now: context.clock(), timeZone: timeZone) else { return nil }
        context.output.write(text)
        return CLIExitCode.success.rawValue
    }
}
