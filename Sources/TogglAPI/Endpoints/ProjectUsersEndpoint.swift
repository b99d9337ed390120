import Foundation
import TogglModels

/// Who belongs to which project: `/workspaces/{wid}/project_users…`.
///
/// Every call counts against the workspace's organization quota.
public struct ProjectUsersEndpoint: Sendable {
    let api: TogglAPIClient

    /// The most project ids Toggl accepts in one `project_ids` filter.
    public static let maxProjectIDsPerRequest = 200

    /// The project memberships of a workspace (`GET /workspaces/{wid}/project_users`).
    /// - Parameters:
    ///   - projectIDs: only memberships of these projects. More than
    ///     ``maxProjectIDsPerRequest`` ids are split into several requests (duplicates dropped,
    ///     order kept) and the answers concatenated in order. An empty list matches nothing:
    ///     nothing is sent and the result is `[]`.
    ///   - userID: only memberships of this user.
    ///   - withGroupMembers: also list users who belong through a group.
    /// - Returns: the memberships; `[]` when Toggl answers `null`.
    public func list(
        in workspaceID: Int64, projectIDs: [Int64]? = nil, userID: Int64? = nil, withGroupMembers: Bool? = nil
    ) async throws -> [ProjectUser] {
        var common: [QueryItem] = []
        if let userID { common.append(QueryItem("user_id", String(userID))) }
        if let withGroupMembers { common.append(QueryItem("with_group_members", EndpointInputs.flag(withGroupMembers))) }
        guard let projectIDs else {
            return try await fetch(workspaceID, query: common)
        }
        var seen: Set<Int64> = []
        let unique = projectIDs.filter { seen.insert($0).inserted }
        var rows: [ProjectUser] = []
        var start = unique.startIndex
        while start < unique.endIndex {
            let end = min(start + Self.maxProjectIDsPerRequest, unique.endIndex)
            let batch = Array(unique[start..<end])
            let query = [QueryItem("project_ids", EndpointInputs.commaList(batch))] + common
            rows += try await fetch(workspaceID, query: query)
            start = end
        }
        return rows
    }

    /// Adds a user to a project (`POST /workspaces/{wid}/project_users`).
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload lacks the
    ///   project or the user.
    public func create(in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser {
        guard payload.projectID != nil, payload.userID != nil else {
            throw APIError.invalidRequest("A project user needs a project and a user")
        }
        let request = try APIRequest(.post, Self.path(workspaceID), json: payload)
        return try await api.send(request, decoding: ProjectUser.self)
    }

    /// Changes a project membership (`PUT /workspaces/{wid}/project_users/{id}`), e.g. the
    /// manager flag or the rate; only the payload's set fields are sent.
    public func update(_ id: Int64, in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser {
        let request = try APIRequest(.put, Self.path(workspaceID) + "/\(id)", json: payload)
        return try await api.send(request, decoding: ProjectUser.self)
    }

    /// Removes a user from a project (`DELETE /workspaces/{wid}/project_users/{id}`).
    public func delete(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.send(APIRequest(.delete, Self.path(workspaceID) + "/\(id)"))
    }

    private func fetch(_ workspaceID: Int64, query: [QueryItem]) async throws -> [ProjectUser] {
        let request = APIRequest(.get, Self.path(workspaceID), query: query)
        return try await api.send(request, decoding: [ProjectUser]?.self) ?? []
    }

    static func path(_ workspaceID: Int64) -> String {
        "/workspaces/\(workspaceID)/project_users"
    }
}

extension TogglAPIClient {
    /// Project memberships: list, add, change and remove.
    public var projectUsers: ProjectUsersEndpoint { ProjectUsersEndpoint(api: self) }
}
