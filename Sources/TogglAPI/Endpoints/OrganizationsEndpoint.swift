import Foundation
import TogglModels

/// Organizations the caller belongs to, and creating a new one (with its first workspace).
public struct OrganizationsEndpoint: Sendable {
    let api: TogglAPIClient

    /// `GET /me/organizations`: the caller's organizations (`[]` when none).
    /// - Throws: ``APIError``.
    public func list() async throws -> [Organization] {
        try await api.send(APIRequest(.get, "/me/organizations"))
    }

    /// `GET /organizations/{oid}`: one organization, or `nil` when Toggl answers 404 (unknown,
    /// or the caller is not a member).
    /// - Throws: ``APIError`` other than 404.
    public func get(_ id: Int64) async throws -> Organization? {
        do {
            return try await api.send(APIRequest(.get, "/organizations/\(id)"))
        } catch APIError.notFound {
            return nil
        }
    }

    /// `POST /organizations`: creates an organization named `name` with a first workspace named
    /// `workspaceName`. New organizations can take a few seconds to become usable.
    /// - Returns: the new organization's and workspace's ids and names.
    /// - Throws: ``APIError/invalidRequest(_:)`` (nothing sent) for a blank name; otherwise
    ///   ``APIError``.
    public func create(name: String, workspaceName: String) async throws -> CreatedOrganization {
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
              !workspaceName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw APIError.invalidRequest("A new organization needs a name and a workspace name.")
        }
        let body = ["name": name, "workspace_name": workspaceName]
        return try await api.send(APIRequest(.post, "/organizations", json: body))
    }
}

extension TogglAPIClient {
    /// Organizations: ``OrganizationsEndpoint``.
    public var organizations: OrganizationsEndpoint { OrganizationsEndpoint(api: self) }
}
