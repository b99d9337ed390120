#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore

/// `goals` (and `goals --json`) answered from the ``GoalsCard`` the program left, as
/// ``StatusShortcut`` answers `status`: only while what the card was made from holds (config,
/// token, store, journal, zone) and the periods lie where it can say; otherwise it writes
/// nothing and the program runs.
public enum GoalsShortcut {
    /// The report `arguments` ask for: `goals` alone or with `--json`; nil for anything else.
    static func report(from arguments: [String]) -> GoalsReport? {
        switch Array(arguments) {
        case ["goals"]: GoalsReport(json: false)
        case ["goals", "--json"]: GoalsReport(json: true)
        default: nil
        }
    }

    /// Whether `arguments` are a `goals` the shortcut may answer.
    public static func handles(_ arguments: [String]) -> Bool {
        report(from: arguments) != nil
    }

    /// Answers `arguments` from the card in `cacheDirectory` (for the user whose store is in
    /// `stateDirectory`) at `now`; `write` gets the answer made terminal-safe.
    /// - Returns: the exit status (0) once the answer is written; nil when the program must run.
    public static func run(_ arguments: [String], cacheDirectory: String, stateDirectory: String, environment: [String: String],
                           now: Date, write: (String) -> Void) -> Int32? {
        guard let report = report(from: arguments),
              let card = GoalsCard.read(path: GoalsCard.path(cacheDirectory: cacheDirectory)),
              card.inputs.hold(in: environment, cacheDirectory: cacheDirectory, stateDirectory: stateDirectory, userID: card.userID),
              let (progress, timeZone) = card.progress(at: now),
              let text = try? report.text(for: progress, now: now, timeZone: timeZone, format: card.timeFormat)
        else { return nil }
        write(TerminalText.safe(text, keepingLineBreaks: true))
        return 0
    }
}
