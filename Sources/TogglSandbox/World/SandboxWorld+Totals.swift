import Foundation
import TogglModels

/// Time tracked per project and per task, summed once per request so rendering a list of
/// projects or tasks does not scan the time entries for every row.
struct TrackedTotals: Sendable {
    /// Seconds tracked on each project (non-deleted entries; running ones up to `now`).
    var secondsByProject: [Int64: Int] = [:]
    /// Seconds tracked on each task.
    var secondsByTask: [Int64: Int] = [:]
    /// Non-deleted tasks per project.
    var tasksByProject: [Int64: Int] = [:]
}

extension SandboxWorld {
    /// The tracked time of every project and task as of `now`.
    func trackedTotals(now: Date) -> TrackedTotals {
        var totals = TrackedTotals()
        for entry in timeEntries.all where entry.deletedAt == nil {
            // A world loaded from a file may hold any number: saturated, so the sums cannot trap.
            let seconds = max(0, entry.isRunning ? DurationLimit.wholeSeconds(now.timeIntervalSince(entry.start)) : DurationLimit.clamped(entry.duration))
            if let projectID = entry.projectID { totals.secondsByProject[projectID, default: 0] += seconds }
            if let taskID = entry.taskID { totals.secondsByTask[taskID, default: 0] += seconds }
        }
        for task in tasks.all where task.deletedAt == nil {
            totals.tasksByProject[task.projectID, default: 0] += 1
        }
        return totals
    }
}
