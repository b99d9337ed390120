#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The range a tracked duration can take, and safe ways into it.
///
/// Durations arrive from outside — Toggl's answers (typed by teammates), the store's files, the
/// sandbox's state file — and feed sums, percentages and clock arithmetic. A value no one could
/// have tracked (Toggl itself refuses entries longer than a few years) is saturated where it is
/// decoded to ±``seconds``, so that sums over any realistic number of entries stay far from
/// `Int.max` and no arithmetic on them can trap.
public enum DurationLimit {
    /// The longest duration kept: 100 years of seconds (3 155 760 000). Running entries' negative
    /// durations (Toggl answers `-1` or `−(start epoch) − 1`) are well inside `-seconds`.
    public static let seconds = 3_155_760_000

    /// `value` saturated to `-seconds...seconds`.
    public static func clamped(_ value: Int) -> Int {
        min(max(value, -seconds), seconds)
    }

    /// Whole seconds of `interval` (rounded toward zero), saturated to `-seconds...seconds`;
    /// `NaN` gives 0. Use it wherever a `TimeInterval` becomes an `Int`.
    public static func wholeSeconds(_ interval: TimeInterval) -> Int {
        guard !interval.isNaN else { return 0 }
        let limit = Double(seconds)
        return Int(min(max(interval, -limit), limit))
    }

    /// `values` added up, the sum saturated to `Int`'s range, so no count of values can trap.
    /// (Single durations are saturated where they are decoded; sums of sums may exceed
    /// ``seconds``.) Inlinable, so each caller's sequence is iterated by specialized code, not
    /// through the generic witness calls that made it most of a day's total on screen.
    @inlinable
    public static func sum(_ values: some Sequence<Int>) -> Int {
        var total = 0
        for value in values {
            let (added, overflow) = total.addingReportingOverflow(value)
            total = overflow ? (value < 0 ? Int.min : Int.max) : added
        }
        return total
    }
}
