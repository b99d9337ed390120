import Foundation
import TogglModels

/// A workspace's clients: `/workspaces/{wid}/clients…`.
///
/// The same ground as toggl-api-wrapper's `ClientEndpoint` (add/get/edit/delete/collect), plus
/// archiving, restoring and the bulk routes. Every call counts against the workspace's
/// organization quota. The cross-workspace `/me/clients` list lives with the `/me` endpoints.
public struct ClientsEndpoint: Sendable {
    let api: TogglAPIClient

    /// The clients of a workspace (`GET /workspaces/{wid}/clients`).
    /// - Parameters:
    ///   - status: which clients; `nil` sends nothing and Toggl lists the active ones.
    ///   - name: keep clients whose name contains this text, ignoring case.
    /// - Returns: the clients; `[]` when Toggl answers `null`.
    public func list(in workspaceID: Int64, status: ClientStatus? = nil, name: String? = nil) async throws -> [Client] {
        var query: [QueryItem] = []
        if let status { query.append(QueryItem("status", status.rawValue)) }
        if let name { query.append(QueryItem("name", name)) }
        let request = APIRequest(.get, Self.path(workspaceID), query: query)
        return try await api.send(request, decoding: [Client]?.self) ?? []
    }

    /// One client (`GET /workspaces/{wid}/clients/{cid}`), or `nil` when Toggl answers 404.
    public func get(_ id: Int64, in workspaceID: Int64) async throws -> Client? {
        do {
            return try await api.send(APIRequest(.get, Self.path(workspaceID, id)), decoding: Client?.self)
        } catch APIError.notFound {
            return nil
        }
    }

    /// Creates a client (`POST /workspaces/{wid}/clients`).
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload has no name or
    ///   only whitespace; otherwise what Toggl answers (e.g. 400 for a duplicate name).
    public func create(in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client {
        _ = try EndpointInputs.requireName(payload.name, of: "Client")
        let request = try APIRequest(.post, Self.path(workspaceID), json: payload)
        return try await api.send(request, decoding: Client.self)
    }

    /// Changes a client (`PUT /workspaces/{wid}/clients/{cid}`); only the payload's set fields
    /// are sent.
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload sets a blank name.
    public func update(_ id: Int64, in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client {
        try EndpointInputs.rejectBlankName(payload.name, of: "Client")
        let request = try APIRequest(.put, Self.path(workspaceID, id), json: payload)
        return try await api.send(request, decoding: Client.self)
    }

    /// Deletes a client (`DELETE /workspaces/{wid}/clients/{cid}`). A client that is already gone
    /// throws ``APIError/notFound(message:)``.
    public func delete(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.send(APIRequest(.delete, Self.path(workspaceID, id)))
    }

    /// Archives a client and its projects (`POST /workspaces/{wid}/clients/{cid}/archive`).
    ///
    /// Premium workspaces only: on other plans Toggl answers 402, which arrives as
    /// ``APIError/premiumRequired(message:)``.
    /// - Returns: the ids of the projects archived with the client.
    public func archive(_ id: Int64, in workspaceID: Int64) async throws -> [Int64] {
        let request = APIRequest(.post, Self.path(workspaceID, id) + "/archive", isIdempotent: true)
        return try await api.send(request, decoding: [Int64]?.self) ?? []
    }

    /// Restores an archived client (`POST /workspaces/{wid}/clients/{cid}/restore`), and with it
    /// the given projects or all of its projects.
    /// - Parameters:
    ///   - projectIDs: projects to restore with the client (sent as `projects`).
    ///   - restoreAllProjects: restore every project of the client (sent only when `true`).
    public func restore(
        _ id: Int64, in workspaceID: Int64, projectIDs: [Int64]? = nil, restoreAllProjects: Bool = false
    ) async throws -> Client {
        let body = RestoreBody(projects: projectIDs, restoreAllProjects: restoreAllProjects ? true : nil)
        let request = try APIRequest(.post, Self.path(workspaceID, id) + "/restore", json: body, isIdempotent: true)
        return try await api.send(request, decoding: Client.self)
    }

    /// Archives several clients and their projects in one request
    /// (`POST /workspaces/{wid}/clients/archive`). Premium only, like archiving one client.
    /// An empty list sends nothing.
    /// - Returns: what Toggl archived, as it reports it.
    public func archive(_ ids: [Int64], in workspaceID: Int64) async throws -> [ClientArchiveResult] {
        guard !ids.isEmpty else { return [] }
        let request = try APIRequest(.post, Self.path(workspaceID) + "/archive", json: ids, isIdempotent: true)
        return try await api.send(request, decoding: [ClientArchiveResult]?.self) ?? []
    }

    /// Deletes several clients in one request (`POST /workspaces/{wid}/clients/delete`).
    /// An empty list sends nothing.
    public func delete(_ ids: [Int64], in workspaceID: Int64) async throws {
        guard !ids.isEmpty else { return }
        try await api.send(APIRequest(.post, Self.path(workspaceID) + "/delete", json: ids, isIdempotent: true))
    }

    /// The clients with the given ids, in one request (`POST /workspaces/{wid}/clients/data`).
    /// An empty list sends nothing.
    public func data(_ ids: [Int64], in workspaceID: Int64) async throws -> [Client] {
        guard !ids.isEmpty else { return [] }
        let request = try APIRequest(.post, Self.path(workspaceID) + "/data", json: ids, isIdempotent: true)
        return try await api.send(request, decoding: [Client]?.self) ?? []
    }

    static func path(_ workspaceID: Int64) -> String {
        "/workspaces/\(workspaceID)/clients"
    }

    static func path(_ workspaceID: Int64, _ id: Int64) -> String {
        "/workspaces/\(workspaceID)/clients/\(id)"
    }
}

/// The body of `POST …/clients/{cid}/restore`; unset fields are not sent.
private struct RestoreBody: Encodable {
    var projects: [Int64]?
    var restoreAllProjects: Bool?

    enum CodingKeys: String, CodingKey {
        case projects
        case restoreAllProjects = "restore_all_projects"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(projects, forKey: .projects)
        try c.encodeIfPresent(restoreAllProjects, forKey: .restoreAllProjects)
    }
}

extension TogglAPIClient {
    /// A workspace's clients: list, get, create, update, delete, archive and restore.
    public var clients: ClientsEndpoint { ClientsEndpoint(api: self) }
}
