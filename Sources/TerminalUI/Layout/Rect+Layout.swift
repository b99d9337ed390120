extension Rect {
    /// A rectangle of the given size centred in this one, clamped to it (for dialogs and
    /// overlays). When the margins cannot be equal, the odd cell goes to the right and bottom margins.
    public func centered(width: Int, height: Int) -> Rect {
        let width = Swift.min(Swift.max(0, width), self.width)
        let height = Swift.min(Swift.max(0, height), self.height)
        return Rect(x: x + (self.width - width) / 2, y: y + (self.height - height) / 2, width: width, height: height)
    }

    /// The rectangle shrunk by `horizontal` columns on the left and right and `vertical` rows on
    /// the top and bottom (never below zero size).
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// Row `index` of this rectangle, as a one-row rectangle.
    public func row(_ index: Int) -> Rect {
        Rect(x: x, y: y + index, width: width, height: 1)
    }
}
