/// The body of `POST`/`PUT /workspaces/{wid}/clients[/{cid}]`. Only the fields that are set are
/// sent.
public struct ClientPayload: Sendable, Hashable, Codable {
    /// Client name (required on create).
    public var name: String?
    /// Notes.
    public var notes: String?
    /// A reference to the client in another system.
    public var externalReference: String?

    /// Creates a payload; every field defaults to "not sent".
    public init(name: String? = nil, notes: String? = nil, externalReference: String? = nil) {
        self.name = name
        self.notes = notes
        self.externalReference = externalReference
    }

    enum CodingKeys: String, CodingKey {
        case name, notes
        case externalReference = "external_reference"
    }

    /// Decodes a request body.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        externalReference = try c.decodeIfPresent(String.self, forKey: .externalReference)
    }

    /// Encodes only the fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(externalReference, forKey: .externalReference)
    }
}
