#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension TimeEntryPayload {
    /// This payload with every field `later` sets laid over it: what sending both, in order,
    /// would leave on the server. (`tagAction` travels with `tags`/`tag_ids`.)
    public func merging(_ later: TimeEntryPayload) -> TimeEntryPayload {
        var merged = self
        if let value = later.workspaceID { merged.workspaceID = value }
        if let value = later.createdWith { merged.createdWith = value }
        if let value = later.start { merged.start = value }
        if let value = later.duration { merged.duration = value }
        if let value = later.stop { merged.stop = value }
        if let value = later.description { merged.description = value }
        if let value = later.projectID { merged.projectID = value }
        if let value = later.taskID { merged.taskID = value }
        if later.tags != nil || later.tagIDs != nil {
            merged.tags = later.tags ?? merged.tags
            merged.tagIDs = later.tagIDs ?? merged.tagIDs
            merged.tagAction = later.tagAction
        }
        if let value = later.billable { merged.billable = value }
        if let value = later.userID { merged.userID = value }
        return merged
    }

    /// This payload after the entry it describes was stopped at `stop`: finished, with its
    /// duration when the start is known.
    public func stopped(at stop: Date) -> TimeEntryPayload {
        var stopped = self
        stopped.stop = .set(stop)
        if let start {
            // Clamped before `Int(…)`: dates from a damaged journal never trap.
            let seconds = stop.timeIntervalSince(start)
            stopped.duration = seconds.isFinite ? Int(min(max(0, seconds), 1e15).rounded()) : 0
        } else {
            stopped.duration = nil
        }
        return stopped
    }
}
