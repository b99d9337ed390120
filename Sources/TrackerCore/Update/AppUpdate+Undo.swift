#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Undo (`u`): the user's changes to entries are remembered as ``UndoStep``s; undoing one
/// makes ordinary writes (shown at once, journaled, folded with unsent ones) that put it back.
extension AppUpdate {
    /// Notes a change the user made, keeping the latest ``UndoStep/limit``.
    static func remember(_ state: inout AppState, _ action: UndoStep.Action, label: String) {
        state.undoSteps.append(UndoStep(action, label: label))
        if state.undoSteps.count > UndoStep.limit { state.undoSteps.removeFirst(state.undoSteps.count - UndoStep.limit) }
    }

    /// Takes back the latest remembered change. Undoing is not itself remembered; a step whose
    /// entry no longer exists is dropped with a message.
    static func undo(_ state: inout AppState) -> [AppEffect] {
        guard let step = state.undoSteps.popLast() else {
            inform(&state, "Nothing to undo.")
            return []
        }
        let earlier = state.undoSteps
        let effects = reverse(&state, step)
        state.undoSteps = earlier
        guard let effects else {
            inform(&state, "Cannot undo: \(step.verb) \(step.label) — that entry no longer exists.", level: .warning)
            return []
        }
        inform(&state, "Undid: \(step.verb) \(step.label)", level: .success)
        return effects
    }

    /// The writes that put back what `step` changed (shown at once), or nil when its entry is gone.
    /// A change Toggl refused was never made there: undoing it discards it (Toggl's version back).
    static func reverse(_ state: inout AppState, _ step: UndoStep) -> [AppEffect]? {
        if state.failedWrites[step.entryID]?.kind == step.writeKind { return discardFailure(&state, step.entryID) }
        switch step.action {
        case .started(let entryID, let stoppedID):
            guard let started = state.catalog.entries[entryID] else { return nil }
            var effects = deleteLocally(&state, started)
            if let stopped = stoppedID.flatMap({ state.catalog.entries[$0] }), !stopped.isRunning {
                effects += resumeLocally(&state, stopped)
            }
            return effects
        case .stopped(let entryID):
            guard let stopped = state.catalog.entries[entryID] else { return nil }
            return stopped.isRunning ? [] : resumeLocally(&state, stopped)
        case .added(let entryID):
            guard let added = state.catalog.entries[entryID] else { return nil }
            return deleteLocally(&state, added)
        case .edited(let entryID, let before, let after):
            guard let entry = state.catalog.entries[entryID] else { return nil }
            return saveLocally(&state, original: entry, updated: reverting(entry, from: after, to: before))
        case .deleted(let entry):
            // A delete Toggl refused left the entry in place: nothing to bring back.
            guard state.catalog.entries[entry.id] == nil else { return [] }
            if entry.isRunning {
                return startEntry(&state, workspaceID: entry.workspaceID, description: entry.description, projectID: entry.projectID,
                                  taskID: entry.taskID, tags: entry.tags, billable: entry.billable, start: entry.start)
            }
            return addLocally(&state, entry).effects + fetchIfNeeded(&state)
        case .split(let entryID, let before, let after, let addedID):
            // The added rest goes, and the first part gets its old end back.
            let added = state.catalog.entries[addedID]
            let first = state.catalog.entries[entryID]
            guard added != nil || first != nil else { return nil }
            var effects = added.map { deleteLocally(&state, $0) } ?? []
            if let first {
                // A running entry that was split runs again from its start.
                if before.isRunning, !first.isRunning {
                    effects += resumeLocally(&state, first)
                } else {
                    effects += saveLocally(&state, original: first, updated: reverting(first, from: after, to: before))
                }
            }
            return effects
        case .joined(let entryID, let before, let after, let deleted):
            // The deleted entry comes back (under a new id), and the first its old end.
            var effects: [AppEffect] = []
            if state.catalog.entries[deleted.id] == nil { effects += addLocally(&state, deleted).effects }
            if let first = state.catalog.entries[entryID] {
                effects += saveLocally(&state, original: first, updated: reverting(first, from: after, to: before))
            }
            return effects + fetchIfNeeded(&state)
        }
    }

    /// Shows a stopped entry running again from its start and returns the writes: the stop of
    /// the timer running now, if any (as starting does), then an update Toggl reads as "running"
    /// (`duration: -1`, `stop: null`), which keeps the entry's id and start.
    static func resumeLocally(_ state: inout AppState, _ entry: TimeEntry) -> [AppEffect] {
        let stop = stopLocally(&state)
        markPending(&state, entry.id, original: entry)
        var resumed = entry
        resumed.stop = nil
        resumed.duration = -1
        state.catalog.entries[entry.id] = resumed
        return stop + [.updateEntry(id: entry.id, workspaceID: entry.workspaceID, TimeEntryPayload(duration: -1, stop: .clear), baseAt: entry.at)]
    }

    /// `entry` with the fields an edit changed (from `before` to `after`) set back to `before`.
    static func reverting(_ entry: TimeEntry, from after: TimeEntry, to before: TimeEntry) -> TimeEntry {
        var reverted = entry
        if after.description != before.description { reverted.description = before.description }
        if after.projectID != before.projectID { reverted.projectID = before.projectID }
        if after.taskID != before.taskID { reverted.taskID = before.taskID }
        if after.tags != before.tags { reverted.tags = before.tags }
        if after.billable != before.billable { reverted.billable = before.billable }
        if after.start != before.start { reverted.start = before.start }
        if after.stop != before.stop, let stop = before.stop { reverted.stop = stop }
        if !reverted.isRunning, let stop = reverted.stop, reverted.start != entry.start || reverted.stop != entry.stop {
            reverted.duration = Int(stop.timeIntervalSince(reverted.start))
        }
        return reverted
    }
}

extension AppState {
    /// Gives the undo steps Toggl's id for an entry they knew by its local id.
    mutating func remapUndoSteps(_ localID: Int64, to id: Int64) {
        undoSteps = undoSteps.map { $0.remapping(localID, to: id) }
    }
}
