/// The answer to a bulk JSON Patch (`PATCH /workspaces/{wid}/time_entries/{ids}` and the
/// project/task equivalents): the ids that were patched and those that failed, with reasons.
/// Patches run per entity, without a transaction.
public struct BulkEditResult: Sendable, Hashable, Codable {
    /// Ids patched successfully (`[]` when null or absent).
    public let success: [Int64]
    /// Ids that failed, with the server's reason (`[]` when null or absent).
    public let failure: [BulkEditFailure]

    /// Creates a result (for tests and the sandbox).
    public init(success: [Int64] = [], failure: [BulkEditFailure] = []) {
        self.success = success
        self.failure = failure
    }

    enum CodingKeys: String, CodingKey {
        case success, failure
    }

    /// Decodes leniently (`null` arrays become `[]`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        success = try c.decode(.success, default: [])
        failure = try c.decode(.failure, default: [])
    }

    /// Encodes both arrays.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(success, forKey: .success)
        try c.encode(failure, forKey: .failure)
    }
}
