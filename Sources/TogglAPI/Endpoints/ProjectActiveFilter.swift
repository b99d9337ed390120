/// Which projects `GET /workspaces/{wid}/projects` lists, by its `active` parameter.
public enum ProjectActiveFilter: String, Sendable, Hashable, CaseIterable {
    /// Only active projects (`active=true`).
    case active = "true"
    /// Only archived projects (`active=false`).
    case archived = "false"
    /// Active and archived projects (`active=both`).
    case both
}
