/// Splits a rectangle into consecutive parts along one axis, by constraints.
///
/// The parts always tile the area exactly: they are adjacent, never overlap, and their lengths
/// add up to the area's length. Lengths are settled in three steps:
/// 1. every constraint takes its base length, in order, each clamped to what is left, so when
///    the area is too small the earlier constraints win and the later ones shrink, down to 0;
/// 2. the space still free goes to the flexible constraints (`.fill` and `.min`) in proportion
///    to their weights (`.min` weighs 1), rounded down;
/// 3. the cells lost to rounding go one by one to the flexible constraints, first to last — or
///    to the last part when no constraint is flexible.
///
/// ```swift
/// let rows = Layout.vertical([.fill(1), .fixed(1), .fixed(1)]).split(area)  // body, help, status
/// let panes = Layout.horizontal([.percent(30), .fill(1)]).split(rows[0])
/// ```
public struct Layout: Sendable, Hashable {
    /// How long one part should be along the split axis.
    public enum Constraint: Sendable, Hashable {
        /// Exactly `n` cells (less only when the area is too small).
        case fixed(Int)
        /// `p` percent of the area's length, rounded down.
        case percent(Int)
        /// At least `n` cells, growing like `.fill(1)`.
        case min(Int)
        /// A share of the free space proportional to the weight (0 takes only rounding leftovers).
        case fill(Int)
    }

    /// The axis parts are laid out along.
    public enum Direction: Sendable, Hashable {
        /// Side by side, left to right: the parts split the width.
        case horizontal
        /// Stacked, top to bottom: the parts split the height.
        case vertical
    }

    public var direction: Direction
    public var constraints: [Constraint]

    public init(_ direction: Direction, _ constraints: [Constraint]) {
        self.direction = direction
        self.constraints = constraints
    }

    /// Parts side by side, left to right.
    public static func horizontal(_ constraints: [Constraint]) -> Layout { Layout(.horizontal, constraints) }
    /// Parts stacked top to bottom.
    public static func vertical(_ constraints: [Constraint]) -> Layout { Layout(.vertical, constraints) }

    /// One rectangle per constraint, in order, tiling `rect` exactly.
    public func split(_ rect: Rect) -> [Rect] {
        let total = direction == .horizontal ? rect.width : rect.height
        var position = direction == .horizontal ? rect.x : rect.y
        return Layout.lengths(for: constraints, total: total).map { length in
            defer { position += length }
            switch direction {
            case .horizontal: return Rect(x: position, y: rect.y, width: length, height: rect.height)
            case .vertical: return Rect(x: rect.x, y: position, width: rect.width, height: length)
            }
        }
    }

    /// The lengths the constraints get out of `total` cells; they add up to `total` (or are
    /// empty when there are no constraints).
    public static func lengths(for constraints: [Constraint], total: Int) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let total = Swift.max(0, total)
        var remaining = total
        var lengths = constraints.map { constraint -> Int in
            let base: Int
            switch constraint {
            case .fixed(let n), .min(let n): base = n
            case .percent(let p): base = total * Swift.min(Swift.max(p, 0), 100) / 100
            case .fill: base = 0
            }
            let length = Swift.min(Swift.max(0, base), remaining)
            remaining -= length
            return length
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): return Swift.max(0, weight)
            case .min: return 1
            case .fixed, .percent: return 0
            }
        }
        let flexible = constraints.indices.filter {
            switch constraints[$0] {
            case .fill, .min: return true
            case .fixed, .percent: return false
            }
        }
        let totalWeight = weights.reduce(0, +)
        if remaining > 0, totalWeight > 0 {
            let free = remaining
            for index in flexible {
                let share = free * weights[index] / totalWeight
                lengths[index] += share
                remaining -= share
            }
        }
        if remaining > 0 {
            if flexible.isEmpty {
                lengths[lengths.count - 1] += remaining
            } else {
                // Rounding leftovers: one cell each, first weighted fill first.
                let order = flexible.filter { weights[$0] > 0 } + flexible.filter { weights[$0] == 0 }
                var next = 0
                while remaining > 0 {
                    lengths[order[next % order.count]] += 1
                    remaining -= 1
                    next += 1
                }
            }
        }
        return lengths
    }
}
