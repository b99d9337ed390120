
import TrackerCore

/// An aligned plain-text table: a header row and columns padded to the widest cell, measured in
/// terminal columns (so accented, CJK and emoji text stay aligned). Two spaces between columns,
/// no trailing spaces. Cells are made terminal-safe one by one (``TerminalText``), so a name
/// holding a line break or an escape stays in its cell, shown visibly.
public struct TextTable: Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Sendable {
        case left, right
    }

    /// One column.
    public struct Column: Sendable {
        /// The header.
        public var title: String
        /// Its alignment.
        public var alignment: Alignment

        /// A column.
        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows (each as many cells as there are columns).
    public var rows: [[String]]
    /// Lines printed under the rows (e.g. a total), already formatted.
    public var footer: [String] = []

    /// A table.
    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as text, one line per row, ending in a newline.
    public func render(header: Bool = true) -> String {
        let all = ((header ? [columns.map(\.title)] : []) + rows).map { $0.map { TerminalText.safe($0) } }
        var widths = Array(repeating: 0, count: columns.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        var out = ""
        for row in all {
            var cells: [String] = []
            for index in columns.indices {
                let cell = index < row.count ? row[index] : ""
                let pad = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                cells.append(columns[index].alignment == .left ? cell + pad : pad + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        for line in footer { out += TerminalText.safe(line) + "\n" }
        return out
    }
}
