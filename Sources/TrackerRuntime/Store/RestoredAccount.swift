import Foundation
import TogglModels
import TrackerCore
import TrackerStore

/// What the store holds, as the app's ``AppMessage/restored(_:syncedAt:pendingWrites:failedWrites:)``:
/// the cached account with the journal's unsent and refused writes laid over it (the cache may
/// have been saved before them), how many answers each entry still waits for, and the entries
/// whose writes Toggl refused (shown as the user made them until fixed or discarded). The
/// command line restores the account the same way.
public struct RestoredAccount: Sendable {
    /// The account: the catalog, with the entries as the user made them.
    public var bootstrap: Bootstrap
    /// When any process last synced with Toggl (`sync.json`'s `last_bootstrap`).
    public var syncedAt: Date?
    /// Answers still due per entry (unsent writes).
    public var pendingWrites: [Int64: Int]
    /// Entries whose latest write Toggl refused.
    public var failedWrites: [Int64: FailedWrite]

    /// Reads it from the store of `layout` — the catalog, the recent entries (plus `older` ones
    /// read from month files) and `sync.json` — with `pending` laid over; nil when the store
    /// holds no catalog with a profile. No request.
    public init?(layout: StoreLayout, pending: PendingWrites, older: [TimeEntry] = [], now: Date) {
        guard let catalog = layout.catalog.load(now: now).payload else { return nil }
        let recent = layout.recentEntries.load(now: now).payload?.entries ?? []
        let known = Set(recent.map(\.id))
        self.init(catalog: catalog, entries: recent + older.filter { !known.contains($0.id) },
                  sync: layout.sync.load(now: now).payload, pending: pending)
    }

    /// The entries as the user made them, without those Toggl reports deleted.
    public var entries: [TimeEntry] {
        (bootstrap.me.timeEntries ?? []).filter { !$0.isDeleted }
    }

    /// The running entry as the user made it (the latest started, should several run).
    public var runningEntry: TimeEntry? {
        entries.filter(\.isRunning).max { $0.start < $1.start }
    }

    /// Whether the journal holds an unsent write about entry `id` (the user's version is then
    /// newer than Toggl's).
    public func hasUnsentWrites(about id: Int64) -> Bool {
        (pendingWrites[id] ?? 0) > 0
    }

    /// Builds it; nil when the catalog holds no profile (nothing worth showing).
    public init?(catalog: CatalogSnapshot, entries: [TimeEntry], sync: SyncState?, pending: PendingWrites) {
        guard var me = catalog.profile else { return nil }
        // Local objects the journal no longer knows were settled (or dropped): Toggl's copy comes with the sync.
        let unsentCreates = Set(pending.writes.compactMap { PendingWrites.createdLocalID($0.operation) })
        let refusedCreates = Set(pending.failed.compactMap { PendingWrites.createdLocalID($0.operation) })
        var counts: [Int64: Int] = [:]
        var failed: [Int64: FailedWrite] = [:]
        let records = pending.writes + pending.failed
        if records.isEmpty, Self.holdsEachOnceAndNoLocal(entries) {
            // Nothing to lay over: the cache's entries as they are (no copy of them at the restore's peak).
            me.timeEntries = entries
        } else {
            var byID: [Int64: TimeEntry] = [:]
            for entry in entries { byID[entry.id] = entry }
            byID = byID.filter { $0.key > 0 || unsentCreates.contains($0.key) || refusedCreates.contains($0.key) }
            let refused = Set(pending.failed.map(\.sequence))
            for record in records.sorted(by: { $0.sequence < $1.sequence }) {
                let isRefused = refused.contains(record.sequence)
                guard let (key, kind) = Self.apply(record.operation, to: &byID, pending: pending, userID: me.id, isRefused: isRefused) else { continue }
                if isRefused {
                    let message = pending.failures[record.sequence] ?? "Toggl refused it."
                    failed[key, default: FailedWrite(kind: kind, message: message)].message = message
                } else {
                    counts[key, default: 0] += 1
                }
            }
            me.timeEntries = Array(byID.values)
        }
        // Local ids the journal still maps to Toggl ids (settled writes kept for other
        // processes) are listed with no answer due: the app's new local ids start below them,
        // so a new entry is never taken for an old one.
        for localID in pending.serverIDs.keys where counts[localID] == nil { counts[localID] = 0 }
        me.workspaces = catalog.workspaces
        me.clients = Self.keeping(catalog.clients) { $0.id > 0 || unsentCreates.contains($0.id) }
        me.projects = Self.keeping(catalog.projects) { $0.id > 0 || unsentCreates.contains($0.id) }
        me.tasks = catalog.tasks
        me.tags = catalog.tags
        bootstrap = Bootstrap(me: me, preferences: catalog.preferences)
        syncedAt = sync?.lastBootstrap
        pendingWrites = counts
        failedWrites = failed
    }

    /// Whether every entry has a Toggl id (none local) and no id comes twice: then the entries
    /// are what laying no write over them gives, in another order.
    private static func holdsEachOnceAndNoLocal(_ entries: [TimeEntry]) -> Bool {
        var ids = Set<Int64>(minimumCapacity: entries.count)
        for entry in entries {
            guard entry.id > 0, ids.insert(entry.id).inserted else { return false }
        }
        return true
    }

    /// `rows` with those `keep` accepts, sharing the array's storage when it accepts them all
    /// (the usual case: a copy of a large catalog's rows would add to the restore's peak).
    private static func keeping<Row>(_ rows: [Row], where keep: (Row) -> Bool) -> [Row] {
        rows.allSatisfy(keep) ? rows : rows.filter(keep)
    }

    /// Lays one entry write over `byID`; returns the entry's id and the kind of write, nil for
    /// other writes. A refused delete leaves the entry shown.
    private static func apply(
        _ operation: JournalOperation, to byID: inout [Int64: TimeEntry], pending: PendingWrites, userID: Int64, isRefused: Bool
    ) -> (Int64, FailedWrite.Kind)? {
        guard let effect = AppEffect(entryWrite: operation, resolve: pending.resolve) else { return nil }
        switch effect {
        case .startEntry(let localID, let workspace, let payload), .createEntry(let localID, let workspace, let payload):
            if byID[localID] == nil { byID[localID] = TimeEntry(id: localID, workspaceID: workspace, payload: payload, userID: userID) }
            return (localID, .create)
        case .updateEntry(let id, _, _, _), .stopEntry(let id, _, _, _):
            byID[id] = byID[id]?.applying(effect)
            return (id, .update)
        case .deleteEntry(let id, _, _):
            if !isRefused { byID[id] = nil }
            return (id, .delete)
        default:
            return nil
        }
    }
}
