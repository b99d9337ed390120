import TrackerCore

/// A scrolling table: a header row and rows of cells in columns, with one selected row.
///
/// It scrolls, highlights and reports its position like ``ListView``; the header row
/// (``StyleRole/title``) stays on top. Columns are `.fixed(n)` columns wide, `.fit` (as wide as
/// the widest title or cell of that column across all rows, so widths do not jump while
/// scrolling) or `.fill(weight)` (a share of what is left); widths come from ``Layout`` with
/// ``spacing`` blank columns between columns, so they tile the table exactly. Cells are
/// truncated with `…` to their column and aligned left or right (durations).
public struct TableView: Sendable, Hashable {
    /// One column: its header, width rule and alignment.
    public struct Column: Sendable, Hashable {
        /// How wide a column is.
        public enum Width: Sendable, Hashable {
            /// Exactly `n` columns.
            case fixed(Int)
            /// A share of the space the other columns leave, by weight.
            case fill(Int)
            /// As wide as its widest title or cell.
            case fit
        }

        public var title: String
        public var width: Width
        public var alignment: Alignment

        public init(_ title: String, width: Width = .fill(1), alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    /// One row: a `[Span]` per column (missing cells are blank).
    public typealias Row = [[Span]]

    public var columns: [Column]
    public var rows: [Row]
    /// The selected row, if any (clamped to the rows when drawn).
    public var selected: Int?
    public var isFocused: Bool
    /// What an empty table says under its header, e.g. "No entries today".
    public var emptyMessage: String
    /// Blank columns between two columns.
    public var spacing: Int
    /// Whether an overflowing table reserves its last column for `↑` / `↓`.
    public var showsScrollIndicator: Bool
    /// How many rows the whole table has; ``rows`` may hold only some of them.
    public var count: Int
    /// The index in the whole table of ``rows``' first row.
    public var firstRow: Int

    public init(columns: [Column], rows: [Row], selected: Int? = nil, isFocused: Bool = true, emptyMessage: String = "", spacing: Int = 1, showsScrollIndicator: Bool = true) {
        self.init(columns: columns, count: rows.count, firstRow: 0, rows: rows, selected: selected, isFocused: isFocused,
                  emptyMessage: emptyMessage, spacing: spacing, showsScrollIndicator: showsScrollIndicator)
    }

    /// A table of `count` rows of which only `rows` are built, from index `firstRow` on —
    /// normally the ones ``visibleRows(count:selected:height:)`` names. Rows not built draw
    /// blank. `.fit` columns measure only the rows given, so a long table that builds only
    /// what shows passes the widest cell of all its rows as `.fixed` instead.
    public init(columns: [Column], count: Int, firstRow: Int, rows: [Row], selected: Int? = nil, isFocused: Bool = true,
                emptyMessage: String = "", spacing: Int = 1, showsScrollIndicator: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.isFocused = isFocused
        self.emptyMessage = emptyMessage
        self.spacing = spacing
        self.showsScrollIndicator = showsScrollIndicator
        self.count = max(0, count)
        self.firstRow = firstRow
    }

    /// The rows a table of `count` rows shows when drawn `height` lines high (header included).
    public static func visibleRows(count: Int, selected: Int?, height: Int) -> Range<Int> {
        ScrollWindow(count: count, selected: selected, height: height - 1).visible
    }

    /// `selected/count` (1-based) for a panel note, the count alone with no selection, nil
    /// when empty.
    public var positionNote: String? {
        ScrollWindow.positionNote(count: count, selected: selected)
    }

    /// Each column's width when the table is `width` columns wide (gaps excluded).
    public func columnWidths(for width: Int) -> [Int] {
        columnRanges(for: width).map(\.width)
    }

    /// Each column's offset from the table's left edge and width.
    private func columnRanges(for width: Int) -> [(offset: Int, width: Int)] {
        guard !columns.isEmpty else { return [] }
        var constraints: [Layout.Constraint] = []
        for (index, column) in columns.enumerated() {
            if index > 0 { constraints.append(.fixed(max(0, spacing))) }
            switch column.width {
            case .fixed(let n): constraints.append(.fixed(n))
            case .fill(let weight): constraints.append(.fill(weight))
            case .fit:
                let widest = rows.reduce(DisplayWidth.of(column.title)) { widest, row in
                    index < row.count ? max(widest, row[index].width) : widest
                }
                constraints.append(.fixed(widest))
            }
        }
        var offset = 0
        return Layout.lengths(for: constraints, total: width).enumerated().compactMap { index, length in
            defer { offset += length }
            return index.isMultiple(of: 2) ? (offset, length) : nil
        }
    }

    /// Draws the header and the visible rows into `rect`.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let window = ScrollWindow(count: count, selected: selected, height: body.height)
        var contentWidth = rect.width
        if showsScrollIndicator, window.overflows, rect.width >= 2 {
            contentWidth -= 1
            window.drawIndicator(in: Rect(x: rect.maxX - 1, y: body.y, width: 1, height: body.height), on: &buffer)
        }
        let ranges = columnRanges(for: contentWidth)
        let header = columns.map { [Span($0.title, role: .title)] }
        drawRow(header, y: rect.y, x: rect.x, ranges: ranges, on: &buffer)

        guard count > 0 else {
            StyledLine(emptyMessage, style: CellStyle(.muted)).draw(x: body.x, y: body.y, width: contentWidth, on: &buffer)
            return
        }
        let selectedRow = selected.map { min(max($0, 0), count - 1) }
        for index in window.visible {
            let y = body.y + index - window.offset
            var restyle: ((CellStyle) -> CellStyle)?
            if index == selectedRow {
                buffer.fill(Rect(x: rect.x, y: y, width: contentWidth, height: 1), with: .blank(SelectionStyle.blank(isFocused: isFocused)))
                restyle = { [isFocused] in SelectionStyle.apply(to: $0, isFocused: isFocused) }
            }
            guard rows.indices.contains(index - firstRow) else { continue }
            drawRow(rows[index - firstRow], y: y, x: rect.x, ranges: ranges, restyle: restyle, on: &buffer)
        }
    }

    private func drawRow(_ row: Row, y: Int, x: Int, ranges: [(offset: Int, width: Int)], restyle: ((CellStyle) -> CellStyle)? = nil, on buffer: inout ScreenBuffer) {
        for (index, range) in ranges.enumerated() where index < row.count {
            var line = StyledLine(row[index])
            if let restyle { line = line.restyled(restyle) }
            line.draw(x: x + range.offset, y: y, width: range.width, alignment: columns[index].alignment, on: &buffer)
        }
    }
}
