/// One bucket of `GET /me/quota`: the API calls left in the current hourly window.
///
/// `organization_id == nil` is the per-user bucket (requests not aimed at a workspace, such as
/// `/me…`, 30 per hour on every plan).
public struct Quota: Sendable, Hashable, Codable {
    /// The organization the bucket belongs to; `nil` for the user bucket.
    public let organizationID: Int64?
    /// Calls left in the window (may go negative while not enforced; 0 when absent).
    public let remaining: Int
    /// Seconds until the window resets (0 when absent).
    public let resetsInSecs: Int
    /// Calls allowed per window (0 when absent).
    public let total: Int

    /// `true` for the user-level bucket.
    public var isUserBucket: Bool { organizationID == nil }

    /// Creates a bucket row (for tests and the sandbox).
    public init(organizationID: Int64? = nil, remaining: Int, resetsInSecs: Int, total: Int) {
        self.organizationID = organizationID
        self.remaining = remaining
        self.resetsInSecs = resetsInSecs
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case organizationID = "organization_id"
        case remaining
        case resetsInSecs = "resets_in_secs"
        case total
    }

    /// Decodes leniently (numbers default to 0).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organizationID = try c.decodeIfPresent(Int64.self, forKey: .organizationID)
        remaining = try c.decode(.remaining, default: 0)
        resetsInSecs = try c.decode(.resetsInSecs, default: 0)
        total = try c.decode(.total, default: 0)
    }

    /// Encodes the four fields (`organization_id: null` for the user bucket).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(organizationID, forKey: .organizationID)
        try c.encode(remaining, forKey: .remaining)
        try c.encode(resetsInSecs, forKey: .resetsInSecs)
        try c.encode(total, forKey: .total)
    }
}
