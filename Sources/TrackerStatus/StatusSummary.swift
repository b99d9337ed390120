#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore

/// Everything `status` prints, as facts that do not depend on the moment or the time zone:
/// gathered once from the store and the journal (by the command line's full `status`), and kept
/// in the ``StatusCard`` so the next `status` — a status bar's, every few seconds — reads one
/// small file instead of the catalog, the recent entries and the journal. ``StatusLine`` renders
/// the facts just gathered and the facts read back alike, so both ways print the same.
///
/// Its contents are untrusted when read back: ``isSane`` refuses a date outside ``saneDates``
/// or a "running" entry that is not running.
public struct StatusSummary: Codable, Sendable, Equatable {
    /// How far back from the moment it was gathered a summary lists entries: this week (for
    /// `{goal_week_left}`), at any later moment in any time zone (UTC−12…+14), starts after that.
    public static let coverage: TimeInterval = 9 * 86_400
    /// Dates a summary may hold: years 1 to 9999, what a store file can hold (RFC 3339);
    /// anything else is a damaged file.
    static let saneDates = Date(timeIntervalSince1970: -62_135_596_800)...Date(timeIntervalSince1970: 253_402_300_799)

    /// The running timer, with the names `status` shows for it.
    public struct Running: Codable, Sendable, Equatable {
        /// The entry as the user made it (`--json` prints it whole).
        public var entry: TimeEntry
        /// ``EntryPresenter/description(_:)``.
        public var description: String
        /// ``EntryPresenter/project(_:)``.
        public var project: String?
        /// ``EntryPresenter/client(_:)``.
        public var client: String?

        public init(entry: TimeEntry, description: String, project: String?, client: String?) {
            self.entry = entry
            self.description = description
            self.project = project
            self.client = client
        }
    }

    /// When an entry ran; `end` is nil while it runs (it ends now).
    public struct Span: Codable, Sendable, Equatable {
        public var start: Date
        public var end: Date?

        public init(start: Date, end: Date?) {
            self.start = start
            self.end = end
        }
    }

    /// When the recent entries were saved (`data_saved_at`, and the age `status` shows).
    public var savedAt: Date
    /// Whether Toggl's preferences ask for a 24-hour clock (`{start}`).
    public var uses24HourClock: Bool
    /// The Toggl profile's first day of the week (0 = Sunday), for week goals.
    public var beginningOfWeek: Int?
    /// The running timer, if any (the latest started, should several run).
    public var running: Running?
    /// Every entry ending after ``spansFrom`` (or running) is in ``spans``.
    public var spansFrom: Date
    /// The entries that count for "today" at any moment whose day starts after ``spansFrom``.
    public var spans: [Span]
    /// Toggl's reasons for the changes it refused.
    public var refused: [String]
    /// When this machine last synced with Toggl (`sync.json`), if ever: commands that read
    /// answer from the store while that is recent enough (`cli_max_age`).
    public var lastSync: Date?
    /// Changes made here and not yet sent: every command but `status` sends them first.
    public var unsent: Int

    public init(savedAt: Date, uses24HourClock: Bool, beginningOfWeek: Int?, running: Running?,
                spansFrom: Date, spans: [Span], refused: [String], lastSync: Date?, unsent: Int) {
        self.savedAt = savedAt
        self.uses24HourClock = uses24HourClock
        self.beginningOfWeek = beginningOfWeek
        self.running = running
        self.spansFrom = spansFrom
        self.spans = spans
        self.refused = refused
        self.lastSync = lastSync
        self.unsent = unsent
    }

    /// Whether every date lies in ``saneDates`` and the running entry runs.
    public var isSane: Bool {
        let dates = [savedAt, spansFrom] + spans.flatMap { [$0.start, $0.end].compactMap { $0 } }
            + [running?.entry.start, lastSync].compactMap { $0 }
        guard dates.allSatisfy({ Self.saneDates.contains($0) }), unsent >= 0 else { return false }
        return running.map(\.entry.isRunning) ?? true
    }

    /// Seconds tracked on the day of `now` in `timeZone` (running entries until `now`); nil when
    /// that day starts before ``spansFrom`` (entries of it may be missing: the clock went back).
    public func todaySeconds(now: Date, timeZone: Zone) -> Int? {
        let today = LocalDay.containing(now, in: timeZone)
        return seconds(in: DateInterval(start: today.start(in: timeZone), end: today.end(in: timeZone)), now: now)
    }

    /// Seconds tracked in `period` (running entries until `now`); nil when it starts before
    /// ``spansFrom`` (entries of it may be missing).
    public func seconds(in period: DateInterval, now: Date) -> Int? {
        guard period.start >= spansFrom else { return nil }
        var total = 0
        for span in spans {
            let overlap = min(span.end ?? now, period.end).timeIntervalSince(max(span.start, period.start))
            // At most the period's length: the spans are clamped to it.
            if overlap > 0 { total = DurationLimit.sum([total, DurationLimit.wholeSeconds(overlap)]) }
        }
        return total
    }

    /// The reminder due at `now` in `timeZone` (``Reminder/due(now:running:lastStop:workHours:timeZone:remindAfter:forgottenAfter:)``):
    /// what `{reminder}` shows and `remind` gives.
    public func reminder(now: Date, settings: StatusSettings, timeZone: Zone) -> Reminder? {
        Reminder.due(now: now, running: running?.entry, lastStop: lastStop(before: now), workHours: settings.workHours,
                     timeZone: timeZone, remindAfter: settings.remindAfter, forgottenAfter: settings.forgottenAfter)
    }

    /// Whether the store may answer a command that reads at `now`, as the command line decides
    /// (``lastSync`` within `maxDataAge`); a sync "in the future" is not fresh.
    public func isFresh(at now: Date, maxDataAge: TimeInterval) -> Bool {
        guard let lastSync else { return false }
        return (0...max(0, maxDataAge)).contains(now.timeIntervalSince(lastSync))
    }

    /// When the last entry that is not running ended, at or before `now` — among those a
    /// summary gathered at `now` would hold (ended within ``coverage`` of it), so a summary read
    /// back later answers as a fresh one would.
    public func lastStop(before now: Date) -> Date? {
        let cut = now.addingTimeInterval(-Self.coverage)
        return spans.compactMap(\.end).filter { $0 <= now && $0 > cut }.max()
    }
}
