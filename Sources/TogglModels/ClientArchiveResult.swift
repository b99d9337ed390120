/// One row of the answer to `POST /workspaces/{wid}/clients/archive` (bulk archive): the clients
/// archived and the projects archived with them.
public struct ClientArchiveResult: Sendable, Hashable, Codable {
    /// Archived clients (`[]` when null or absent).
    public let clientIDs: [Int64]
    /// Projects archived along with them (`[]` when null or absent).
    public let projectIDs: [Int64]

    /// Creates a result (for tests and the sandbox).
    public init(clientIDs: [Int64] = [], projectIDs: [Int64] = []) {
        self.clientIDs = clientIDs
        self.projectIDs = projectIDs
    }

    enum CodingKeys: String, CodingKey {
        case clientIDs = "client_ids"
        case projectIDs = "project_ids"
    }

    /// Decodes leniently (`null` arrays become `[]`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        clientIDs = try c.decode(.clientIDs, default: [])
        projectIDs = try c.decode(.projectIDs, default: [])
    }

    /// Encodes both arrays.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(clientIDs, forKey: .clientIDs)
        try c.encode(projectIDs, forKey: .projectIDs)
    }
}
