import Foundation
import TogglModels

/// Workspaces: list, read and change settings. Toggl offers no way to delete a workspace
/// through the API; new workspaces come with a new organization
/// (``OrganizationsEndpoint/create(name:workspaceName:)``).
public struct WorkspacesEndpoint: Sendable {
    let api: TogglAPIClient

    /// `GET /me/workspaces`: the caller's workspaces (each with `activeProjectCount`); with
    /// `since`, only those changed at or after it. The same request as ``MeEndpoint/workspaces(since:)``.
    /// - Throws: ``APIError``.
    public func list(since: Date? = nil) async throws -> [Workspace] {
        try await api.me.workspaces(since: since)
    }

    /// `GET /workspaces/{wid}`: one workspace, or `nil` when Toggl answers 404.
    /// - Throws: ``APIError`` other than 404 (403 when the caller has no access).
    public func get(_ id: Int64) async throws -> Workspace? {
        do {
            return try await api.send(APIRequest(.get, "/workspaces/\(id)"))
        } catch APIError.notFound {
            return nil
        }
    }

    /// `PUT /workspaces/{wid}`: changes the settings set in `payload` (admins only) and returns
    /// the updated workspace.
    /// - Throws: ``APIError``.
    public func update(_ id: Int64, _ payload: WorkspacePayload) async throws -> Workspace {
        try await api.send(APIRequest(.put, "/workspaces/\(id)", json: payload))
    }
}

extension TogglAPIClient {
    /// Workspaces: ``WorkspacesEndpoint``.
    public var workspaces: WorkspacesEndpoint { WorkspacesEndpoint(api: self) }
}
