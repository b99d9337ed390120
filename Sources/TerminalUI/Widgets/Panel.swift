import TrackerCore

/// A bordered box for a pane: `┌ 1 Workspaces ──── 12 ┐`.
///
/// The title sits on the top edge after the corner, an optional note (a count such as `12` or
/// a position such as `3/40`) is right-aligned on the same edge. When the edge is short the note
/// is dropped first, then the title is truncated with `…`. The focused panel draws its border
/// and title in ``StyleRole/focus`` (title bold); others use ``StyleRole/border`` and
/// ``StyleRole/title``; the note is ``StyleRole/muted``.
public struct Panel: Sendable, Hashable {
    public var title: String
    /// Right-aligned text on the top edge.
    public var note: String?
    public var isFocused: Bool
    /// Draws `+-|` instead of box-drawing characters.
    public var usesASCII: Bool
    /// When set, the inside is cleared to blanks in this role (overlays); otherwise the inside
    /// is left as it is.
    public var background: StyleRole?

    public init(title: String = "", note: String? = nil, isFocused: Bool = false, usesASCII: Bool = false, background: StyleRole? = nil) {
        self.title = title
        self.note = note
        self.isFocused = isFocused
        self.usesASCII = usesASCII
        self.background = background
    }

    /// The area inside the border of a panel drawn in `rect`.
    public static func inner(_ rect: Rect) -> Rect { rect.inset(by: 1) }

    /// Draws the border, title and note; returns the inner rectangle for the content.
    /// A rectangle narrower than 2 columns draws nothing; one row high draws the top edge only.
    @discardableResult
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) -> Rect {
        let inner = Panel.inner(rect)
        guard rect.width >= 2, rect.height >= 1 else { return inner }
        let symbols: BorderSymbols = usesASCII ? .ascii : .single
        let border = CellStyle(isFocused ? .focus : .border)
        let horizontal = String(repeating: symbols.horizontal, count: rect.width - 2)

        if let background { buffer.fill(inner, with: .blank(CellStyle(background))) }
        buffer.write(String(symbols.topLeft) + horizontal + String(symbols.topRight), x: rect.x, y: rect.y, style: border)
        if rect.height >= 2 {
            for y in (rect.y + 1)..<(rect.maxY - 1) {
                buffer.write(String(symbols.vertical), x: rect.x, y: y, style: border)
                buffer.write(String(symbols.vertical), x: rect.maxX - 1, y: y, style: border)
            }
            buffer.write(String(symbols.bottomLeft) + horizontal + String(symbols.bottomRight), x: rect.x, y: rect.maxY - 1, style: border)
        }
        drawTopEdgeLabels(in: rect, on: &buffer)
        return inner
    }

    private func drawTopEdgeLabels(in rect: Rect, on buffer: inout ScreenBuffer) {
        let edge = rect.width - 2
        let titleWidth = DisplayWidth.of(title)
        var titleRoom = edge - 2
        if let note, !note.isEmpty {
            let noteWidth = DisplayWidth.of(note)
            // " title " + at least one "─" + " note "
            let needed = (titleWidth > 0 ? titleWidth + 2 : 0) + 1 + noteWidth + 2
            if needed <= edge {
                buffer.write(" \(note) ", x: rect.maxX - 1 - (noteWidth + 2), y: rect.y, style: CellStyle(.muted))
                titleRoom = edge - noteWidth - 5
            }
        }
        guard titleWidth > 0, titleRoom > 0 else { return }
        let style = isFocused ? CellStyle(.focus, bold: true) : CellStyle(.title)
        buffer.write(" " + TextLayout.truncate(title, to: titleRoom) + " ", x: rect.x + 1, y: rect.y, style: style)
    }
}
