import Foundation
import TogglModels
import TrackerCore
import TrackerStore

/// Answers ``AppEffect/loadStoredEntries(requestID:window:)`` from the user's month files
/// (`entries-YYYY-MM.json`), with no request. Safe from any thread: files are replaced
/// atomically, so a read sees a whole old or a whole new file.
public struct StoredEntriesReader: Sendable {
    public let layout: StoreLayout

    public init(layout: StoreLayout) {
        self.layout = layout
    }

    /// The stored entries that start inside `window`; nil when a month file it needs was damaged
    /// (set aside: the window is then fetched from Toggl).
    public func entries(in window: DateInterval, now: Date = Date()) -> [TimeEntry]? {
        var entries: [TimeEntry] = []
        for month in Self.months(covering: window) {
            let loaded = layout.entries(of: month).load(now: now)
            if loaded.issue != nil { return nil }
            entries += (loaded.payload?.entries ?? []).filter { $0.start >= window.start && $0.start < window.end }
        }
        return entries
    }

    /// The months whose files may hold entries of `window`, whatever zone split them (±14 h).
    static func months(covering window: DateInterval) -> [StoreMonth] {
        let utc = Zone.utc
        let first = StoreMonth(containing: window.start.addingTimeInterval(-14 * 3600), in: utc)
        let last = StoreMonth(containing: window.end.addingTimeInterval(14 * 3600), in: utc)
        var months = [first]
        while let latest = months.last, latest < last, let next = latest.next { months.append(next) }
        return months
    }
}

extension StoreMonth {
    /// The month after this one.
    var next: StoreMonth? {
        month == 12 ? StoreMonth(year: year + 1, month: 1) : StoreMonth(year: year, month: month + 1)
    }
}
