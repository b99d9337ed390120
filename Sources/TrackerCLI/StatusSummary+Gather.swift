import Foundation
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStatus
import TrackerStore

extension StatusSummary {
    /// Reads the store of `layout` as `status` always has — the recent entries, the catalog,
    /// the journal's unsent and refused writes laid over them — each file once. Nil when there
    /// are no recent entries (no local data).
    static func gather(layout: StoreLayout, in session: CLISession) -> StatusSummary? {
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
        let spansFrom = now.addingTimeInterval(-StatusSummary.coverage)
        var spans: [Span] = []
        for entry in entries {
            let end = entry.finishedAt
            if let end, end <= spansFrom { continue }
            spans.append(Span(start: entry.start, end: end))
        }
        return StatusSummary(
            savedAt: savedAt,
            uses24HourClock: session.timeFormat.uses24HourClock, beginningOfWeek: catalog?.profile?.beginningOfWeek,
            running: running.map {
                Running(entry: $0, description: presenter.description($0), project: presenter.project($0), client: presenter.client($0))
            },
            spansFrom: spansFrom, spans: spans, refused: pending.failed.compactMap { pending.failures[$0.sequence] },
            lastSync: session.lastSync, unsent: pending.writes.count)
    }
}
