import Foundation
import TogglModels

/// A workspace's memberships in full: `GET /workspaces/{wid}/workspace_users`.
///
/// Read-only in this library (Toggl's update and delete routes for memberships are admin
/// tools a time tracker does not need).
public struct WorkspaceUsersEndpoint: Sendable {
    let api: TogglAPIClient

    /// The memberships of a workspace (`GET /workspaces/{wid}/workspace_users`).
    /// - Parameter includeIndirect: also list users who belong through a group. Always sent,
    ///   since Toggl's specification marks `includeIndirect` as required.
    /// - Returns: the memberships; `[]` when Toggl answers `null`.
    public func list(in workspaceID: Int64, includeIndirect: Bool = false) async throws -> [WorkspaceUser] {
        let query = [QueryItem("includeIndirect", EndpointInputs.flag(includeIndirect))]
        let request = APIRequest(.get, "/workspaces/\(workspaceID)/workspace_users", query: query)
        return try await api.send(request, decoding: [WorkspaceUser]?.self) ?? []
    }
}

extension TogglAPIClient {
    /// A workspace's memberships in full (read-only).
    public var workspaceUsers: WorkspaceUsersEndpoint { WorkspaceUsersEndpoint(api: self) }
}
