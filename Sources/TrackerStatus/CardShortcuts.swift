#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The commands the cards the program leaves can answer — `status`, `goals`, `remind` — tried
/// in turn with the folders the environment names. The launcher asks it before running the
/// program, and the program before building its argument parser.
public enum CardShortcuts {
    /// Answers `arguments` from a card at `now` when one of the shortcuts can; `write` gets the
    /// answer made terminal-safe.
    /// - Returns: the exit status once answered; nil when the program must run.
    public static func answer(_ arguments: [String], environment: [String: String], now: Date, notifier: DesktopNotifier,
                              write: (String) -> Void) -> Int32? {
        guard StatusShortcut.handles(arguments) || GoalsShortcut.handles(arguments) || RemindShortcut.handles(arguments)
        else { return nil }
        let paths = ConfigPaths(environment: environment)
        let cache = paths.cacheDirectory
        let state = paths.stateDirectory
        return StatusShortcut.run(arguments, cacheDirectory: cache, stateDirectory: state, environment: environment, now: now, write: write)
            ?? GoalsShortcut.run(arguments, cacheDirectory: cache, stateDirectory: state, environment: environment, now: now, write: write)
            ?? RemindShortcut.run(arguments, cacheDirectory: cache, stateDirectory: state, environment: environment, now: now,
                                  notifier: notifier, write: write)
    }
}
