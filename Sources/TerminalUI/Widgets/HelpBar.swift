import TrackerCore

/// One line of key hints: `s start · x stop · e edit · ? more`.
///
/// Keys are ``StyleRole/key``, descriptions and separators ``StyleRole/muted``. Pairs are kept
/// in order while they fit; when some do not, the trailing ones are dropped and the line ends
/// with `? more` (pointing at the help overlay). Dialogs use the same line for their choices.
public struct HelpBar: Sendable, Hashable {
    /// One key and what it does.
    public struct Item: Sendable, Hashable {
        public var key: String
        public var description: String

        public init(_ key: String, _ description: String) {
            self.key = key
            self.description = description
        }

        /// Columns the pair takes: key, space, description.
        public var width: Int { DisplayWidth.of(key) + 1 + DisplayWidth.of(description) }
    }

    /// What goes between two pairs.
    public static let separator = " · "

    public var items: [Item]
    /// The pair that ends the line when pairs were dropped.
    public var more: Item

    public init(_ items: [Item], more: Item = Item("?", "more")) {
        self.items = items
        self.more = more
    }

    /// The pairs that fit in `width` columns, and whether any were dropped.
    public func layout(width: Int) -> (items: [Item], droppedAny: Bool) {
        let separator = DisplayWidth.of(HelpBar.separator)
        func columns(of items: ArraySlice<Item>) -> Int {
            items.reduce(0) { $0 + $1.width } + separator * max(0, items.count - 1)
        }
        if columns(of: items[...]) <= width { return (items, false) }
        var count = items.count
        while count > 0, columns(of: items.prefix(count)) + separator + more.width > width {
            count -= 1
        }
        return (Array(items.prefix(count)), true)
    }

    /// Draws the line on the first row of `rect`.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let (shown, droppedAny) = layout(width: rect.width)
        line(for: droppedAny ? shown + [more] : shown).draw(x: rect.x, y: rect.y, width: rect.width, on: &buffer)
    }

    /// The styled text of some pairs.
    func line(for items: [Item]) -> StyledLine {
        var spans: [Span] = []
        for (index, item) in items.enumerated() {
            if index > 0 { spans.append(.muted(HelpBar.separator)) }
            spans.append(.key(item.key))
            spans.append(.muted(" " + item.description))
        }
        return StyledLine(spans)
    }
}
