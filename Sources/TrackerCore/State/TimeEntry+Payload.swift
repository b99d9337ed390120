#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension TimeEntry {
    /// The entry a create payload describes, under `id` (a local id until Toggl gives one). A
    /// payload with a stop and no duration lasts from start to stop, as Toggl makes it.
    public init(id: Int64, workspaceID: Int64, payload: TimeEntryPayload, userID: Int64 = 0) {
        let start = payload.start ?? Date(timeIntervalSince1970: 0)
        let lasting = payload.stop?.value.map { max(0, DurationLimit.wholeSeconds($0.timeIntervalSince(start))) }
        self.init(
            id: id, workspaceID: payload.workspaceID ?? workspaceID, projectID: payload.projectID?.value,
            taskID: payload.taskID?.value, userID: userID, billable: payload.billable ?? false, start: start,
            stop: payload.stop?.value, duration: payload.duration ?? lasting ?? -1, description: payload.description?.value,
            tags: payload.tags ?? [], tagIDs: payload.tagIDs ?? [])
    }

    /// This entry as entry write `effect` about it leaves it: an update's fields set, stopped
    /// (when running) by a stop, nil after a delete; unchanged by anything else.
    public func applying(_ effect: AppEffect) -> TimeEntry? {
        switch effect {
        case .updateEntry(_, _, let payload, _): applying(payload)
        case .stopEntry(_, _, let at, _): isRunning ? stopped(at: at) : self
        case .deleteEntry: nil
        default: self
        }
    }

    /// This entry with the fields `payload` sets.
    public func applying(_ payload: TimeEntryPayload) -> TimeEntry {
        var entry = self
        if let value = payload.workspaceID { entry.workspaceID = value }
        if let value = payload.start { entry.start = value }
        if let value = payload.stop { entry.stop = value.value }
        if let value = payload.duration { entry.duration = DurationLimit.clamped(value) }
        if let value = payload.description { entry.description = value.value }
        if let value = payload.projectID { entry.projectID = value.value }
        if let value = payload.taskID { entry.taskID = value.value }
        if let value = payload.tags { entry.tags = value }
        if let value = payload.tagIDs { entry.tagIDs = value }
        if let value = payload.billable { entry.billable = value }
        if payload.stop?.value != nil || payload.start != nil, let stop = entry.stop, payload.duration == nil {
            entry.duration = max(0, DurationLimit.wholeSeconds(stop.timeIntervalSince(entry.start)))
        }
        return entry
    }

    /// This entry stopped at `stop`.
    public func stopped(at stop: Date) -> TimeEntry {
        var entry = self
        entry.stop = max(stop, entry.start)
        entry.duration = max(0, DurationLimit.wholeSeconds(stop.timeIntervalSince(entry.start)))
        return entry
    }
}
