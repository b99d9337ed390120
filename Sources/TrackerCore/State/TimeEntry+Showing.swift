import TogglModels

extension TimeEntry {
    /// Toggl's copy of an entry (its id and server fields) showing what the user sees in
    /// `local`: used while later writes to it are still on their way.
    func showing(_ local: TimeEntry) -> TimeEntry {
        var shown = self
        shown.workspaceID = local.workspaceID
        shown.projectID = local.projectID
        shown.taskID = local.taskID
        shown.billable = local.billable
        shown.start = local.start
        shown.stop = local.stop
        shown.duration = local.duration
        shown.description = local.description
        shown.tags = local.tags
        shown.tagIDs = local.tagIDs
        return shown
    }
}
