#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore
import TrackerStore

/// `goals.json` in toggl-tui's cache folder: what `goals` needs to answer again without the
/// program — for each goal, when the entries that count towards it ran — with what it was made
/// from (``StatusInputs``, the same as the ``StatusCard``'s) and the zone's offset
/// (``ZoneOffsets``). The program leaves it when it answered from this machine's copy;
/// ``GoalsShortcut`` answers from it while the inputs hold. A file of its own, not part of the
/// status card: a month of entries would slow every `status`.
///
/// Its contents are untrusted: ``CardFile/read(path:)`` refuses a file that is large, not JSON,
/// of another format or version, or holds values the program could not have written.
public struct GoalsCard: CardFile, Equatable {
    /// `format` of the file.
    public static let fileFormat = "toggl-tui.goals-card"
    /// `version` of the file.
    public static let fileVersion = 1
    /// The largest file read (a month of an account's entries, per goal).
    public static let byteLimit = 8 << 20

    /// One goal and which of ``GoalsCard/spans`` count towards it.
    public struct Item: Codable, Sendable, Equatable {
        public var goal: Goal
        /// The indices of the spans that count towards it; nil when every one does (a goal on
        /// everything: the day, week and month goals share one list).
        public var counts: [Int]?
        /// Whether it names a project or client unknown here.
        public var isUnknownName: Bool

        public init(goal: Goal, counts: [Int]?, isUnknownName: Bool) {
            self.goal = goal
            self.counts = counts
            self.isUnknownName = isUnknownName
        }
    }

    public var format = Self.fileFormat
    public var version = Self.fileVersion
    /// What the answer was made from.
    public var inputs: StatusInputs
    /// The zone's offset, and how long it holds.
    public var zone: ZoneOffsets
    /// The goals, in the config's order.
    public var items: [Item]
    /// When each entry that counts towards some goal ran (`end` nil: running), every one that
    /// starts at or after ``from``.
    public var spans: [StatusSummary.Span]
    /// Entries starting before this are not in ``Item/spans``.
    public var from: Date
    /// The profile's first day of the week (0 = Sunday).
    public var beginningOfWeek: Int
    /// How times and days are written.
    public var timeFormat: TimeFormat
    /// The Toggl user whose store it was gathered from.
    public var userID: Int64

    public init(inputs: StatusInputs, zone: ZoneOffsets, items: [Item], spans: [StatusSummary.Span], from: Date, beginningOfWeek: Int,
                timeFormat: TimeFormat, userID: Int64) {
        self.inputs = inputs
        self.zone = zone
        self.items = items
        self.spans = spans
        self.from = from
        self.beginningOfWeek = beginningOfWeek
        self.timeFormat = timeFormat
        self.userID = userID
    }

    /// Where the card of the cache folder `cacheDirectory` lives.
    public static func path(cacheDirectory: String) -> String {
        POSIX.join(cacheDirectory, "goals.json")
    }

    /// Whether every date is one a store can hold, every index names a span, amounts are not
    /// negative and the week starts on a weekday.
    public var isSane: Bool {
        let dates = [from] + spans.flatMap { [$0.start, $0.end].compactMap { $0 } }
        return zone.isSane && dates.allSatisfy { StatusSummary.saneDates.contains($0) }
            && items.allSatisfy { $0.goal.seconds >= 0 && ($0.counts ?? []).allSatisfy(spans.indices.contains) }
            && (0...6).contains(beginningOfWeek)
    }

    /// The goals' progress at `now` and the zone its times are shown in, as the program would
    /// compute it from the same store; nil when the card cannot say: a period reaching back
    /// before ``from`` or across a change of the zone's offset.
    public func progress(at now: Date) -> (progress: [GoalProgress], timeZone: Zone)? {
        // The offset now, then every period's bounds (and a day before, where an entry that
        // reaches in may start) must lie in the stretch it holds for.
        guard let probe = zone.fixedZone(covering: now...now) else { return nil }
        let periods = items.map { GoalProgress.period($0.goal.period, holding: now, timeZone: probe, beginningOfWeek: beginningOfWeek) }
        guard let earliest = periods.map(\.start).min(), let latest = periods.map(\.end).max() else { return nil }
        let start = earliest.addingTimeInterval(-86_400)
        guard start >= from, let timeZone = zone.fixedZone(covering: start...max(latest, now)) else { return nil }
        // As the program reads them: the entries starting from a day before the earliest period to now.
        let until = now.addingTimeInterval(1)
        let progress = items.map { item in
            let counted = item.counts.map { $0.map { spans[$0] } } ?? spans
            return GoalProgress.of(item.goal, counting: counted.lazy.filter { $0.start >= start && $0.start < until }.map { ($0.start, $0.end) },
                                   isUnknownName: item.isUnknownName, now: now, timeZone: timeZone, beginningOfWeek: beginningOfWeek)
        }
        return (progress, timeZone)
    }
}
