import Foundation
import TerminalUI
import TrackerCore

/// Whether the terminal UI can run on this terminal, decided from what is known before curses
/// is touched: the `TERM` value, whether standard input and output are terminals, and the
/// terminfo entry when one was found. A pure function, so `toggl-tui` (before it opens the UI)
/// and `toggl-tui doctor` give the same verdict.
public enum TerminalVerdict: Sendable, Equatable {
    /// The UI may start (curses may still refuse a type it has no entry for).
    case usable
    /// The UI cannot draw here; the one-line message says why and that the command line works.
    case unusable(String)

    /// The verdict for a terminal.
    /// - Parameters:
    ///   - term: `$TERM`, nil when unset.
    ///   - inputIsTerminal: `isatty(0)`.
    ///   - outputIsTerminal: `isatty(1)`.
    ///   - terminfo: the terminfo entry for `term`, nil when none was found (then curses decides).
    public static func decide(term: String?, inputIsTerminal: Bool, outputIsTerminal: Bool,
                              terminfo: TerminfoEntry?) -> TerminalVerdict {
        guard inputIsTerminal, outputIsTerminal else {
            return .unusable("toggl-tui: the terminal UI needs an interactive terminal (standard input or output is not one); "
                + commandLineWorks)
        }
        let name = term?.trimmingCharacters(in: .whitespaces) ?? ""
        if name.isEmpty {
            return .unusable("toggl-tui: TERM is not set, so the terminal UI cannot draw here (set it, e.g. TERM=xterm-256color); "
                + commandLineWorks)
        }
        if name == "dumb" || terminfo?.hasCursorAddressing == false {
            return .unusable(cannotMoveCursor(name))
        }
        return .usable
    }

    /// The message for a type that cannot move the cursor (also when curses finds that out).
    public static func cannotMoveCursor(_ term: String?) -> String {
        "toggl-tui: this terminal (TERM=\(shown(term ?? "(unset)"))) cannot move the cursor, so the terminal UI cannot draw here; "
            + commandLineWorks
    }

    /// The message for a type curses has no entry for (its `newterm` failed).
    public static func unknownType(_ term: String?) -> String {
        "toggl-tui: curses knows no terminal of type TERM=\(shown(term ?? "(unset)")), so the terminal UI cannot draw here "
            + "(try TERM=xterm-256color); " + commandLineWorks
    }

    /// The second half of every message: what still works.
    static let commandLineWorks = "the command line works: toggl-tui status, toggl-tui ls --today (toggl-tui --help lists all)."

    /// A `TERM` value as a message shows it: terminal-safe, at most 40 characters.
    static func shown(_ term: String) -> String {
        TerminalText.safe(term.count > 40 ? term.prefix(39) + "…" : Substring(term))
    }

    /// Whether the UI may start.
    public var isUsable: Bool { self == .usable }

    /// The message, when the UI cannot start.
    public var message: String? {
        if case .unusable(let text) = self { return text }
        return nil
    }
}
