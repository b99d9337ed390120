#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DetailedReportRow {
    /// The row's entries as ``TimeEntry`` values of workspace `workspaceID` (a report row does
    /// not name its workspace), for reading days `/me/time_entries` no longer serves.
    ///
    /// Each entry takes the row's shared attributes; tag names come from `enrich_response`
    /// (empty without it). Entries without a start are left out. A report holds no running
    /// entries: the duration is `stop − start` (`seconds` may be rounded by the workspace's
    /// report settings), with `start + seconds` standing in for a missing `stop`.
    public func timeEntries(in workspaceID: Int64) -> [TimeEntry] {
        timeEntries.compactMap { entry in
            guard let start = entry.start else { return nil }
            let stop = entry.stop ?? start.addingTimeInterval(TimeInterval(entry.seconds))
            return TimeEntry(
                id: entry.id, workspaceID: workspaceID, projectID: projectID, taskID: taskID, userID: userID ?? 0,
                billable: billable, start: start, stop: stop, duration: max(0, DurationLimit.wholeSeconds(stop.timeIntervalSince(start).rounded())),
                description: description, tags: tagNames ?? [], tagIDs: tagIDs, at: entry.at, clientName: clientName,
                projectName: projectName, projectColor: projectHex ?? projectColor, taskName: taskName, userName: username)
        }
    }
}
