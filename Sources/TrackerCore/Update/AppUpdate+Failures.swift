#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    // MARK: Refused writes

    /// Keeps entry `id` on screen as the user made it, marked failed with Toggl's reason. A
    /// second failure of the same entry keeps the first one's kind and Toggl's version.
    static func markFailed(_ state: inout AppState, _ id: Int64, _ kind: FailedWrite.Kind, _ error: AppError, original: TimeEntry?) {
        if var failed = state.failedWrites[id] {
            failed.message = error.message
            state.failedWrites[id] = failed
        } else {
            state.failedWrites[id] = FailedWrite(kind: kind, message: error.message, original: original)
        }
        fail(&state, (kind == .delete ? "Not deleted: " : "Not saved: ") + error.message)
    }

    /// A write not sent because Toggl's copy changed since the user saw it: the user's version
    /// stays shown (a delete shows Toggl's copy back), marked, with Toggl's copy to go back to.
    /// `e` and save sends theirs anyway ("keep mine"); `d` takes Toggl's.
    static func entryConflict(_ state: inout AppState, id: Int64, theirs: TimeEntry) -> [AppEffect] {
        guard settleOne(&state, id) != nil else { return [] }
        let isDelete = state.catalog.entries[id] == nil
        if isDelete { state.catalog.entries[id] = theirs }
        let when = theirs.at.map { " at " + state.timeFormat.time($0, in: state.timeZone) } ?? ""
        let message = "Changed on Toggl\(when) since you \(isDelete ? "deleted" : "edited") it"
        markFailed(&state, id, isDelete ? .delete : .update, AppError(.rejected, message), original: theirs)
        state.failedWrites[id]?.original = theirs
        return []
    }

    /// `d` on a failed entry, confirmed: Toggl's version comes back (a never-created entry goes;
    /// an entry whose Toggl version is not known yet goes until the next sync brings it), and
    /// the journal drops the refused writes.
    static func discardFailure(_ state: inout AppState, _ id: Int64) -> [AppEffect] {
        guard let failed = state.failedWrites.removeValue(forKey: id) else { return [] }
        state.catalog.entries[id] = failed.original
        inform(&state, failed.original == nil ? "Discarded the change." : "Discarded the change: Toggl's version is back.")
        return [.discardFailed(entryID: id)]
    }

    /// Saving the editor on a failed entry: the refused writes are dropped and the entry is sent
    /// anew as it now is — a create for an entry Toggl never had (under a new local id), else an
    /// update of what differs from Toggl's version.
    static func retryFailed(_ state: inout AppState, _ failed: FailedWrite, shown: TimeEntry, updated: TimeEntry) -> [AppEffect] {
        let id = shown.id
        state.failedWrites[id] = nil
        let discard = AppEffect.discardFailed(entryID: id)
        if failed.kind == .create, id < 0 {
            let localID = state.makeLocalID()
            state.catalog.entries[id] = nil
            state.catalog.entries[localID] = TimeEntry(id: localID, workspaceID: updated.workspaceID, userID: updated.userID,
                                                       start: updated.start, duration: updated.duration).showing(updated)
            if state.selection[.entries] == id { state.selection[.entries] = localID }
            markPending(&state, localID, original: nil)
            inform(&state, "Sending " + label(of: updated, in: state) + " again.", level: .success)
            let payload = createPayload(updated)
            let create: AppEffect = updated.isRunning
                ? .startEntry(localID: localID, workspaceID: updated.workspaceID, payload)
                : .createEntry(localID: localID, workspaceID: updated.workspaceID, payload)
            return [discard, create]
        }
        state.catalog.entries[id] = updated
        let payload = changes(from: failed.original, to: updated)
        guard payload != TimeEntryPayload() else {
            inform(&state, "Same as Toggl's version: nothing to send.")
            return [discard]
        }
        markPending(&state, id, original: failed.original)
        inform(&state, "Sending " + label(of: updated, in: state) + " again.", level: .success)
        // Made on Toggl's version as the user now knows it: "keep mine" over a conflict.
        return [discard, .updateEntry(id: id, workspaceID: updated.workspaceID, payload, baseAt: failed.original?.at)]
    }

    /// The update that turns `base` into `updated`: only the fields that differ (all of them
    /// when `base` is not known). A finished entry whose times change sends its duration too.
    static func changes(from base: TimeEntry?, to updated: TimeEntry) -> TimeEntryPayload {
        var payload = TimeEntryPayload()
        if base == nil || (updated.description ?? "") != (base?.description ?? "") {
            payload.description = updated.description.map { .set($0) } ?? .clear
        }
        if base == nil || updated.projectID != base?.projectID { payload.projectID = updated.projectID.map { .set($0) } ?? .clear }
        if base == nil || updated.taskID != base?.taskID { payload.taskID = updated.taskID.map { .set($0) } ?? .clear }
        if base == nil || updated.tags != base?.tags { payload.tags = updated.tags }
        if base == nil || updated.billable != base?.billable { payload.billable = updated.billable }
        if updated.start != base?.start { payload.start = updated.start }
        if let stop = updated.stop, stop != base?.stop { payload.stop = .set(stop) }
        if !updated.isRunning, updated.stop != nil, payload.start != nil || payload.stop != nil {
            payload.duration = updated.duration
        }
        return payload
    }

    /// The create (or start, for a running entry) that makes `entry` on Toggl.
    static func createPayload(_ entry: TimeEntry) -> TimeEntryPayload {
        let text = entry.description.flatMap { $0.isEmpty ? nil : $0 }
        return TimeEntryPayload(
            workspaceID: entry.workspaceID, start: entry.start, duration: entry.isRunning ? -1 : entry.duration,
            stop: entry.isRunning ? nil : entry.stop.map { .set($0) }, description: text.map { .set($0) },
            projectID: entry.projectID.map { .set($0) }, taskID: entry.taskID.map { .set($0) },
            tags: entry.tags.isEmpty ? nil : entry.tags, billable: entry.billable ? true : nil)
    }

    /// A sync's entries laid over the catalog keep failed entries as the user made them; what
    /// Toggl sent for them becomes their Toggl version (for a later discard).
    static func keepFailed(_ state: inout AppState, in catalog: inout Catalog) {
        for (id, var failed) in state.failedWrites where id > 0 {
            if let theirs = catalog.entries[id] { failed.original = theirs }
            state.failedWrites[id] = failed
            catalog.entries[id] = state.catalog.entries[id] ?? catalog.entries[id]
        }
    }
}
