import Foundation
import TogglModels
import TrackerCore
import TrackerStore

/// What the store holds, as the app's ``AppMessage/restored(_:syncedAt:pendingWrites:)``:
/// the cached account with the journal's unsent writes laid over it (the cache may have been
/// saved before them), and how many answers each entry still waits for.
struct RestoredAccount {
    var bootstrap: Bootstrap
    var syncedAt: Date?
    var pendingWrites: [Int64: Int]

    /// Builds it; nil when the catalog holds no profile (nothing worth showing).
    init?(catalog: CatalogSnapshot, entries: [TimeEntry], sync: SyncState?, pending: PendingWrites) {
        guard var me = catalog.profile else { return nil }
        var byID: [Int64: TimeEntry] = [:]
        for entry in entries { byID[entry.id] = entry }
        // Local objects the journal no longer knows were settled (or dropped): Toggl's copy comes with the sync.
        let unsentCreates = Set(pending.writes.compactMap { PendingWrites.createdLocalID($0.operation) })
        byID = byID.filter { $0.key > 0 || unsentCreates.contains($0.key) }
        var counts: [Int64: Int] = [:]
        for record in pending.writes {
            let operation = record.operation
            switch operation {
            case .startEntry(let workspace, let localID, let payload), .createEntry(let workspace, let localID, let payload):
                if byID[localID] == nil { byID[localID] = TimeEntry(id: localID, workspaceID: workspace, payload: payload, userID: me.id) }
                counts[localID, default: 0] += 1
            case .updateEntry(_, let id, let payload):
                let key = pending.resolve(id)
                byID[key] = byID[key]?.applying(payload)
                counts[key, default: 0] += 1
            case .stopEntry(_, let id, let stop):
                let key = pending.resolve(id)
                if let entry = byID[key], entry.isRunning { byID[key] = entry.stopped(at: stop) }
                counts[key, default: 0] += 1
            case .deleteEntry(_, let id):
                let key = pending.resolve(id)
                byID[key] = nil
                counts[key, default: 0] += 1
            default:
                break
            }
        }
        me.workspaces = catalog.workspaces
        me.clients = catalog.clients.filter { $0.id > 0 || unsentCreates.contains($0.id) }
        me.projects = catalog.projects.filter { $0.id > 0 || unsentCreates.contains($0.id) }
        me.tasks = catalog.tasks
        me.tags = catalog.tags
        me.timeEntries = Array(byID.values)
        bootstrap = Bootstrap(me: me, preferences: catalog.preferences)
        syncedAt = sync?.lastBootstrap
        pendingWrites = counts
    }
}
