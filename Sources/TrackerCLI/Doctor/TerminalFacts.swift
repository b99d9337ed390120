import Foundation

/// What `doctor` reports about the terminal it runs in: `TERM` and its terminfo entry, whether
/// the standard streams are terminals, the window size, the locale and the colour variables.
/// Read from the process by ``current(environment:)``; tests build one.
public struct TerminalFacts: Sendable, Equatable {
    /// `$TERM`, nil when unset.
    public var term: String?
    /// Whether standard input, output and error are terminals.
    public var inputIsTerminal: Bool
    public var outputIsTerminal: Bool
    public var errorIsTerminal: Bool
    /// Columns and rows (TIOCGWINSZ on standard output, else standard error), when known.
    public var columns: Int?
    public var rows: Int?
    /// The locale variable that decides the character set (`LC_ALL`, `LC_CTYPE` or `LANG`, the
    /// first set) and its value; nil when none is set (the C locale).
    public var localeVariable: String?
    public var localeValue: String?
    /// `$NO_COLOR` and `$COLORTERM`.
    public var noColor: String?
    public var colorTerm: String?
    /// The terminfo entry for ``term``, nil when none was found.
    public var terminfo: TerminfoEntry?

    /// Creates facts; every field has a neutral default (no terminal, nothing set).
    public init(term: String? = nil, inputIsTerminal: Bool = false, outputIsTerminal: Bool = false, errorIsTerminal: Bool = false,
                columns: Int? = nil, rows: Int? = nil, localeVariable: String? = nil, localeValue: String? = nil,
                noColor: String? = nil, colorTerm: String? = nil, terminfo: TerminfoEntry? = nil) {
        self.term = term
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.columns = columns
        self.rows = rows
        self.localeVariable = localeVariable
        self.localeValue = localeValue
        self.noColor = noColor
        self.colorTerm = colorTerm
        self.terminfo = terminfo
    }

    /// Whether the locale's character set is UTF-8 (by its name, as `setlocale` would take it).
    public var isUTF8Locale: Bool {
        Self.isUTF8(localeValue)
    }

    /// The locale setting that counts: LC_ALL, else LC_CTYPE, else LANG (the first set, non-empty).
    public static func locale(in environment: [String: String]) -> (variable: String, value: String)? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return (name, value) }
        }
        return nil
    }

    /// Whether a locale name says UTF-8 (`C.UTF-8`, `en_US.utf8`).
    public static func isUTF8(_ locale: String?) -> Bool {
        guard let value = locale?.lowercased() else { return false }
        return value.contains("utf-8") || value.contains("utf8")
    }

    /// The verdict on running the terminal UI here (``TerminalVerdict/decide(term:inputIsTerminal:outputIsTerminal:terminfo:)``).
    public var verdict: TerminalVerdict {
        TerminalVerdict.decide(term: term, inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal, terminfo: terminfo)
    }

    /// The facts of this process: its environment, streams and window.
    public static func current(environment: [String: String]) -> TerminalFacts {
        var facts = TerminalFacts(
            term: environment["TERM"], inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            errorIsTerminal: isatty(STDERR_FILENO) == 1, noColor: environment["NO_COLOR"], colorTerm: environment["COLORTERM"])
        if let locale = locale(in: environment) {
            facts.localeVariable = locale.variable
            facts.localeValue = locale.value
        }
        for descriptor in [STDOUT_FILENO, STDERR_FILENO, STDIN_FILENO] where isatty(descriptor) == 1 {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 {
                facts.columns = Int(size.ws_col)
                facts.rows = Int(size.ws_row)
                break
            }
        }
        if let term = facts.term, !term.isEmpty {
            let folders = TerminfoEntry.searchFolders(environment: environment, home: environment["HOME"])
            facts.terminfo = TerminfoEntry.lookUp(term, in: folders)
        }
        return facts
    }
}
