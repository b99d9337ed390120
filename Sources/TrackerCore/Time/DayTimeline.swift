#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The shown day as the timeline draws it: each entry clipped to the day (a running one lasting
/// until now), and the day's gaps and overlaps (``DayGaps``), all in time order, with the span
/// the picture zooms to.
public struct DayTimeline: Sendable, Equatable {
    /// An entry as it lies on the day.
    public struct Block: Sendable, Equatable {
        /// The entry as the screen has it.
        public var entry: TimeEntry
        /// Where it begins on this day (midnight when it began the day before).
        public var start: Date
        /// Where it ends on this day (midnight when it runs into the next; now while running).
        public var end: Date
    }

    /// One stop of the cursor.
    public enum Item: Sendable, Equatable {
        /// An entry.
        case entry(Block)
        /// A gap or an overlap.
        case stretch(DayGaps.Stretch)

        /// Where the item begins on the day.
        public var start: Date {
            switch self {
            case .entry(let block): block.start
            case .stretch(let stretch): stretch.start
            }
        }

        /// Where the item ends on the day.
        public var end: Date {
            switch self {
            case .entry(let block): block.end
            case .stretch(let stretch): stretch.end
            }
        }

        /// The cursor that points at this item.
        public var cursor: TimelineCursor {
            switch self {
            case .entry(let block): return .entry(block.entry.id)
            case .stretch(let stretch):
                return stretch.kind == .gap ? .gap(before: stretch.before.id, after: stretch.after.id)
                    : .overlap(earlier: stretch.before.id, later: stretch.after.id)
            }
        }
    }

    /// The day.
    public var day: LocalDay
    /// The day's entries in start order (then end, then id), clipped to the day.
    public var blocks: [Block]
    /// Entries, gaps and overlaps in the order the cursor visits them: by start; a gap or an
    /// overlap just before the entry that ends or begins it.
    public var items: [Item]
    /// What the picture shows: the first start to the last end, rounded out to whole hours of
    /// the local clock and kept inside the day; nil when nothing was tracked.
    public var span: DateInterval?

    /// The timeline of `day` among `entries` (those not touching the day and deleted ones are
    /// left out).
    public init(day: LocalDay, entries: [TimeEntry], timeZone: Zone, now: Date) {
        self.day = day
        let dayStart = day.start(in: timeZone)
        let dayEnd = day.end(in: timeZone)
        let blocks: [Block] = entries.compactMap { entry in
            guard !entry.isDeleted else { return nil }
            let end = entry.end(at: now)
            let start = max(entry.start, dayStart)
            let clippedEnd = min(end, dayEnd)
            guard clippedEnd > start || (entry.start >= dayStart && entry.start < dayEnd) else { return nil }
            return Block(entry: entry, start: start, end: max(start, clippedEnd))
        }
        .sorted { ($0.start, $0.end, $0.entry.id) < ($1.start, $1.end, $1.entry.id) }
        self.blocks = blocks
        let gaps = DayGaps(day: day, entries: blocks.map(\.entry), timeZone: timeZone, now: now)
        var items = blocks.map(Item.entry)
        for stretch in gaps.stretches {
            // Just before the entry that ends a gap or begins an overlap.
            let index = items.firstIndex { if case .entry(let block) = $0 { block.entry.id == stretch.after.id } else { false } }
            items.insert(.stretch(stretch), at: index ?? items.count)
        }
        self.items = items
        guard let first = blocks.map(\.start).min(), let last = blocks.map(\.end).max() else {
            self.span = nil
            return
        }
        let from = max(dayStart, timeZone.startOfHour(containing: first))
        let lastHour = timeZone.startOfHour(containing: last)
        var to = lastHour == last ? last : lastHour.addingTimeInterval(3600)
        to = min(to, dayEnd)
        if to <= from { to = from.addingTimeInterval(3600) }
        self.span = DateInterval(start: from, end: to)
    }

    /// The index of the item `cursor` points at; without one (or when it is gone), the last item.
    public func index(of cursor: TimelineCursor?) -> Int? {
        guard !items.isEmpty else { return nil }
        if let cursor, let index = items.firstIndex(where: { $0.cursor == cursor }) { return index }
        return items.count - 1
    }

    /// The hour marks of the span: each whole hour of the local clock in it, by real instant,
    /// so a day with a DST change has 23 or 25 of them and an hour label can repeat.
    public func hourMarks(in timeZone: Zone) -> [(date: Date, hour: Int)] {
        guard let span else { return [] }
        var marks: [(Date, Int)] = []
        var mark = timeZone.startOfHour(containing: span.start)
        if mark < span.start { mark = mark.addingTimeInterval(3600) }
        while mark <= span.end, marks.count < 100 {
            marks.append((mark, timeZone.wallClock(at: mark).hour))
            mark = mark.addingTimeInterval(3600)
        }
        return marks
    }
}
