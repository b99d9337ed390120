/// One group of a ``SummaryReport`` (e.g. a project when grouping by projects).
///
/// `sub_groups` arrives either as an array or as an object keyed by index/id (the spec types it
/// as an "indexed" object); both decode into ``subGroups``, object entries ordered by key
/// (numerically when every key is a number). When an object entry has no `id` and its key is a
/// number, the key is taken as the id.
public struct SummaryGroup: Sendable, Hashable, Codable {
    /// The grouped entity's id (`nil` for "none", e.g. entries without a project).
    public let id: Int64?
    /// Ids when grouping by tags.
    public let ids: [Int64]?
    /// Group names, used by exports.
    public let names: [String]?
    /// Project colour name.
    public let projectColor: String?
    /// Project colour `#rrggbb`.
    public let projectHexColor: String?
    /// The sub-groups (`[]` when null or absent).
    public let subGroups: [SummarySubGroup]

    /// Total seconds of the sub-groups.
    public var seconds: Int {
        DurationLimit.sum(subGroups.lazy.map(\.seconds))
    }

    /// Creates a group (for tests and the sandbox).
    public init(
        id: Int64? = nil,
        ids: [Int64]? = nil,
        names: [String]? = nil,
        projectColor: String? = nil,
        projectHexColor: String? = nil,
        subGroups: [SummarySubGroup] = []
    ) {
        self.id = id
        self.ids = ids
        self.names = names
        self.projectColor = projectColor
        self.projectHexColor = projectHexColor
        self.subGroups = subGroups
    }

    enum CodingKeys: String, CodingKey {
        case id, ids, names
        case projectColor = "project_color"
        case projectHexColor = "project_hex_color"
        case subGroups = "sub_groups"
    }

    /// Decodes leniently; `sub_groups` may be an array or a keyed object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeIfPresent(Int64.self, forKey: .id)
        ids = try c.decodeIfPresent([Int64].self, forKey: .ids)
        names = try c.decodeIfPresent([String].self, forKey: .names)
        projectColor = try c.decodeIfPresent(String.self, forKey: .projectColor)
        projectHexColor = try c.decodeIfPresent(String.self, forKey: .projectHexColor)
        subGroups = try Self.decodeSubGroups(c)
    }

    private static func decodeSubGroups(_ c: KeyedDecodingContainer<CodingKeys>) throws -> [SummarySubGroup] {
        guard c.contains(.subGroups), try !c.decodeNil(forKey: .subGroups) else { return [] }
        let arrayError: any Error
        do {
            return try c.decode([SummarySubGroup].self, forKey: .subGroups)
        } catch {
            arrayError = error
        }
        guard let keyed = try? c.decode([String: SummarySubGroup].self, forKey: .subGroups) else {
            throw arrayError
        }
        let numericKeys = keyed.keys.compactMap { Int64($0) }
        let orderedKeys: [String] = numericKeys.count == keyed.count
            ? numericKeys.sorted().map(String.init)
            : keyed.keys.sorted()
        return orderedKeys.compactMap { key in
            guard let item = keyed[key] else { return nil }
            guard item.id == nil, let keyID = Int64(key) else { return item }
            return SummarySubGroup(id: keyID, title: item.title, seconds: item.seconds, ids: item.ids, rates: item.rates)
        }
    }

    /// Encodes the group with `sub_groups` as an array.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(id, forKey: .id)
        try c.encodeIfPresent(ids, forKey: .ids)
        try c.encodeIfPresent(names, forKey: .names)
        try c.encodeIfPresent(projectColor, forKey: .projectColor)
        try c.encodeIfPresent(projectHexColor, forKey: .projectHexColor)
        try c.encode(subGroups, forKey: .subGroups)
    }
}
