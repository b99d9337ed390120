import TogglModels
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Catalog {
    /// Every workspace's entries starting in `from..<to`, read from the timelines (no scan of
    /// all entries).
    func entries(startingFrom from: Date, to: Date) -> [TimeEntry] {
        var found: [TimeEntry] = []
        for timeline in timelines.values {
            for id in timeline.ids[timeline.positions(from: from, to: to)] {
                if let entry = entries[id] { found.append(entry) }
            }
        }
        return found
    }

    /// One workspace's entry ids ordered by start (then id), with the starts alongside, so the
    /// entries of a day or a week are found by binary search instead of a scan of the account.
    struct EntryTimeline: Sendable, Equatable {
        /// An entry's place on the timeline.
        struct Point: Sendable, Equatable {
            var start: Date
            var id: Int64
        }

        /// Starts in ascending order.
        private(set) var starts: [Date]
        /// The entry ids, in the same order as ``starts`` (ties by ascending id).
        private(set) var ids: [Int64]

        init(points: [Point]) {
            let sorted = points.sorted { $0.start != $1.start ? $0.start < $1.start : $0.id < $1.id }
            starts = sorted.map(\.start)
            ids = sorted.map(\.id)
        }

        /// The positions of the entries that start in `from..<to`.
        func positions(from: Date, to: Date) -> Range<Int> {
            let lower = firstPosition(notBefore: from)
            return lower..<max(lower, firstPosition(notBefore: to))
        }

        /// The first position whose start is not before `date` (`ids.count` when none).
        private func firstPosition(notBefore date: Date) -> Int {
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < date { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}
