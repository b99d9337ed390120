/// A Reports v3 summary (`POST /reports/api/v3/workspace/{wid}/summary/time_entries`):
/// `{groups: [...]}`, each group holding sub-groups with tracked seconds.
public struct SummaryReport: Sendable, Hashable, Codable {
    /// The groups (`[]` when null or absent).
    public let groups: [SummaryGroup]

    /// Creates a report (for tests and the sandbox).
    public init(groups: [SummaryGroup] = []) {
        self.groups = groups
    }

    /// Total seconds over all groups.
    public var totalSeconds: Int {
        DurationLimit.sum(groups.lazy.map(\.seconds))
    }

    enum CodingKeys: String, CodingKey {
        case groups
    }

    /// Decodes leniently (`groups` defaults to `[]`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        groups = try c.decode(.groups, default: [])
    }

    /// Encodes `{groups: [...]}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(groups, forKey: .groups)
    }
}
