import Foundation
import TogglModels

// MINIMAL STAND-IN, written on the entity branch only so `/me?with_related_data=true` can list
// time entries. The time-entry branch owns the real rendering of this file; at merge, keep
// theirs (it must provide `TimeEntryRecord.rendered(in:now:)` with this meaning).

extension TimeEntryRecord {
    /// The entry as Toggl's reads show it: tag names and ids, `−(start epoch) − 1` as the
    /// duration of a running entry, `server_deleted_at` when deleted.
    func rendered(in world: SandboxWorld, now: Date) -> TimeEntry {
        let liveTags = tagIDs.compactMap { world.tags[$0] }.filter { $0.deletedAt == nil }
        return TimeEntry(
            id: id,
            workspaceID: workspaceID,
            projectID: projectID,
            taskID: taskID,
            userID: userID,
            billable: billable,
            start: start,
            stop: stop,
            duration: isRunning ? -Int(start.timeIntervalSince1970.rounded(.down)) - 1 : duration,
            description: description,
            tags: liveTags.map(\.name),
            tagIDs: liveTags.map(\.id),
            at: at,
            serverDeletedAt: deletedAt
        )
    }
}
