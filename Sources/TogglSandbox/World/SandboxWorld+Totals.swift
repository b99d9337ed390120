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
            // Durations may come from a loaded world: sums saturate rather than trap.
            let seconds = entry.isRunning
                ? max(0, SaturatingArithmetic.seconds(from: entry.start, to: now)) : max(0, entry.duration)
            if let projectID = entry.projectID {
                totals.secondsByProject[projectID] = SaturatingArithmetic.add(totals.secondsByProject[projectID] ?? 0, seconds)
            }
            if let taskID = entry.taskID {
                totals.secondsByTask[taskID] = SaturatingArithmetic.add(totals.secondsByTask[taskID] ?? 0, seconds)
            }
        }
        for task in tasks.all where task.deletedAt == nil {
            totals.tasksByProject[task.projectID, default: 0] += 1
        }
        return totals
    }
}
