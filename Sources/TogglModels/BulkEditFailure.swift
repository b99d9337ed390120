/// One failed id of a bulk JSON Patch, with the server's reason.
public struct BulkEditFailure: Sendable, Hashable, Codable {
    /// The id the patch failed for.
    public let id: Int64
    /// Why it failed (`""` when absent).
    public let message: String

    /// Creates a failure row (for tests and the sandbox).
    public init(id: Int64, message: String) {
        self.id = id
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case id, message
    }

    /// Decodes leniently (`message` defaults to `""`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        message = try c.decode(.message, default: "")
    }

    /// Encodes `id` and `message`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(message, forKey: .message)
    }
}
