import Foundation
import TogglAPI
import TogglModels
import TrackerCore
import TrackerStore

extension Outbox {
    /// The journal's message for a write not sent over a newer edit made elsewhere.
    static let conflictMessage = "Changed on Toggl since you edited it"
    /// The status journaled with ``conflictMessage`` (HTTP's Conflict).
    static let conflictStatus = 409

    /// The entries Toggl changed since `since` — one `GET /me/time_entries?since=` per run of the
    /// sender, reaching back to the oldest moment any waiting write needs (a replayed write's
    /// `base_at`, a create to reconcile), so a whole replay costs one read.
    func changedEntries(since: Date) async throws -> [TimeEntry] {
        if let changed = state.withLock({ $0.changed }), changed.since <= since { return changed.entries }
        let oldest = state.withLock { state in
            state.pending.writes.filter { !state.fresh.contains($0.sequence) }.compactMap { record -> Date? in
                state.reconcile.contains(record.sequence) ? record.at.addingTimeInterval(-Self.createLookupReach) : record.baseAt
            }.min()
        }
        let from = min(since, oldest ?? since)
        let entries = try await api.timeEntries.list(since: from)
        state.withLock { $0.changed = (from, entries) }
        return entries
    }

    /// How long after a write of this outbox was tried a change on Toggl may still be that
    /// write's (its answer unseen; the two clocks differ a little).
    static let ownChangeSlack: TimeInterval = 60

    /// Toggl's copy of the entry a replayed update, stop or delete is about, when it changed
    /// after the user saw it (`base_at`) and does not already show this write: it must not be
    /// overwritten. Writes sent at once (`fresh`) are not checked: the window is tiny. A change
    /// no later than this outbox's own last write on the entry (its answer's `at`, or the
    /// moment it was tried when the answer was lost) is that write's, not someone else's.
    func conflict(for operation: JournalOperation, head: JournalRecord, isFresh: Bool) async throws -> TimeEntry? {
        guard !isFresh, let base = head.baseAt else { return nil }
        let payload: TimeEntryPayload?
        switch operation {
        case .updateEntry(_, _, let update): payload = update
        case .stopEntry(_, _, let stop): payload = TimeEntryPayload(stop: .set(stop))
        case .deleteEntry: payload = nil
        default: return nil
        }
        guard let id = operation.entityID, id > 0 else { return nil }
        let theirs = try await changedEntries(since: base).first { $0.id == id }
        guard let theirs, theirs.serverDeletedAt == nil, let at = theirs.at, at.timeIntervalSince(base) >= 1 else { return nil }
        if let own = state.withLock({ $0.ownChanges[id] }), at.timeIntervalSince(own) < Self.ownChangeSlack { return nil }
        // Already as this write would leave it (its answer was lost): no conflict, sending is harmless.
        if let payload, theirs.applying(payload) == theirs { return nil }
        return theirs
    }
}
