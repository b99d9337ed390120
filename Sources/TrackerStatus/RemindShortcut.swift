#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore
import TrackerStore

/// `remind` answered from the ``StatusCard``, as ``StatusShortcut`` answers `status` — for the
/// systemd timer or cron that runs it every few minutes. It answers only where the full path
/// would make no request and say nothing on standard error: the card holds, the store is fresh
/// (`cli_max_age`), and nothing made here waits to be sent (every command but `status` sends
/// that first). Otherwise it does nothing and the program runs.
public enum RemindShortcut {
    /// Whether `arguments` are a `remind` the shortcut may answer (`remind [--print] [--json]`).
    public static func handles(_ arguments: [String]) -> Bool {
        RemindRun.line(from: arguments) != nil
    }

    /// Answers `arguments` from the card in `cacheDirectory` (for the user whose store is in
    /// `stateDirectory`) at `now`, notifying through `notifier`; `write` gets the answer made
    /// terminal-safe.
    /// - Returns: the exit status (0) once done; nil when nothing was done and the program must run.
    public static func run(_ arguments: [String], cacheDirectory: String, stateDirectory: String, environment: [String: String],
                           now: Date, notifier: DesktopNotifier, write: (String) -> Void) -> Int32? {
        guard let remind = RemindRun.line(from: arguments),
              let (card, timeZone) = StatusCard.current(cacheDirectory: cacheDirectory, stateDirectory: stateDirectory,
                                                        environment: environment, now: now),
              card.summary.unsent == 0, card.summary.isFresh(at: now, maxDataAge: card.settings.maxDataAge)
        else { return nil }
        let reminder = card.summary.reminder(now: now, settings: card.settings, timeZone: timeZone)
        guard let text = try? remind.perform(reminder, remindFile: card.remindFile(stateDirectory: stateDirectory), now: now,
                                             notifies: card.settings.notifies, notifier: notifier)
        else { return nil }
        write(TerminalText.safe(text, keepingLineBreaks: true))
        return 0
    }
}
