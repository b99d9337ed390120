import Foundation
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStore

/// Everything `status` prints, as facts that do not depend on the moment or the time zone:
/// gathered once from the store and the journal (``gather(layout:in:)``), and kept in
/// `status.json` (``StoreLayout/statusSummaryPath``) so the next `status` — a status bar's,
/// every few seconds — reads one small file instead of the catalog, the recent entries and the
/// journal. ``StatusLine`` renders the facts just gathered and the facts read back alike, so
/// both ways print the same.
///
/// The file carries the stamp (``StoreWatcher/Stamp``: device, inode, size and times to the
/// nanosecond) of the files it summarises, taken before they were read: it answers only while
/// none of them changed since — any write by the UI, a command or a sync, in any process, is a
/// new stamp, and the next `status` gathers afresh and rewrites it. Its contents are untrusted:
/// ``read(layout:)`` refuses a file that is large, not JSON, of another format or version, or
/// holds a date outside ``saneDates`` or a "running" entry that is not running.
struct StatusSummary: Codable, Sendable, Equatable {
    /// `format` of the file.
    static let fileFormat = "toggl-tui.status"
    /// `version` of the file; another version is gathered afresh (2: the week's spans and the
    /// profile's first day of the week, for goals).
    static let fileVersion = 2
    /// The largest file read (a summary is a few KB).
    static let byteLimit = 1 << 20
    /// How far back from the moment it was gathered a summary lists entries: this week (for
    /// `{goal_week_left}`), at any later moment in any time zone (UTC−12…+14), starts after that.
    static let coverage: TimeInterval = 9 * 86_400
    /// Dates a summary may hold: years 1 to 9999, what a store file can hold (RFC 3339);
    /// anything else is a damaged file.
    static let saneDates = Date(timeIntervalSince1970: -62_135_596_800)...Date(timeIntervalSince1970: 253_402_300_799)

    /// The running timer, with the names `status` shows for it.
    struct Running: Codable, Sendable, Equatable {
        /// The entry as the user made it (`--json` prints it whole).
        var entry: TimeEntry
        /// ``EntryPresenter/description(_:)``.
        var description: String
        /// ``EntryPresenter/project(_:)``.
        var project: String?
        /// ``EntryPresenter/client(_:)``.
        var client: String?
    }

    /// When an entry ran; `end` is nil while it runs (it ends now).
    struct Span: Codable, Sendable, Equatable {
        var start: Date
        var end: Date?
    }

    var format = Self.fileFormat
    var version = Self.fileVersion
    /// The files summarised, as they were before they were read (nil: not from the store).
    var sources: StoreWatcher.Stamp?
    /// When the recent entries were saved (`data_saved_at`, and the age `status` shows).
    var savedAt: Date
    /// The Toggl profile's time zone, used when the config names none.
    var profileTimeZone: String?
    /// Whether Toggl's preferences ask for a 24-hour clock (`{start}`).
    var uses24HourClock: Bool
    /// The Toggl profile's first day of the week (0 = Sunday), for week goals.
    var beginningOfWeek: Int?
    /// The running timer, if any (the latest started, should several run).
    var running: Running?
    /// Every entry ending after ``spansFrom`` (or running) is in ``spans``.
    var spansFrom: Date
    /// The entries that count for "today" at any moment whose day starts after ``spansFrom``.
    var spans: [Span]
    /// Toggl's reasons for the changes it refused.
    var refused: [String]

    /// Reads the store of `layout` as `status` always has — the recent entries, the catalog,
    /// the journal's unsent and refused writes laid over them — each file once, stamping them
    /// first. Nil when there are no recent entries (no local data).
    static func gather(layout: StoreLayout, in session: CLISession) -> StatusSummary? {
        let sources = layout.statusSources.stamp()
        let now = session.now
        let loaded = layout.recentEntries.load(now: now)
        guard let snapshot = loaded.payload, let savedAt = loaded.savedAt else { return nil }
        let catalog = session.storedCatalogIfAny()
        let pending = session.pendingWrites(in: layout)
        // The store with what the journal holds laid over: a timer started or stopped offline shows.
        let account = catalog.flatMap { RestoredAccount(catalog: $0, entries: snapshot.entries, sync: nil, pending: pending) }
        let entries = account?.entries ?? snapshot.entries.filter { !$0.isDeleted }
        let presenter = session.presenter
        let running = entries.filter(\.isRunning).max { $0.start < $1.start }
        let spansFrom = now.addingTimeInterval(-coverage)
        var spans: [Span] = []
        for entry in entries {
            let end = entry.finishedAt
            if let end, end <= spansFrom { continue }
            spans.append(Span(start: entry.start, end: end))
        }
        return StatusSummary(
            sources: sources, savedAt: savedAt, profileTimeZone: catalog?.profile?.timezone,
            uses24HourClock: session.timeFormat.uses24HourClock, beginningOfWeek: catalog?.profile?.beginningOfWeek,
            running: running.map {
                Running(entry: $0, description: presenter.description($0), project: presenter.project($0), client: presenter.client($0))
            },
            spansFrom: spansFrom, spans: spans, refused: pending.failed.compactMap { pending.failures[$0.sequence] })
    }

    /// The summary in `layout`'s `status.json` while it still describes the store; nil when
    /// there is none, it cannot be used (see the type), or a summarised file changed since.
    static func read(layout: StoreLayout) -> StatusSummary? {
        let path = layout.statusSummaryPath
        var info = stat()
        guard stat(path, &info) == 0, info.st_size <= byteLimit,
              let data = try? AtomicFile(path: path).read(), data.count <= byteLimit,
              let summary = try? JSONDecoder().decode(StatusSummary.self, from: data),
              summary.format == fileFormat, summary.version == fileVersion, summary.isSane,
              let sources = summary.sources, sources == layout.statusSources.stamp()
        else { return nil }
        return summary
    }

    /// Writes it as `layout`'s `status.json` (atomically, without fsync: a file lost to a
    /// power cut is gathered again). Best effort: `status` has answered either way.
    func save(layout: StoreLayout) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? AtomicFile(path: layout.statusSummaryPath).write(data, durable: false)
    }

    /// Whether every date lies in ``saneDates`` and the running entry runs.
    var isSane: Bool {
        let dates = [savedAt, spansFrom] + spans.flatMap { [$0.start, $0.end].compactMap { $0 } }
            + [running?.entry.start].compactMap { $0 }
        guard dates.allSatisfy({ Self.saneDates.contains($0) }) else { return false }
        return running.map(\.entry.isRunning) ?? true
    }

    /// Seconds tracked on the day of `now` in `timeZone` (running entries until `now`); nil when
    /// that day starts before ``spansFrom`` (entries of it may be missing: the clock went back).
    func todaySeconds(now: Date, timeZone: TimeZone) -> Int? {
        let today = LocalDay.containing(now, in: timeZone)
        return seconds(in: DateInterval(start: today.start(in: timeZone), end: today.end(in: timeZone)), now: now)
    }

    /// Seconds tracked in `period` (running entries until `now`); nil when it starts before
    /// ``spansFrom`` (entries of it may be missing).
    func seconds(in period: DateInterval, now: Date) -> Int? {
        guard period.start >= spansFrom else { return nil }
        var total = 0
        for span in spans {
            let overlap = min(span.end ?? now, period.end).timeIntervalSince(max(span.start, period.start))
            // At most the period's length: the spans are clamped to it.
            if overlap > 0 { total = DurationLimit.sum([total, DurationLimit.wholeSeconds(overlap)]) }
        }
        return total
    }

    /// When the last entry that is not running ended, at or before `now`.
    func lastStop(before now: Date) -> Date? {
        spans.compactMap(\.end).filter { $0 <= now }.max()
    }
}
