/// What happens to a project's time entries when the project is deleted (`teDeletionMode`).
public enum ProjectDeletionMode: String, Sendable, Hashable, CaseIterable {
    /// Delete the project's time entries too.
    case delete
    /// Keep the time entries, without a project.
    case unassign
}
