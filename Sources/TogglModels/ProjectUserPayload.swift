/// The body of `POST`/`PUT /workspaces/{wid}/project_users[/{id}]`. Only the fields that are set
/// are sent.
public struct ProjectUserPayload: Sendable, Hashable, Codable {
    /// The project (required on create).
    public var projectID: Int64?
    /// The user (required on create).
    public var userID: Int64?
    /// Make the user a project manager.
    public var manager: Bool?
    /// Custom hourly rate, or `.clear` to use the default.
    public var rate: FieldUpdate<Double>?
    /// Custom labor cost, or `.clear` to use the default.
    public var laborCost: FieldUpdate<Double>?

    /// Creates a payload; every field defaults to "not sent".
    public init(
        projectID: Int64? = nil,
        userID: Int64? = nil,
        manager: Bool? = nil,
        rate: FieldUpdate<Double>? = nil,
        laborCost: FieldUpdate<Double>? = nil
    ) {
        self.projectID = projectID
        self.userID = userID
        self.manager = manager
        self.rate = rate
        self.laborCost = laborCost
    }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case userID = "user_id"
        case manager, rate
        case laborCost = "labor_cost"
    }

    /// Decodes a request body, keeping `null` (`.clear`) apart from absent (`nil`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        projectID = try c.decodeIfPresent(Int64.self, forKey: .projectID)
        userID = try c.decodeIfPresent(Int64.self, forKey: .userID)
        manager = try c.decodeIfPresent(Bool.self, forKey: .manager)
        rate = try c.decodeUpdate(Double.self, .rate)
        laborCost = try c.decodeUpdate(Double.self, .laborCost)
    }

    /// Encodes only the fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(projectID, forKey: .projectID)
        try c.encodeIfPresent(userID, forKey: .userID)
        try c.encodeIfPresent(manager, forKey: .manager)
        try c.encodeIfPresent(rate, forKey: .rate)
        try c.encodeIfPresent(laborCost, forKey: .laborCost)
    }
}
