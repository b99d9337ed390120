#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Toggl client (`GET /workspaces/{wid}/clients`, `/me/clients`, embedded in `/me`).
///
/// The workspace key is `wid` on the wire (not `workspace_id`); decoding also accepts
/// `workspace_id`. Every field but `id` may be `null` or absent.
public struct Client: Sendable, Hashable, Codable, Identifiable {
    /// The client id (server-owned).
    public let id: Int64
    /// The workspace (`wid`); 0 if the server sent none.
    public var workspaceID: Int64
    /// The client name (`""` when absent).
    public var name: String
    /// Whether the client is archived.
    public var archived: Bool
    /// Last modification (server-owned).
    public let at: Date?
    /// Who created the client (server-owned).
    public let creatorID: Int64?
    /// Free-form notes.
    public var notes: String?
    /// A reference to the client in another system.
    public var externalReference: String?
    /// Linked integration provider, shape not modelled.
    public let integrationProvider: JSONValue?
    /// External id in the linked integration.
    public let integrationExtID: String?
    /// External type in the linked integration.
    public let integrationExtType: String?
    /// Permissions of the caller on this client, if sent.
    public let permissions: [String]?
    /// Total count of a listing, when the server adds it to rows.
    public let totalCount: Int?

    /// Creates a client (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        workspaceID: Int64,
        name: String,
        archived: Bool = false,
        at: Date? = nil,
        creatorID: Int64? = nil,
        notes: String? = nil,
        externalReference: String? = nil,
        integrationProvider: JSONValue? = nil,
        integrationExtID: String? = nil,
        integrationExtType: String? = nil,
        permissions: [String]? = nil,
        totalCount: Int? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.archived = archived
        self.at = at
        self.creatorID = creatorID
        self.notes = notes
        self.externalReference = externalReference
        self.integrationProvider = integrationProvider
        self.integrationExtID = integrationExtID
        self.integrationExtType = integrationExtType
        self.permissions = permissions
        self.totalCount = totalCount
    }

    enum CodingKeys: String, CodingKey {
        case id, wid
        case workspaceID = "workspace_id"
        case name, archived, at
        case creatorID = "creator_id"
        case notes
        case externalReference = "external_reference"
        case integrationProvider = "integration_provider"
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
        case permissions
        case totalCount = "total_count"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        workspaceID = try c.decodeFirst(Int64.self, .wid, .workspaceID) ?? 0
        name = try c.decode(.name, default: "")
        archived = try c.decode(.archived, default: false)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        creatorID = try c.decodeIfPresent(Int64.self, forKey: .creatorID)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        externalReference = try c.decodeIfPresent(String.self, forKey: .externalReference)
        integrationProvider = try c.decodeIfPresent(JSONValue.self, forKey: .integrationProvider)
        integrationExtID = try c.decodeIfPresent(String.self, forKey: .integrationExtID)
        integrationExtType = try c.decodeIfPresent(String.self, forKey: .integrationExtType)
        permissions = try c.decodeIfPresent([String].self, forKey: .permissions)
        totalCount = try c.decodeIfPresent(Int.self, forKey: .totalCount)
    }

    /// Encodes Toggl's read shape (`wid`, and `null` for a missing `at`/`creator_id`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .wid)
        try c.encode(name, forKey: .name)
        try c.encode(archived, forKey: .archived)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(creatorID, forKey: .creatorID)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(externalReference, forKey: .externalReference)
        try c.encodeIfPresent(integrationProvider, forKey: .integrationProvider)
        try c.encodeIfPresent(integrationExtID, forKey: .integrationExtID)
        try c.encodeIfPresent(integrationExtType, forKey: .integrationExtType)
        try c.encodeIfPresent(permissions, forKey: .permissions)
        try c.encodeIfPresent(totalCount, forKey: .totalCount)
    }
}
