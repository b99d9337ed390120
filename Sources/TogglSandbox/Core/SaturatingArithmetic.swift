import Foundation

/// Arithmetic that cannot trap, for numbers that come from outside (request bodies and queries,
/// the admin API, a loaded world or state file): sums and products stop at the type's bounds, and
/// a `Double` becomes an `Int` clamped to `Int`'s range (NaN → 0).
enum SaturatingArithmetic {
    /// `a + b`, stopped at `Int.min`/`Int.max`.
    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard overflow else { return sum }
        return b > 0 ? .max : .min
    }

    /// `a − b`, stopped at `Int.min`/`Int.max`.
    static func subtract(_ a: Int, _ b: Int) -> Int {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        guard overflow else { return difference }
        return b < 0 ? .max : .min
    }

    /// `a × b`, stopped at `Int.min`/`Int.max`.
    static func multiply(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard overflow else { return product }
        return (a < 0) == (b < 0) ? .max : .min
    }

    /// The sum of `values`, stopped at the bounds.
    static func sum<S: Sequence>(_ values: S) -> Int where S.Element == Int {
        values.reduce(0, add)
    }

    /// `value` rounded toward zero as an `Int`, clamped to `Int`'s range; NaN is 0.
    static func int(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        // Double(Int.max) rounds up to 2^63, which Int cannot hold: compare with ≥.
        if value >= Double(Int.max) { return .max }
        if value <= Double(Int.min) { return .min }
        return Int(value)
    }

    /// Seconds from `start` to `end`, whole seconds toward zero, clamped.
    static func seconds(from start: Date, to end: Date) -> Int {
        int(end.timeIntervalSince(start))
    }
}
