/// The answer to `POST /organizations`: the new organization and its first workspace.
public struct CreatedOrganization: Sendable, Hashable, Codable, Identifiable {
    /// The new organization id.
    public let id: Int64
    /// The organization name.
    public let name: String
    /// The workspace created with it.
    public let workspaceID: Int64?
    /// That workspace's name.
    public let workspaceName: String?

    /// Creates the value (for tests and the sandbox).
    public init(id: Int64, name: String, workspaceID: Int64? = nil, workspaceName: String? = nil) {
        self.id = id
        self.name = name
        self.workspaceID = workspaceID
        self.workspaceName = workspaceName
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case workspaceID = "workspace_id"
        case workspaceName = "workspace_name"
    }

    /// Decodes leniently (`name` defaults to `""`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        name = try c.decode(.name, default: "")
        workspaceID = try c.decodeIfPresent(Int64.self, forKey: .workspaceID)
        workspaceName = try c.decodeIfPresent(String.self, forKey: .workspaceName)
    }

    /// Encodes the four fields (`null` for missing workspace values).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeNullable(workspaceID, forKey: .workspaceID)
        try c.encodeNullable(workspaceName, forKey: .workspaceName)
    }
}
