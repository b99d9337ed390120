extension ScreenBuffer {
    /// Writes spans on row `y` within `x..<x+width`, truncated with `…` when they do not fit
    /// and aligned left or right. Columns the spans do not cover are left as they are.
    /// Returns the columns written.
    @discardableResult
    public mutating func write(_ spans: [Span], x: Int, y: Int, width: Int, alignment: Alignment = .left) -> Int {
        StyledLine(spans).draw(x: x, y: y, width: width, alignment: alignment, on: &self)
    }
}
