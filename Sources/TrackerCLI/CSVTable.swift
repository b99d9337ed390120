/// `--csv` output (RFC 4180, with Unix line ends): a header row, then one row per record,
/// fields quoted when they hold a comma, a quote or a line break.
///
/// Names come from Toggl, where a teammate may have typed `=HYPERLINK(…)`: a text field that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so no
/// spreadsheet runs it as a formula (OWASP's advice for CSV injection). Numbers the program
/// writes itself are left as they are.
public struct CSVTable: Sendable, Equatable {
    /// One field: text from outside (guarded against formulas) or a number this program wrote.
    public enum Field: Sendable, Equatable, ExpressibleByStringLiteral {
        case text(String)
        case number(String)

        public init(stringLiteral value: String) {
            self = .text(value)
        }
    }

    /// The header row.
    public var header: [String]
    /// The records.
    public var rows: [[Field]] = []

    /// A table with `header`.
    public init(header: [String], rows: [[Field]] = []) {
        self.header = header
        self.rows = rows
    }

    /// The whole file.
    public func render() -> String {
        var lines = [header.map { Self.quoted($0) }.joined(separator: ",")]
        for row in rows {
            lines.append(row.map { field in
                switch field {
                case .text(let text): return Self.quoted(Self.defused(text))
                case .number(let number): return Self.quoted(number)
                }
            }.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with a `'` in front when a spreadsheet would read it as a formula.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// `text` in quotes (doubling quotes inside) when it needs them.
    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
