/// A workspace member as listed by `GET /workspaces/{wid}/users`.
///
/// Every field but `id` may be `null` or absent.
public struct SimpleWorkspaceUser: Sendable, Hashable, Codable, Identifiable {
    /// The global user id.
    public let id: Int64
    /// Email.
    public let email: String?
    /// Full name.
    public let fullname: String?
    /// Role in the workspace.
    public let role: String?
    /// The user has joined the workspace.
    public let isActive: Bool
    /// The user was deactivated in the workspace.
    public let inactive: Bool
    /// Admin flag (deprecated by Toggl; see ``role``).
    public let isAdmin: Bool

    /// Creates the value (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        email: String? = nil,
        fullname: String? = nil,
        role: String? = nil,
        isActive: Bool = true,
        inactive: Bool = false,
        isAdmin: Bool = false
    ) {
        self.id = id
        self.email = email
        self.fullname = fullname
        self.role = role
        self.isActive = isActive
        self.inactive = inactive
        self.isAdmin = isAdmin
    }

    enum CodingKeys: String, CodingKey {
        case id, email, fullname, role
        case isActive = "is_active"
        case inactive
        case isAdmin = "is_admin"
    }

    /// Decodes leniently (`is_active` defaults to `true`, the other flags to `false`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        fullname = try c.decodeIfPresent(String.self, forKey: .fullname)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        isActive = try c.decode(.isActive, default: true)
        inactive = try c.decode(.inactive, default: false)
        isAdmin = try c.decode(.isAdmin, default: false)
    }

    /// Encodes all seven fields (`null` for unset strings).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeNullable(email, forKey: .email)
        try c.encodeNullable(fullname, forKey: .fullname)
        try c.encodeNullable(role, forKey: .role)
        try c.encode(isActive, forKey: .isActive)
        try c.encode(inactive, forKey: .inactive)
        try c.encode(isAdmin, forKey: .isAdmin)
    }
}
