#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore

/// `status` answered from the ``StatusCard`` a full `status` left — for status bars that run it
/// every few seconds. The `toggl-tui` launcher asks it first, before loading the program that
/// has Foundation, the network stack, curses and the argument parser; it needs only the
/// environment, a few `stat` calls and one small file. It answers only when it can say exactly
/// what the full path would; for anything else — another command or spelling, `--refresh`,
/// `--demo`, `--help`, no card, a damaged one, a card whose inputs changed (config, token,
/// store, journal, zone), a moment near a change of the zone's offset — it writes nothing and
/// the full program runs as always (and its `status` leaves a fresh card).
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

    /// Answers `arguments` from the card in `cacheDirectory` (for the user whose store is in
    /// `stateDirectory`) at `now`; `write` gets the answer made terminal-safe (as every
    /// command's output is).
    /// - Returns: the exit status (0) once the answer is written; nil when nothing was written
    ///   and the full program must run.
    public static func run(_ arguments: [String], cacheDirectory: String, stateDirectory: String, environment: [String: String],
                           now: Date, write: (String) -> Void) -> Int32? {
        guard let line = line(from: arguments),
              let (card, timeZone) = StatusCard.current(cacheDirectory: cacheDirectory, stateDirectory: stateDirectory,
                                                        environment: environment, now: now),
              let text = try? line.text(for: card.summary, settings: card.settings, now: now, timeZone: timeZone)
        else { return nil }
        write(TerminalText.safe(text, keepingLineBreaks: true))
        return 0
    }
}
