/// The body of `PUT /me`. Only the fields that are set are sent.
public struct MePayload: Sendable, Hashable, Codable {
    /// Full name.
    public var fullname: String?
    /// Email address.
    public var email: String?
    /// IANA time zone, e.g. `Europe/Berlin`.
    public var timezone: String?
    /// First day of the week, 0 = Sunday.
    public var beginningOfWeek: Int?
    /// Country.
    public var countryID: Int64?
    /// Default workspace.
    public var defaultWorkspaceID: Int64?

    /// Creates a payload; every field defaults to "not sent".
    public init(
        fullname: String? = nil,
        email: String? = nil,
        timezone: String? = nil,
        beginningOfWeek: Int? = nil,
        countryID: Int64? = nil,
        defaultWorkspaceID: Int64? = nil
    ) {
        self.fullname = fullname
        self.email = email
        self.timezone = timezone
        self.beginningOfWeek = beginningOfWeek
        self.countryID = countryID
        self.defaultWorkspaceID = defaultWorkspaceID
    }

    enum CodingKeys: String, CodingKey {
        case fullname, email, timezone
        case beginningOfWeek = "beginning_of_week"
        case countryID = "country_id"
        case defaultWorkspaceID = "default_workspace_id"
    }

    /// Decodes a request body.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fullname = try c.decodeIfPresent(String.self, forKey: .fullname)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        timezone = try c.decodeIfPresent(String.self, forKey: .timezone)
        beginningOfWeek = try c.decodeIfPresent(Int.self, forKey: .beginningOfWeek)
        countryID = try c.decodeIfPresent(Int64.self, forKey: .countryID)
        defaultWorkspaceID = try c.decodeIfPresent(Int64.self, forKey: .defaultWorkspaceID)
    }

    /// Encodes only the fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(fullname, forKey: .fullname)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(timezone, forKey: .timezone)
        try c.encodeIfPresent(beginningOfWeek, forKey: .beginningOfWeek)
        try c.encodeIfPresent(countryID, forKey: .countryID)
        try c.encodeIfPresent(defaultWorkspaceID, forKey: .defaultWorkspaceID)
    }
}
