/// Which rows of a list are visible, computed from the selection alone (no scroll state).
///
/// The selection is kept in the middle of the view where possible:
/// `offset = clamp(selected − height / 2, 0, max(0, count − height))`.
/// So the list does not scroll until the selection passes the middle, then scrolls one row per
/// move, and stops at the end without leaving blank rows. With no selection the view shows the
/// top. Being stateless, the same state always renders the same frame.
public struct ScrollWindow: Sendable, Hashable {
    /// The number of rows.
    public var count: Int
    /// The rows that fit.
    public var height: Int
    /// The first visible row.
    public var offset: Int

    public init(count: Int, selected: Int?, height: Int) {
        self.count = max(0, count)
        self.height = max(0, height)
        guard let selected, self.count > 0 else {
            self.offset = 0
            return
        }
        let clampedSelection = min(max(selected, 0), self.count - 1)
        self.offset = min(max(clampedSelection - self.height / 2, 0), max(0, self.count - self.height))
    }

    /// The indices of the visible rows.
    public var visible: Range<Int> { offset..<min(count, offset + height) }
    /// Whether some rows do not fit.
    public var overflows: Bool { count > height }
    /// Whether rows are hidden above.
    public var hasMoreAbove: Bool { offset > 0 }
    /// Whether rows are hidden below.
    public var hasMoreBelow: Bool { offset + height < count }

    /// `selected/count` (1-based, selection clamped) for a panel's top edge, the count alone
    /// with no selection, nil when there are no rows.
    public static func positionNote(count: Int, selected: Int?) -> String? {
        guard count > 0 else { return nil }
        guard let selected else { return "\(count)" }
        return "\(min(max(selected, 0), count - 1) + 1)/\(count)"
    }

    /// Draws `↑` at the top and `↓` at the bottom of a one-column rectangle (muted) when rows are
    /// hidden in that direction.
    func drawIndicator(in column: Rect, on buffer: inout ScreenBuffer) {
        guard !column.isEmpty else { return }
        if hasMoreAbove { buffer.write("↑", x: column.x, y: column.y, style: CellStyle(.muted), maxWidth: 1) }
        if hasMoreBelow { buffer.write("↓", x: column.x, y: column.maxY - 1, style: CellStyle(.muted), maxWidth: 1) }
    }
}
