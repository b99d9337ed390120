/// The body of `POST`/`PUT /workspaces/{wid}/projects/{pid}/tasks[/{tid}]`. Only the fields that
/// are set are sent.
public struct TaskPayload: Sendable, Hashable, Codable {
    /// Task name (required on create).
    public var name: String?
    /// `false` marks the task done.
    public var active: Bool?
    /// Estimate in seconds, or `.clear`.
    public var estimatedSeconds: FieldUpdate<Int>?
    /// Assignee, or `.clear` to unassign.
    public var userID: FieldUpdate<Int64>?
    /// A reference to the task in another system.
    public var externalReference: String?

    /// Creates a payload; every field defaults to "not sent".
    public init(
        name: String? = nil,
        active: Bool? = nil,
        estimatedSeconds: FieldUpdate<Int>? = nil,
        userID: FieldUpdate<Int64>? = nil,
        externalReference: String? = nil
    ) {
        self.name = name
        self.active = active
        self.estimatedSeconds = estimatedSeconds
        self.userID = userID
        self.externalReference = externalReference
    }

    enum CodingKeys: String, CodingKey {
        case name, active
        case estimatedSeconds = "estimated_seconds"
        case userID = "user_id"
        case externalReference = "external_reference"
    }

    /// Decodes a request body, keeping `null` (`.clear`) apart from absent (`nil`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        active = try c.decodeIfPresent(Bool.self, forKey: .active)
        estimatedSeconds = try c.decodeUpdate(Int.self, .estimatedSeconds)
        userID = try c.decodeUpdate(Int64.self, .userID)
        externalReference = try c.decodeIfPresent(String.self, forKey: .externalReference)
    }

    /// Encodes only the fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(active, forKey: .active)
        try c.encodeIfPresent(estimatedSeconds, forKey: .estimatedSeconds)
        try c.encodeIfPresent(userID, forKey: .userID)
        try c.encodeIfPresent(externalReference, forKey: .externalReference)
    }
}
