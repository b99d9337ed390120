import TrackerCore

/// A frame: a grid of cells that views draw into and the backend shows.
///
/// Drawing never goes outside the grid: text is clipped, and a wide character that would be cut
/// at the right edge is replaced by a space. ``changes(from:)`` lists what differs from the
/// previous frame so the backend writes only those cells; ``textDump()`` and ``styleDump()``
/// make frames readable in snapshot tests.
public struct ScreenBuffer: Sendable, Hashable {
    public private(set) var size: Size
    private var cells: [Cell]

    /// A blank frame.
    public init(size: Size, fill: Cell = .blank()) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.columns * size.rows)
    }

    /// The cell at a column and row; a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard contains(x: x, y: y) else { return .blank() }
            return cells[y * size.columns + x]
        }
        set {
            guard contains(x: x, y: y) else { return }
            cells[y * size.columns + x] = newValue
        }
    }

    /// Whether a position is on the grid.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.columns && y < size.rows
    }

    /// One row's cells.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < size.rows else { return [] }
        return cells[(y * size.columns)..<((y + 1) * size.columns)]
    }

    // MARK: Drawing

    /// Writes text starting at a position, clipped to `maxWidth` columns and the grid.
    /// Control characters are skipped. Returns the columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.rows else { return 0 }
        let limit = min(size.columns, x + (maxWidth ?? size.columns))
        var column = x
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            let placed = put(character, width: width, column: column, y: y, style: style, limit: limit)
            column += placed.columns
            guard placed.fits else { break }
        }
        return max(0, column - x)
    }

    /// ``write(_:x:y:style:maxWidth:)`` for one character whose ``DisplayWidth`` is known
    /// (`width`), as widgets that measured their text already draw it.
    @discardableResult
    mutating func write(_ character: Character, width: Int, x: Int, y: Int, style: CellStyle, maxWidth: Int) -> Int {
        guard y >= 0, y < size.rows, width > 0 else { return 0 }
        let limit = min(size.columns, x + maxWidth)
        return max(0, put(character, width: width, column: x, y: y, style: style, limit: limit).columns)
    }

    /// Puts one character of `width` columns at `column`, clipped before `limit`: the columns
    /// to advance, and whether it fitted (a wide character cut at the edge leaves one blank
    /// column, as a terminal would, and nothing more is drawn after it).
    private mutating func put(_ character: Character, width: Int, column: Int, y: Int, style: CellStyle,
                              limit: Int) -> (columns: Int, fits: Bool) {
        if column + width > limit {
            if width == 2, column < limit, column >= 0 {
                clearWideCharacter(at: column, y: y)
                self[column, y] = Cell(" ", width: 1, style: style)
                return (1, false)
            }
            return (0, false)
        }
        if column >= 0 {
            clearWideCharacter(at: column, y: y)
            self[column, y] = Cell(String(character), width: width, style: style)
            if width == 2 {
                clearWideCharacter(at: column + 1, y: y)
                self[column + 1, y] = .continuation(style)
            }
        }
        return (width, true)
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank()) {
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) {
                self[x, y] = cell
            }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the text (to highlight a row).
    public mutating func setStyle(_ style: CellStyle, in rect: Rect) {
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) {
                cells[y * size.columns + x].style = style
            }
        }
    }

    /// Overwriting half of a wide character leaves its other half blank, as a terminal would.
    private mutating func clearWideCharacter(at x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let cell = self[x, y]
        if cell.isContinuation, x > 0, self[x - 1, y].width == 2 {
            self[x - 1, y] = .blank(self[x - 1, y].style)
        } else if cell.width == 2, x + 1 < size.columns {
            self[x + 1, y] = .blank(cell.style)
        }
    }

    // MARK: Diffing

    /// A run of changed cells on one row, to be written from `x` on.
    public struct Change: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var cells: [Cell]
    }

    /// The runs of cells that differ from `previous` (everything when the sizes differ).
    public func changes(from previous: ScreenBuffer?) -> [Change] {
        guard let previous, previous.size == size else {
            return (0..<size.rows).map { Change(x: 0, y: $0, cells: Array(row($0))) }
        }
        // Compared in place: reading the arrays' elements would copy (retain and release) each
        // cell's text, twice per cell of every frame.
        return cells.withUnsafeBufferPointer { cells in
            previous.cells.withUnsafeBufferPointer { before in
                var result: [Change] = []
                for y in 0..<size.rows {
                    let base = y * size.columns
                    var x = 0
                    while x < size.columns {
                        guard !Self.same(cells, before, at: base + x) else { x += 1; continue }
                        // A run starts on a whole character and takes the right halves of wide ones.
                        let start = cells[base + x].isContinuation && x > 0 ? x - 1 : x
                        var end = x
                        while end < size.columns, !Self.same(cells, before, at: base + end) || cells[base + end].isContinuation {
                            end += 1
                        }
                        result.append(Change(x: start, y: y, cells: Array(cells[(base + start)..<(base + end)])))
                        x = end
                    }
                }
                return result
            }
        }
    }

    /// Whether two frames' cells at `index` are equal (`==`), compared field by field where
    /// they lie, without copying either cell.
    private static func same(_ cells: UnsafeBufferPointer<Cell>, _ before: UnsafeBufferPointer<Cell>, at index: Int) -> Bool {
        let (cell, old) = (cells.baseAddress.unsafelyUnwrapped + index, before.baseAddress.unsafelyUnwrapped + index)
        return cell.pointee.width == old.pointee.width && cell.pointee.style == old.pointee.style && cell.pointee.text == old.pointee.text
    }

    // MARK: Dumps for tests

    /// The frame as plain text, one line per row, trailing spaces kept so widths are visible.
    public func textDump() -> String {
        (0..<size.rows).map { y in row(y).map(\.text).joined() }.joined(separator: "\n")
    }

    /// Style runs per row: `row: col-col role[+attributes][ #color]`, skipping plain
    /// ``StyleRole/normal`` blanks, so snapshots show what each region means.
    public func styleDump() -> String {
        var lines: [String] = []
        for y in 0..<size.rows {
            var runs: [String] = []
            var x = 0
            let cells = Array(row(y))
            while x < cells.count {
                let style = cells[x].style
                var end = x
                while end + 1 < cells.count, cells[end + 1].style == style { end += 1 }
                if style != .normal {
                    var name = style.role.rawValue
                    if style.bold { name += "+bold" }
                    if style.underline { name += "+underline" }
                    if style.reverse { name += "+reverse" }
                    if let color = style.color { name += " \(color)" }
                    runs.append("\(x)-\(end) \(name)")
                }
                x = end + 1
            }
            if !runs.isEmpty { lines.append("\(y): " + runs.joined(separator: ", ")) }
        }
        return lines.joined(separator: "\n")
    }
}
