import Foundation
import TogglModels

/// A workspace's members in brief: `GET /workspaces/{wid}/users`.
///
/// Read-only in this library. For full membership rows (rates, groups, admin flags) see
/// ``WorkspaceUsersEndpoint``.
public struct UsersEndpoint: Sendable {
    let api: TogglAPIClient

    /// The members of a workspace (`GET /workspaces/{wid}/users`).
    /// - Parameter excludeDeleted: `true` leaves out deleted members; `nil` sends nothing.
    /// - Returns: the members; `[]` when Toggl answers `null`.
    public func list(in workspaceID: Int64, excludeDeleted: Bool? = nil) async throws -> [SimpleWorkspaceUser] {
        let query = excludeDeleted.map { [QueryItem("exclude_deleted", EndpointInputs.flag($0))] } ?? []
        let request = APIRequest(.get, "/workspaces/\(workspaceID)/users", query: query)
        return try await api.send(request, decoding: [SimpleWorkspaceUser]?.self) ?? []
    }
}

extension TogglAPIClient {
    /// A workspace's members in brief (read-only).
    public var users: UsersEndpoint { UsersEndpoint(api: self) }
}
