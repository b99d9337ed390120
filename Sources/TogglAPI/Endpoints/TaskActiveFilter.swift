/// Which tasks `GET /workspaces/{wid}/tasks` lists, by its `active` parameter.
public enum TaskActiveFilter: String, Sendable, Hashable, CaseIterable {
    /// Only open tasks (`active=true`).
    case active = "true"
    /// Only done tasks (`active=false`).
    case done = "false"
    /// Open and done tasks (`active=both`).
    case both
}
