/// A small meter of how much of a request quota is left: `▮▮▮▯▯`.
///
/// Filled cells are the share remaining (rounded up, so any quota left shows at least one);
/// they are ``StyleRole/error`` when nothing is left, ``StyleRole/warning`` at 20% or less and
/// ``StyleRole/normal`` otherwise; empty cells are ``StyleRole/muted``. It produces spans, to be
/// put in a status-line segment next to the numbers (`me ▮▮▮▮▯ 27/30`).
public struct QuotaMeter: Sendable, Hashable {
    public var remaining: Int
    public var limit: Int
    /// How many cells the meter takes.
    public var cells: Int

    public init(remaining: Int, limit: Int, cells: Int = 5) {
        self.remaining = remaining
        self.limit = limit
        self.cells = cells
    }

    /// How many cells are filled.
    public var filledCells: Int {
        guard limit > 0, cells > 0 else { return 0 }
        let remaining = min(max(self.remaining, 0), limit)
        return (remaining * cells + limit - 1) / limit
    }

    /// The meter as spans.
    public var spans: [Span] {
        let cells = max(0, self.cells)
        let filled = filledCells
        let role: StyleRole
        if remaining <= 0 {
            role = .error
        } else if remaining * 5 <= limit {
            role = .warning
        } else {
            role = .normal
        }
        return [
            Span(String(repeating: "▮", count: filled), role: role),
            .muted(String(repeating: "▯", count: cells - filled)),
        ].filter { !$0.text.isEmpty }
    }
}
