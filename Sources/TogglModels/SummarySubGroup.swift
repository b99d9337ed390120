/// One sub-group row of a ``SummaryGroup``: an entity (e.g. a time entry description or a
/// task) and the seconds tracked on it.
public struct SummarySubGroup: Sendable, Hashable, Codable {
    /// The sub-grouped entity's id, if it has one.
    public let id: Int64?
    /// Display title (e.g. the description).
    public let title: String?
    /// Tracked seconds (0 when absent).
    public let seconds: Int
    /// Time entry ids (`include_time_entry_ids=true`).
    public let ids: [Int64]?
    /// Rates (`distinguish_rates=true`), shape not modelled.
    public let rates: JSONValue?

    /// Creates a sub-group (for tests and the sandbox).
    public init(id: Int64? = nil, title: String? = nil, seconds: Int, ids: [Int64]? = nil, rates: JSONValue? = nil) {
        self.id = id
        self.title = title
        self.seconds = seconds
        self.ids = ids
        self.rates = rates
    }

    enum CodingKeys: String, CodingKey {
        case id, title, seconds, ids, rates
    }

    /// Decodes leniently (`seconds` defaults to 0).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(Int64.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        seconds = try c.decode(.seconds, default: 0)
        ids = try c.decodeIfPresent([Int64].self, forKey: .ids)
        rates = try c.decodeIfPresent(JSONValue.self, forKey: .rates)
    }

    /// Encodes `id`, `title` (`null` when unset), `seconds` and the optional extras.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(id, forKey: .id)
        try c.encodeNullable(title, forKey: .title)
        try c.encode(seconds, forKey: .seconds)
        try c.encodeIfPresent(ids, forKey: .ids)
        try c.encodeIfPresent(rates, forKey: .rates)
    }
}
