#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    /// Shows entry writes another process journaled (``AppMessage/journaledElsewhere(_:)``),
    /// oldest first. Pending ones are counted like the app's own, so their answers settle them.
    static func journaledElsewhere(_ state: inout AppState, _ writes: [WriteElsewhere]) -> [AppEffect] {
        for write in writes {
            switch write.effect {
            case .startEntry(let localID, let workspaceID, let payload), .createEntry(let localID, let workspaceID, let payload):
                let id = write.savedAs ?? localID
                let entry = TimeEntry(id: id, workspaceID: workspaceID, payload: payload, userID: state.profile?.userID ?? 0)
                // Toggl stops the running timer itself when another starts.
                if entry.isRunning, let running = state.runningEntry, running.id != id {
                    state.catalog.entries[running.id] = running.stopped(at: entry.start)
                }
                state.catalog.entries[id] = entry
                if id < 0 { state.nextLocalID = min(state.nextLocalID, id - 1) }
                if write.isPending { markPending(&state, id, original: nil) }
            case .updateEntry(let id, _, _, _), .stopEntry(let id, _, _, _), .deleteEntry(let id, _, _):
                guard let entry = state.catalog.entries[id] else { continue }
                if write.isPending { markPending(&state, id, original: entry) }
                state.catalog.entries[id] = entry.applying(write.effect)
            default:
                continue
            }
        }
        if !writes.isEmpty { inform(&state, writes.count == 1 ? "1 change made elsewhere." : "\(writes.count) changes made elsewhere.") }
        return []
    }
}
