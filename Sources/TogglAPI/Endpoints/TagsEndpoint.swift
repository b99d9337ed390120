import Foundation
import TogglModels

/// A workspace's tags: `/workspaces/{wid}/tags…`.
///
/// Toggl has no "get one tag" route; find a tag in ``list(in:search:page:perPage:)``. Every call
/// counts against the workspace's organization quota. The cross-workspace `/me/tags` list lives
/// with the `/me` endpoints.
public struct TagsEndpoint: Sendable {
    let api: TogglAPIClient

    /// The tags of a workspace (`GET /workspaces/{wid}/tags`).
    /// - Parameters:
    ///   - search: only tags whose name matches.
    ///   - page: 1-based page number; `nil` sends nothing.
    ///   - perPage: page size; `nil` sends nothing.
    /// - Returns: the tags; `[]` when Toggl answers `null`.
    public func list(in workspaceID: Int64, search: String? = nil, page: Int? = nil, perPage: Int? = nil) async throws -> [Tag] {
        var query: [QueryItem] = []
        if let page { query.append(QueryItem("page", String(max(1, page)))) }
        if let perPage { query.append(QueryItem("per_page", String(max(1, perPage)))) }
        if let search { query.append(QueryItem("search", search)) }
        let request = APIRequest(.get, Self.path(workspaceID), query: query)
        return try await api.send(request, decoding: [Tag]?.self) ?? []
    }

    /// Creates a tag named `name` (`POST /workspaces/{wid}/tags`).
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the name is empty or only
    ///   whitespace; otherwise what Toggl answers (400 when the name exists, 403 when only
    ///   admins may manage tags).
    public func create(in workspaceID: Int64, name: String) async throws -> Tag {
        try await create(in: workspaceID, TagPayload(name: name))
    }

    /// Creates a tag (`POST /workspaces/{wid}/tags`).
    ///
    /// Toggl answers one Tag object (its Swagger claims an array); an array is accepted too and
    /// its first tag returned.
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload has no name or
    ///   only whitespace.
    public func create(in workspaceID: Int64, _ payload: TagPayload) async throws -> Tag {
        _ = try EndpointInputs.requireName(payload.name, of: "Tag")
        let request = try APIRequest(.post, Self.path(workspaceID), json: payload)
        return try await api.send(request, decoding: SingleTag.self).tag
    }

    /// Renames a tag (`PUT /workspaces/{wid}/tags/{tag_id}`); answered like ``create(in:_:)``.
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the name is empty or only
    ///   whitespace.
    public func update(_ id: Int64, in workspaceID: Int64, name: String) async throws -> Tag {
        _ = try EndpointInputs.requireName(name, of: "Tag")
        let request = try APIRequest(.put, Self.path(workspaceID) + "/\(id)", json: TagPayload(name: name))
        return try await api.send(request, decoding: SingleTag.self).tag
    }

    /// Deletes a tag (`DELETE /workspaces/{wid}/tags/{tag_id}`). A tag that is already gone
    /// throws ``APIError/notFound(message:)``.
    public func delete(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.send(APIRequest(.delete, Self.path(workspaceID) + "/\(id)"))
    }

    static func path(_ workspaceID: Int64) -> String {
        "/workspaces/\(workspaceID)/tags"
    }
}

/// A tag sent as one object (what Toggl does) or as an array holding it (what the Swagger says).
private struct SingleTag: Decodable {
    let tag: Tag

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let tag = try? container.decode(Tag.self) {
            self.tag = tag
            return
        }
        guard let first = try container.decode([Tag].self).first else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "An empty array instead of a tag")
        }
        tag = first
    }
}

extension TogglAPIClient {
    /// A workspace's tags: list, create, rename and delete.
    public var tags: TagsEndpoint { TagsEndpoint(api: self) }
}
