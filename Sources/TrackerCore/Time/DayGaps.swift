#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The untracked stretches between a day's entries, and the stretches two entries both claim.
///
/// A day's tracked span runs from its first entry's start to its last entry's end; only time
/// inside it counts as a gap (the night before the first entry is not). An entry across midnight
/// belongs to both days, clipped to each. A running entry lasts until now.
public struct DayGaps: Sendable, Equatable {
    /// A gap or an overlap.
    public struct Stretch: Sendable, Equatable {
        /// What the stretch is.
        public enum Kind: String, Sendable, Equatable {
            /// Nothing was tracked.
            case gap
            /// Two entries both claim it.
            case overlap
        }

        /// What the stretch is.
        public var kind: Kind
        /// Where it begins.
        public var start: Date
        /// Where it ends.
        public var end: Date
        /// The entry before it (a gap), or the earlier of the two (an overlap).
        public var before: TimeEntry
        /// The entry after it (a gap), or the later of the two (an overlap).
        public var after: TimeEntry
        /// A gap's number within its day (1, 2, …), counting every gap of a second or more, so
        /// the numbers stay the same whatever shortest length is shown; nil for an overlap.
        public var number: Int?

        /// Whole seconds.
        public var seconds: Int { DurationLimit.wholeSeconds(end.timeIntervalSince(start)) }
    }

    /// The day.
    public var day: LocalDay
    /// Gaps and overlaps in the order they occur.
    public var stretches: [Stretch]

    /// The gaps and overlaps of `day` among `entries` (any entries: those not touching the day
    /// are ignored; deleted ones too).
    public init(day: LocalDay, entries: [TimeEntry], timeZone: Zone, now: Date) {
        self.day = day
        let dayStart = day.start(in: timeZone)
        let dayEnd = day.end(in: timeZone)
        let clipped: [(start: Date, end: Date, entry: TimeEntry)] = entries.compactMap { entry in
            guard !entry.isDeleted else { return nil }
            let end = entry.end(at: now)
            let start = max(entry.start, dayStart)
            let clippedEnd = min(end, dayEnd)
            guard clippedEnd > start || (entry.start >= dayStart && entry.start < dayEnd) else { return nil }
            return (start, max(start, clippedEnd), entry)
        }
        .sorted { ($0.start, $0.end, $0.entry.id) < ($1.start, $1.end, $1.entry.id) }
        var stretches: [Stretch] = []
        var gapNumber = 0
        // The entry reaching furthest so far, and where it ends.
        var reach: (end: Date, entry: TimeEntry)?
        for item in clipped {
            guard let current = reach else {
                reach = (item.end, item.entry)
                continue
            }
            if item.start > current.end {
                if item.start.timeIntervalSince(current.end) >= 1 {
                    gapNumber += 1
                    stretches.append(Stretch(kind: .gap, start: current.end, end: item.start, before: current.entry,
                                             after: item.entry, number: gapNumber))
                }
            } else if item.start < current.end {
                let overlapEnd = min(item.end, current.end)
                if overlapEnd.timeIntervalSince(item.start) >= 1 {
                    stretches.append(Stretch(kind: .overlap, start: item.start, end: overlapEnd, before: current.entry,
                                             after: item.entry, number: nil))
                }
            }
            if item.end > current.end { reach = (item.end, item.entry) }
        }
        self.stretches = stretches
    }

    /// The gaps of at least `minimumSeconds`, and every overlap.
    public func shown(minimumSeconds: Int) -> [Stretch] {
        stretches.filter { $0.kind == .overlap || $0.seconds >= minimumSeconds }
    }

    /// Gap number `number`, if the day has it.
    public func gap(_ number: Int) -> Stretch? {
        stretches.first { $0.kind == .gap && $0.number == number }
    }
}
