#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One row of a Reports v3 detailed report
/// (`POST /reports/api/v3/workspace/{wid}/search/time_entries`): the shared attributes of one or
/// more time entries, which are listed in ``timeEntries``.
///
/// Reports v3 returns **local offsets** (e.g. `2024-07-30T11:13:46+03:00`); they decode to the
/// same instants as their UTC spelling. Every field may be `null` or absent. Paging uses the
/// `X-Next-ID` / `X-Next-Row-Number` response headers, not this body.
public struct DetailedReportRow: Sendable, Hashable, Codable {
    /// One time entry inside a detailed report row.
    public struct Entry: Sendable, Hashable, Codable, Identifiable {
        /// The time entry id.
        public let id: Int64
        /// Tracked seconds (0 when absent).
        public let seconds: Int
        /// Start instant.
        public let start: Date?
        /// Stop instant.
        public let stop: Date?
        /// Last modification.
        public let at: Date?
        /// Last modification as sent in the profile time zone (same instant as ``at``).
        public let atTz: Date?

        /// Creates an entry (for tests and the sandbox).
        public init(id: Int64, seconds: Int, start: Date? = nil, stop: Date? = nil, at: Date? = nil, atTz: Date? = nil) {
            self.id = id
            self.seconds = DurationLimit.clamped(seconds)
            self.start = start
            self.stop = stop
            self.at = at
            self.atTz = atTz
        }

        enum CodingKeys: String, CodingKey {
            case id, seconds, start, stop, at
            case atTz = "at_tz"
        }

        /// Decodes leniently (`seconds` defaults to 0).
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(Int64.self, forKey: .id)
            seconds = DurationLimit.clamped(try c.decode(.seconds, default: 0))
            start = try c.decodeIfPresent(Date.self, forKey: .start)
            stop = try c.decodeIfPresent(Date.self, forKey: .stop)
            at = try c.decodeIfPresent(Date.self, forKey: .at)
            atTz = try c.decodeIfPresent(Date.self, forKey: .atTz)
        }

        /// Encodes all six fields (`null` when unset), times in UTC.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(seconds, forKey: .seconds)
            try c.encodeNullable(start, forKey: .start)
            try c.encodeNullable(stop, forKey: .stop)
            try c.encodeNullable(at, forKey: .at)
            try c.encodeNullable(atTz, forKey: .atTz)
        }
    }

    /// The user.
    public let userID: Int64?
    /// The user's name.
    public let username: String?
    /// The project.
    public let projectID: Int64?
    /// The task.
    public let taskID: Int64?
    /// Billable flag.
    public let billable: Bool
    /// Description.
    public let description: String?
    /// Tag ids (`[]` when null or absent).
    public let tagIDs: [Int64]
    /// Billable amount in cents.
    public let billableAmountInCents: Int?
    /// Hourly rate in cents.
    public let hourlyRateInCents: Int?
    /// Currency, e.g. `USD`.
    public let currency: String?
    /// Row number, for paging.
    public let rowNumber: Int?
    /// The time entries of this row (`[]` when null or absent).
    public let timeEntries: [Entry]
    /// Client name (`enrich_response`).
    public let clientName: String?
    /// Project name (`enrich_response`).
    public let projectName: String?
    /// Project colour (`enrich_response`).
    public let projectColor: String?
    /// Project colour hex (`enrich_response`).
    public let projectHex: String?
    /// Task name (`enrich_response`).
    public let taskName: String?
    /// Tag names (`enrich_response`).
    public let tagNames: [String]?
    /// User email (`enrich_response`).
    public let email: String?

    /// Total seconds of the row's entries.
    public var seconds: Int {
        DurationLimit.sum(timeEntries.lazy.map(\.seconds))
    }

    /// Creates a row (for tests and the sandbox).
    public init(
        userID: Int64? = nil,
        username: String? = nil,
        projectID: Int64? = nil,
        taskID: Int64? = nil,
        billable: Bool = false,
        description: String? = nil,
        tagIDs: [Int64] = [],
        billableAmountInCents: Int? = nil,
        hourlyRateInCents: Int? = nil,
        currency: String? = nil,
        rowNumber: Int? = nil,
        timeEntries: [Entry] = [],
        clientName: String? = nil,
        projectName: String? = nil,
        projectColor: String? = nil,
        projectHex: String? = nil,
        taskName: String? = nil,
        tagNames: [String]? = nil,
        email: String? = nil
    ) {
        self.userID = userID
        self.username = username
        self.projectID = projectID
        self.taskID = taskID
        self.billable = billable
        self.description = description
        self.tagIDs = tagIDs
        self.billableAmountInCents = billableAmountInCents
        self.hourlyRateInCents = hourlyRateInCents
        self.currency = currency
        self.rowNumber = rowNumber
        self.timeEntries = timeEntries
        self.clientName = clientName
        self.projectName = projectName
        self.projectColor = projectColor
        self.projectHex = projectHex
        self.taskName = taskName
        self.tagNames = tagNames
        self.email = email
    }

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case username
        case projectID = "project_id"
        case taskID = "task_id"
        case billable, description
        case tagIDs = "tag_ids"
        case billableAmountInCents = "billable_amount_in_cents"
        case hourlyRateInCents = "hourly_rate_in_cents"
        case currency
        case rowNumber = "row_number"
        case timeEntries = "time_entries"
        case clientName = "client_name"
        case projectName = "project_name"
        case projectColor = "project_color"
        case projectHex = "project_hex"
        case taskName = "task_name"
        case tagNames = "tag_names"
        case email
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        userID = try c.decodeIfPresent(Int64.self, forKey: .userID)
        username = try c.decodeIfPresent(String.self, forKey: .username)
        projectID = try c.decodeIfPresent(Int64.self, forKey: .projectID)
        taskID = try c.decodeIfPresent(Int64.self, forKey: .taskID)
        billable = try c.decode(.billable, default: false)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        tagIDs = try c.decode(.tagIDs, default: [])
        billableAmountInCents = try c.decodeIfPresent(Int.self, forKey: .billableAmountInCents)
        hourlyRateInCents = try c.decodeIfPresent(Int.self, forKey: .hourlyRateInCents)
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
        rowNumber = try c.decodeIfPresent(Int.self, forKey: .rowNumber)
        timeEntries = try c.decode(.timeEntries, default: [])
        clientName = try c.decodeIfPresent(String.self, forKey: .clientName)
        projectName = try c.decodeIfPresent(String.self, forKey: .projectName)
        projectColor = try c.decodeIfPresent(String.self, forKey: .projectColor)
        projectHex = try c.decodeIfPresent(String.self, forKey: .projectHex)
        taskName = try c.decodeIfPresent(String.self, forKey: .taskName)
        tagNames = try c.decodeIfPresent([String].self, forKey: .tagNames)
        email = try c.decodeIfPresent(String.self, forKey: .email)
    }

    /// Encodes the row (`null` for unset core fields; enrichment only when set).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(userID, forKey: .userID)
        try c.encodeNullable(username, forKey: .username)
        try c.encodeNullable(projectID, forKey: .projectID)
        try c.encodeNullable(taskID, forKey: .taskID)
        try c.encode(billable, forKey: .billable)
        try c.encodeNullable(description, forKey: .description)
        try c.encode(tagIDs, forKey: .tagIDs)
        try c.encodeNullable(billableAmountInCents, forKey: .billableAmountInCents)
        try c.encodeNullable(hourlyRateInCents, forKey: .hourlyRateInCents)
        try c.encodeNullable(currency, forKey: .currency)
        try c.encodeNullable(rowNumber, forKey: .rowNumber)
        try c.encode(timeEntries, forKey: .timeEntries)
        try c.encodeIfPresent(clientName, forKey: .clientName)
        try c.encodeIfPresent(projectName, forKey: .projectName)
        try c.encodeIfPresent(projectColor, forKey: .projectColor)
        try c.encodeIfPresent(projectHex, forKey: .projectHex)
        try c.encodeIfPresent(taskName, forKey: .taskName)
        try c.encodeIfPresent(tagNames, forKey: .tagNames)
        try c.encodeIfPresent(email, forKey: .email)
    }
}
