/// The body of `POST`/`PUT /workspaces/{wid}/tags[/{id}]`: `{"name": …}`.
public struct TagPayload: Sendable, Hashable, Codable {
    /// Tag name (required).
    public var name: String?

    /// Creates a payload; `name` defaults to "not sent".
    public init(name: String? = nil) {
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case name
    }

    /// Decodes a request body.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
    }

    /// Encodes `name` when set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
    }
}
