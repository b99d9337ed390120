/// A scrolling list of rows with one selected row.
///
/// Each row is a `[Span]`, truncated with `…` when wider than the list. The selected row is
/// highlighted across its full width (see ``SelectionStyle``: ``StyleRole/selection`` when the
/// list has focus, ``StyleRole/selectionInactive`` otherwise). Scrolling is stateless: the
/// visible rows follow from the selection through ``ScrollWindow``. When rows overflow, the
/// rightmost column shows `↑` / `↓` where rows are hidden, and ``positionNote`` gives a
/// `3/40` note for the panel's top edge. An empty list shows ``emptyMessage`` muted.
/// Characters listed in ``matches`` (grapheme indices into the row's plain text, e.g. from a
/// fuzzy filter) take ``StyleRole/match``.
public struct ListView: Sendable, Hashable {
    public var rows: [[Span]]
    /// The selected row, if any (clamped to the rows when drawn).
    public var selected: Int?
    public var isFocused: Bool
    /// What an empty list says, e.g. "No projects".
    public var emptyMessage: String
    /// Matched character indices per row; rows past the end have none.
    public var matches: [Set<Int>]
    /// Whether an overflowing list reserves its last column for `↑` / `↓`.
    public var showsScrollIndicator: Bool
    /// How many rows the whole list has; ``rows`` may hold only some of them (see
    /// ``init(count:firstRow:rows:selected:isFocused:emptyMessage:matches:showsScrollIndicator:)``).
    public var count: Int
    /// The index in the whole list of ``rows``' first row.
    public var firstRow: Int

    public init(rows: [[Span]], selected: Int? = nil, isFocused: Bool = true, emptyMessage: String = "", matches: [Set<Int>] = [], showsScrollIndicator: Bool = true) {
        self.init(count: rows.count, firstRow: 0, rows: rows, selected: selected, isFocused: isFocused, emptyMessage: emptyMessage,
                  matches: matches, showsScrollIndicator: showsScrollIndicator)
    }

    /// A list of `count` rows of which only `rows` are built: the ones from index `firstRow`
    /// on, normally those ``ScrollWindow`` shows for the selection and height (``visibleRows(count:selected:height:)``).
    /// Rows not built draw as blank lines. `matches` counts from `firstRow` too.
    public init(count: Int, firstRow: Int, rows: [[Span]], selected: Int? = nil, isFocused: Bool = true, emptyMessage: String = "",
                matches: [Set<Int>] = [], showsScrollIndicator: Bool = true) {
        self.rows = rows
        self.selected = selected
        self.isFocused = isFocused
        self.emptyMessage = emptyMessage
        self.matches = matches
        self.showsScrollIndicator = showsScrollIndicator
        self.count = max(count, 0)
        self.firstRow = firstRow
    }

    /// The rows a list of `count` rows shows in `height` lines for a selection: the only ones a
    /// long list needs to build.
    public static func visibleRows(count: Int, selected: Int?, height: Int) -> Range<Int> {
        ScrollWindow(count: count, selected: selected, height: height).visible
    }

    /// `selected/count` (1-based) for a panel note, the count alone with no selection, nil
    /// when empty.
    public var positionNote: String? {
        ScrollWindow.positionNote(count: count, selected: selected)
    }

    /// Draws the visible rows into `rect`; cells not covered by text are left as they are,
    /// except the selected row's, which are highlighted.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        guard count > 0 else {
            StyledLine(emptyMessage, style: CellStyle(.muted)).draw(x: rect.x, y: rect.y, width: rect.width, on: &buffer)
            return
        }
        let window = ScrollWindow(count: count, selected: selected, height: rect.height)
        var content = rect
        if showsScrollIndicator, window.overflows, rect.width >= 2 {
            content.width -= 1
            window.drawIndicator(in: Rect(x: rect.maxX - 1, y: rect.y, width: 1, height: rect.height), on: &buffer)
        }
        let selectedRow = selected.map { min(max($0, 0), count - 1) }
        for index in window.visible {
            let y = rect.y + index - window.offset
            let built = index - firstRow
            var line = rows.indices.contains(built)
                ? StyledLine(rows[built], matches: built >= 0 && built < matches.count ? matches[built] : [])
                : StyledLine()
            if index == selectedRow {
                buffer.fill(content.row(index - window.offset), with: .blank(SelectionStyle.blank(isFocused: isFocused)))
                line = line.restyled { SelectionStyle.apply(to: $0, isFocused: isFocused) }
            }
            line.draw(x: content.x, y: y, width: content.width, on: &buffer)
        }
    }
}
