/// Everything a key can ask the app to do outside text fields. Names are the config file's
/// spelling (`[keys] start = s`).
public enum AppAction: String, Sendable, Hashable, CaseIterable {
    case quit, help, sync, undo
    case nextPane = "next-pane", previousPane = "previous-pane"
    case focusWorkspaces = "focus-workspaces", focusClients = "focus-clients", focusProjects = "focus-projects"
    case focusTimer = "focus-timer", focusEntries = "focus-entries"
    case moveUp = "up", moveDown = "down", moveTop = "top", moveBottom = "bottom"
    case pageUp = "page-up", pageDown = "page-down"
    case activate, start, stop
    case continueEntry = "continue"
    case addEntry = "add"
    case edit, delete, new, filter
    case previousDay = "previous-day", nextDay = "next-day"
    case previousWeek = "previous-week", nextWeek = "next-week"
    case today
    case toggleSummary = "summary"
    case timeline
}
