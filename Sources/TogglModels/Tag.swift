#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Toggl tag (`GET /workspaces/{wid}/tags`, `/me/tags`, embedded in `/me`).
///
/// Every field but `id` may be `null` or absent.
public struct Tag: Sendable, Hashable, Codable, Identifiable {
    /// The tag id (server-owned).
    public let id: Int64
    /// The workspace; 0 if the server sent none.
    public var workspaceID: Int64
    /// The tag name (`""` when absent).
    public var name: String
    /// Creation or last modification (server-owned).
    public let at: Date?
    /// Who created the tag (server-owned).
    public let creatorID: Int64?
    /// When the tag was deleted (server-owned).
    public let deletedAt: Date?
    /// Permissions of the caller on this tag, if sent.
    public let permissions: [String]?
    /// Linked integration provider, shape not modelled.
    public let integrationProvider: JSONValue?
    /// External id in the linked integration.
    public let integrationExtID: String?
    /// External type in the linked integration.
    public let integrationExtType: String?

    /// Creates a tag (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        workspaceID: Int64,
        name: String,
        at: Date? = nil,
        creatorID: Int64? = nil,
        deletedAt: Date? = nil,
        permissions: [String]? = nil,
        integrationProvider: JSONValue? = nil,
        integrationExtID: String? = nil,
        integrationExtType: String? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.at = at
        self.creatorID = creatorID
        self.deletedAt = deletedAt
        self.permissions = permissions
        self.integrationProvider = integrationProvider
        self.integrationExtID = integrationExtID
        self.integrationExtType = integrationExtType
    }

    enum CodingKeys: String, CodingKey {
        case id
        case workspaceID = "workspace_id"
        case wid, name, at
        case creatorID = "creator_id"
        case deletedAt = "deleted_at"
        case permissions
        case integrationProvider = "integration_provider"
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
    }

    /// Decodes leniently (also accepts a legacy `wid`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        workspaceID = try c.decodeFirst(Int64.self, .workspaceID, .wid) ?? 0
        name = try c.decode(.name, default: "")
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        creatorID = try c.decodeIfPresent(Int64.self, forKey: .creatorID)
        deletedAt = try c.decodeIfPresent(Date.self, forKey: .deletedAt)
        permissions = try c.decodeIfPresent([String].self, forKey: .permissions)
        integrationProvider = try c.decodeIfPresent(JSONValue.self, forKey: .integrationProvider)
        integrationExtID = try c.decodeIfPresent(String.self, forKey: .integrationExtID)
        integrationExtType = try c.decodeIfPresent(String.self, forKey: .integrationExtType)
    }

    /// Encodes Toggl's read shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(name, forKey: .name)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(creatorID, forKey: .creatorID)
        try c.encodeIfPresent(deletedAt, forKey: .deletedAt)
        try c.encodeIfPresent(permissions, forKey: .permissions)
        try c.encodeIfPresent(integrationProvider, forKey: .integrationProvider)
        try c.encodeIfPresent(integrationExtID, forKey: .integrationExtID)
        try c.encodeIfPresent(integrationExtType, forKey: .integrationExtType)
    }
}
