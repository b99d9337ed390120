/// One page of `GET /workspaces/{wid}/tasks`, which (unlike the other lists) is wrapped in an
/// envelope: `{data, page, per_page, sort_field, sort_order, total_count}`.
public struct WorkspaceTasksPage: Sendable, Hashable, Codable {
    /// The tasks on this page (`[]` when null or absent).
    public let data: [ProjectTask]
    /// The page number (1-based).
    public let page: Int?
    /// Page size.
    public let perPage: Int?
    /// Sort field, `name` or `created_at`.
    public let sortField: String?
    /// Sort order, `asc` or `desc`.
    public let sortOrder: String?
    /// Total number of tasks matching the query.
    public let totalCount: Int?

    /// Creates a page (for tests and the sandbox).
    public init(
        data: [ProjectTask] = [],
        page: Int? = nil,
        perPage: Int? = nil,
        sortField: String? = nil,
        sortOrder: String? = nil,
        totalCount: Int? = nil
    ) {
        self.data = data
        self.page = page
        self.perPage = perPage
        self.sortField = sortField
        self.sortOrder = sortOrder
        self.totalCount = totalCount
    }

    enum CodingKeys: String, CodingKey {
        case data, page
        case perPage = "per_page"
        case sortField = "sort_field"
        case sortOrder = "sort_order"
        case totalCount = "total_count"
    }

    /// Decodes leniently (`data` defaults to `[]`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        data = try c.decode(.data, default: [])
        page = try c.decodeIfPresent(Int.self, forKey: .page)
        perPage = try c.decodeIfPresent(Int.self, forKey: .perPage)
        sortField = try c.decodeIfPresent(String.self, forKey: .sortField)
        sortOrder = try c.decodeIfPresent(String.self, forKey: .sortOrder)
        totalCount = try c.decodeIfPresent(Int.self, forKey: .totalCount)
    }

    /// Encodes the envelope (`null` for unset paging values).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(data, forKey: .data)
        try c.encodeNullable(page, forKey: .page)
        try c.encodeNullable(perPage, forKey: .perPage)
        try c.encodeNullable(sortField, forKey: .sortField)
        try c.encodeNullable(sortOrder, forKey: .sortOrder)
        try c.encodeNullable(totalCount, forKey: .totalCount)
    }
}
