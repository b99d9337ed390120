/// One row of a Reports v3 weekly report
/// (`POST /reports/api/v3/workspace/{wid}/weekly/time_entries`): a user/project pair and the
/// seconds tracked on each of the 7 days.
///
/// Every field may be `null` or absent; the per-day arrays default to `[]`.
public struct WeeklyReportRow: Sendable, Hashable, Codable {
    /// The user.
    public let userID: Int64?
    /// The user's name.
    public let userName: String?
    /// The project (`nil` for entries without one).
    public let projectID: Int64?
    /// Project name.
    public let projectName: String?
    /// Client name.
    public let clientName: String?
    /// Project colour name.
    public let projectColor: String?
    /// Project colour `#rrggbb`.
    public let projectHexColor: String?
    /// Currency.
    public let currency: String?
    /// Hourly rate in cents.
    public let hourlyRateInCents: Int?
    /// Planned task.
    public let plannedTaskID: Int64?
    /// Seconds per day, 7 values from the first day of the range.
    public let seconds: [Int]
    /// Billable seconds per day.
    public let billableSeconds: [Int]
    /// Billable amount per day in cents.
    public let billableAmountsInCents: [Int]

    /// Total seconds of the week.
    public var totalSeconds: Int {
        DurationLimit.sum(seconds)
    }

    /// Creates a row (for tests and the sandbox).
    public init(
        userID: Int64? = nil,
        userName: String? = nil,
        projectID: Int64? = nil,
        projectName: String? = nil,
        clientName: String? = nil,
        projectColor: String? = nil,
        projectHexColor: String? = nil,
        currency: String? = nil,
        hourlyRateInCents: Int? = nil,
        plannedTaskID: Int64? = nil,
        seconds: [Int] = [],
        billableSeconds: [Int] = [],
        billableAmountsInCents: [Int] = []
    ) {
        self.userID = userID
        self.userName = userName
        self.projectID = projectID
        self.projectName = projectName
        self.clientName = clientName
        self.projectColor = projectColor
        self.projectHexColor = projectHexColor
        self.currency = currency
        self.hourlyRateInCents = hourlyRateInCents
        self.plannedTaskID = plannedTaskID
        self.seconds = seconds
        self.billableSeconds = billableSeconds
        self.billableAmountsInCents = billableAmountsInCents
    }

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case userName = "user_name"
        case projectID = "project_id"
        case projectName = "project_name"
        case clientName = "client_name"
        case projectColor = "project_color"
        case projectHexColor = "project_hex_color"
        case currency
        case hourlyRateInCents = "hourly_rate_in_cents"
        case plannedTaskID = "planned_task_id"
        case seconds
        case billableSeconds = "billable_seconds"
        case billableAmountsInCents = "billable_amounts_in_cents"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        userID = try c.decodeIfPresent(Int64.self, forKey: .userID)
        userName = try c.decodeIfPresent(String.self, forKey: .userName)
        projectID = try c.decodeIfPresent(Int64.self, forKey: .projectID)
        projectName = try c.decodeIfPresent(String.self, forKey: .projectName)
        clientName = try c.decodeIfPresent(String.self, forKey: .clientName)
        projectColor = try c.decodeIfPresent(String.self, forKey: .projectColor)
        projectHexColor = try c.decodeIfPresent(String.self, forKey: .projectHexColor)
        currency = try c.decodeIfPresent(String.self, forKey: .currency)
        hourlyRateInCents = try c.decodeIfPresent(Int.self, forKey: .hourlyRateInCents)
        plannedTaskID = try c.decodeIfPresent(Int64.self, forKey: .plannedTaskID)
        seconds = try c.decode(.seconds, default: [])
        billableSeconds = try c.decode(.billableSeconds, default: [])
        billableAmountsInCents = try c.decode(.billableAmountsInCents, default: [])
    }

    /// Encodes the row (`null` for unset scalars).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeNullable(userID, forKey: .userID)
        try c.encodeNullable(userName, forKey: .userName)
        try c.encodeNullable(projectID, forKey: .projectID)
        try c.encodeNullable(projectName, forKey: .projectName)
        try c.encodeNullable(clientName, forKey: .clientName)
        try c.encodeNullable(projectColor, forKey: .projectColor)
        try c.encodeNullable(projectHexColor, forKey: .projectHexColor)
        try c.encodeNullable(currency, forKey: .currency)
        try c.encodeNullable(hourlyRateInCents, forKey: .hourlyRateInCents)
        try c.encodeNullable(plannedTaskID, forKey: .plannedTaskID)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(billableSeconds, forKey: .billableSeconds)
        try c.encode(billableAmountsInCents, forKey: .billableAmountsInCents)
    }
}
