/// Which clients `GET /workspaces/{wid}/clients` lists.
public enum ClientStatus: String, Sendable, Hashable, CaseIterable {
    /// Only clients that are not archived (Toggl's default).
    case active
    /// Only archived clients.
    case archived
    /// Active and archived clients.
    case both
}
