#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The body of a Reports API v3 request (summary, detailed or weekly time entries): filters,
/// plus the options of the report kind. Only the fields that are set are sent.
///
/// Toggl refuses a filter with nothing set (400 "At least one parameter must be set"); a date
/// range is the usual start. Some fields belong to one report kind only (see each field); the
/// weekly report takes none of them.
///
/// Dates are calendar days: `startDate` and `endDate` are sent as the **UTC** day of the given
/// instant (`YYYY-MM-DD`), so pass midnight UTC of the wanted day. Toggl reads the days in the
/// user's profile time zone.
///
/// In `projectIDs`, `clientIDs`, `taskIDs` and `tagIDs`, a `nil` element (sent as `null`)
/// selects entries *without* a project, client, task or tag: `projectIDs: [nil]`.
public struct ReportFilter: Sendable, Hashable, Codable {
    /// The detailed report's sort key.
    public enum OrderBy: String, Sendable, Hashable, Codable {
        /// By start (Toggl's default).
        case date
        /// By user.
        case user
        /// By duration.
        case duration
        /// By description.
        case description
        /// By last modification.
        case lastUpdate = "last_update"
    }

    /// The detailed report's sort direction.
    public enum OrderDirection: String, Sendable, Hashable, Codable {
        /// Ascending.
        case ascending = "ASC"
        /// Descending.
        case descending = "DESC"
    }

    // Filters, common to all reports.
    /// First day of the range (sent as its UTC day, `YYYY-MM-DD`).
    public var startDate: Date?
    /// Last day of the range (sent as its UTC day, `YYYY-MM-DD`), included; after ``startDate``.
    public var endDate: Date?
    /// Only these users.
    public var userIDs: [Int64]?
    /// Only these projects; `nil` elements select entries without a project.
    public var projectIDs: [Int64?]?
    /// Only these clients; `nil` elements select entries without a client.
    public var clientIDs: [Int64?]?
    /// Only these tasks; `nil` elements select entries without a task.
    public var taskIDs: [Int64?]?
    /// Only these tags; `nil` elements select entries without tags.
    public var tagIDs: [Int64?]?
    /// Only these user groups.
    public var groupIDs: [Int64]?
    /// Only these time entries.
    public var timeEntryIDs: [Int64]?
    /// Only entries whose description matches.
    public var description: String?
    /// Only billable (`true`) or non-billable (`false`) entries (a paid feature).
    public var billable: Bool?
    /// Rounding of durations (default: the user's preference).
    public var rounding: Int?
    /// Rounding step in minutes: 0, 1, 5, 6, 10, 12, 15, 30, 60 or 240.
    public var roundingMinutes: Int?
    /// Only entries at least this long (time audit).
    public var minDurationSeconds: Int?
    /// Only entries at most this long (time audit).
    public var maxDurationSeconds: Int?

    // Summary report only.
    /// Summary only: how to group, e.g. `projects`, `clients` or `users`.
    public var grouping: String?
    /// Summary only: how to group inside each group, e.g. `time_entries` or `tasks`.
    public var subGrouping: String?
    /// Summary only: include the ids of the time entries in each sub-group.
    public var includeTimeEntryIDs: Bool?
    /// Summary only: one sub-group per rate.
    public var distinguishRates: Bool?

    // Detailed report only.
    /// Detailed only: rows per page (Toggl's default 50).
    public var pageSize: Int?
    /// Detailed only: paging cursor, the `X-Next-ID` of the previous page.
    public var firstID: Int64?
    /// Detailed only: paging cursor, the `X-Next-Row-Number` of the previous page.
    public var firstRowNumber: Int64?
    /// Detailed only: sort key.
    public var orderBy: OrderBy?
    /// Detailed only: sort direction.
    public var orderDir: OrderDirection?
    /// Detailed only: group similar entries into one row.
    public var grouped: Bool?
    /// Detailed only: leave out amounts.
    public var hideAmounts: Bool?
    /// Detailed only: return names, colours and emails too, as exports do.
    public var enrichResponse: Bool?

    /// Creates a filter; every field defaults to "not sent".
    public init(
        startDate: Date? = nil,
        endDate: Date? = nil,
        userIDs: [Int64]? = nil,
        projectIDs: [Int64?]? = nil,
        clientIDs: [Int64?]? = nil,
        taskIDs: [Int64?]? = nil,
        tagIDs: [Int64?]? = nil,
        groupIDs: [Int64]? = nil,
        timeEntryIDs: [Int64]? = nil,
        description: String? = nil,
        billable: Bool? = nil,
        rounding: Int? = nil,
        roundingMinutes: Int? = nil,
        minDurationSeconds: Int? = nil,
        maxDurationSeconds: Int? = nil,
        grouping: String? = nil,
        subGrouping: String? = nil,
        includeTimeEntryIDs: Bool? = nil,
        distinguishRates: Bool? = nil,
        pageSize: Int? = nil,
        firstID: Int64? = nil,
        firstRowNumber: Int64? = nil,
        orderBy: OrderBy? = nil,
        orderDir: OrderDirection? = nil,
        grouped: Bool? = nil,
        hideAmounts: Bool? = nil,
        enrichResponse: Bool? = nil
    ) {
        self.startDate = startDate
        self.endDate = endDate
        self.userIDs = userIDs
        self.projectIDs = projectIDs
        self.clientIDs = clientIDs
        self.taskIDs = taskIDs
        self.tagIDs = tagIDs
        self.groupIDs = groupIDs
        self.timeEntryIDs = timeEntryIDs
        self.description = description
        self.billable = billable
        self.rounding = rounding
        self.roundingMinutes = roundingMinutes
        self.minDurationSeconds = minDurationSeconds
        self.maxDurationSeconds = maxDurationSeconds
        self.grouping = grouping
        self.subGrouping = subGrouping
        self.includeTimeEntryIDs = includeTimeEntryIDs
        self.distinguishRates = distinguishRates
        self.pageSize = pageSize
        self.firstID = firstID
        self.firstRowNumber = firstRowNumber
        self.orderBy = orderBy
        self.orderDir = orderDir
        self.grouped = grouped
        self.hideAmounts = hideAmounts
        self.enrichResponse = enrichResponse
    }

    /// The report days (as ``startDate`` and ``endDate`` take them: midnight UTC of each day)
    /// that cover every instant of `window`, when Toggl counts days in `profileTimeZone` — or,
    /// when that zone is unknown, a day more on each side of the window's UTC days. The range
    /// spans at least two days, since Toggl wants the end after the start.
    public static func days(covering window: DateInterval, profileTimeZone: Zone?) -> (start: Date, end: Date) {
        let last = max(window.start, window.end.addingTimeInterval(-1))
        let (first, final): (Date, Date)
        if let zone = profileTimeZone {
            first = utcMidnight(ofDayAt: window.start, in: zone)
            final = utcMidnight(ofDayAt: last, in: zone)
        } else {
            first = utcMidnight(ofDayAt: window.start, in: .utc).addingTimeInterval(-86_400)
            final = utcMidnight(ofDayAt: last, in: .utc).addingTimeInterval(86_400)
        }
        return (first, max(final, first.addingTimeInterval(86_400)))
    }

    /// Midnight UTC of the calendar day `instant` falls on in `zone`.
    private static func utcMidnight(ofDayAt instant: Date, in zone: Zone) -> Date {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        return Date(timeIntervalSince1970: (local / 86_400).rounded(.down) * 86_400)
    }

    /// The wire names of the fields that are set, in declaration order (e.g. `["start_date"]`).
    public var setFieldNames: [String] {
        let presence: [(Bool, CodingKeys)] = [
            (startDate != nil, .startDate), (endDate != nil, .endDate), (userIDs != nil, .userIDs),
            (projectIDs != nil, .projectIDs), (clientIDs != nil, .clientIDs), (taskIDs != nil, .taskIDs),
            (tagIDs != nil, .tagIDs), (groupIDs != nil, .groupIDs), (timeEntryIDs != nil, .timeEntryIDs),
            (description != nil, .description), (billable != nil, .billable), (rounding != nil, .rounding),
            (roundingMinutes != nil, .roundingMinutes), (minDurationSeconds != nil, .minDurationSeconds),
            (maxDurationSeconds != nil, .maxDurationSeconds), (grouping != nil, .grouping),
            (subGrouping != nil, .subGrouping), (includeTimeEntryIDs != nil, .includeTimeEntryIDs),
            (distinguishRates != nil, .distinguishRates), (pageSize != nil, .pageSize), (firstID != nil, .firstID),
            (firstRowNumber != nil, .firstRowNumber), (orderBy != nil, .orderBy), (orderDir != nil, .orderDir),
            (grouped != nil, .grouped), (hideAmounts != nil, .hideAmounts), (enrichResponse != nil, .enrichResponse),
        ]
        return presence.filter(\.0).map(\.1.rawValue)
    }

    /// Wire names of the fields only the summary report takes.
    public static let summaryOnlyFieldNames: Set<String> = [
        "grouping", "sub_grouping", "include_time_entry_ids", "distinguish_rates",
    ]

    /// Wire names of the fields only the detailed report takes.
    public static let detailedOnlyFieldNames: Set<String> = [
        "page_size", "first_id", "first_row_number", "order_by", "order_dir", "grouped", "hide_amounts",
        "enrich_response",
    ]

    enum CodingKeys: String, CodingKey {
        case startDate = "start_date"
        case endDate = "end_date"
        case userIDs = "user_ids"
        case projectIDs = "project_ids"
        case clientIDs = "client_ids"
        case taskIDs = "task_ids"
        case tagIDs = "tag_ids"
        case groupIDs = "group_ids"
        case timeEntryIDs = "time_entry_ids"
        case description, billable, rounding
        case roundingMinutes = "rounding_minutes"
        case minDurationSeconds = "min_duration_seconds"
        case maxDurationSeconds = "max_duration_seconds"
        case grouping
        case subGrouping = "sub_grouping"
        case includeTimeEntryIDs = "include_time_entry_ids"
        case distinguishRates = "distinguish_rates"
        case pageSize = "page_size"
        case firstID = "first_id"
        case firstRowNumber = "first_row_number"
        case orderBy = "order_by"
        case orderDir = "order_dir"
        case grouped
        case hideAmounts = "hide_amounts"
        case enrichResponse = "enrich_response"
    }

    /// Decodes a request body (days as `YYYY-MM-DD` or full timestamps).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        startDate = try c.decodeDayIfPresent(.startDate)
        endDate = try c.decodeDayIfPresent(.endDate)
        userIDs = try c.decodeIfPresent([Int64].self, forKey: .userIDs)
        projectIDs = try c.decodeIfPresent([Int64?].self, forKey: .projectIDs)
        clientIDs = try c.decodeIfPresent([Int64?].self, forKey: .clientIDs)
        taskIDs = try c.decodeIfPresent([Int64?].self, forKey: .taskIDs)
        tagIDs = try c.decodeIfPresent([Int64?].self, forKey: .tagIDs)
        groupIDs = try c.decodeIfPresent([Int64].self, forKey: .groupIDs)
        timeEntryIDs = try c.decodeIfPresent([Int64].self, forKey: .timeEntryIDs)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        billable = try c.decodeIfPresent(Bool.self, forKey: .billable)
        rounding = try c.decodeIfPresent(Int.self, forKey: .rounding)
        roundingMinutes = try c.decodeIfPresent(Int.self, forKey: .roundingMinutes)
        minDurationSeconds = try c.decodeIfPresent(Int.self, forKey: .minDurationSeconds)
        maxDurationSeconds = try c.decodeIfPresent(Int.self, forKey: .maxDurationSeconds)
        grouping = try c.decodeIfPresent(String.self, forKey: .grouping)
        subGrouping = try c.decodeIfPresent(String.self, forKey: .subGrouping)
        includeTimeEntryIDs = try c.decodeIfPresent(Bool.self, forKey: .includeTimeEntryIDs)
        distinguishRates = try c.decodeIfPresent(Bool.self, forKey: .distinguishRates)
        pageSize = try c.decodeIfPresent(Int.self, forKey: .pageSize)
        firstID = try c.decodeIfPresent(Int64.self, forKey: .firstID)
        firstRowNumber = try c.decodeIfPresent(Int64.self, forKey: .firstRowNumber)
        orderBy = try c.decodeIfPresent(OrderBy.self, forKey: .orderBy)
        orderDir = try c.decodeIfPresent(OrderDirection.self, forKey: .orderDir)
        grouped = try c.decodeIfPresent(Bool.self, forKey: .grouped)
        hideAmounts = try c.decodeIfPresent(Bool.self, forKey: .hideAmounts)
        enrichResponse = try c.decodeIfPresent(Bool.self, forKey: .enrichResponse)
    }

    /// Encodes only the fields that are set; days as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeDay(startDate, forKey: .startDate, nullWhenNil: false)
        try c.encodeDay(endDate, forKey: .endDate, nullWhenNil: false)
        try c.encodeIfPresent(userIDs, forKey: .userIDs)
        try c.encodeIfPresent(projectIDs, forKey: .projectIDs)
        try c.encodeIfPresent(clientIDs, forKey: .clientIDs)
        try c.encodeIfPresent(taskIDs, forKey: .taskIDs)
        try c.encodeIfPresent(tagIDs, forKey: .tagIDs)
        try c.encodeIfPresent(groupIDs, forKey: .groupIDs)
        try c.encodeIfPresent(timeEntryIDs, forKey: .timeEntryIDs)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(billable, forKey: .billable)
        try c.encodeIfPresent(rounding, forKey: .rounding)
        try c.encodeIfPresent(roundingMinutes, forKey: .roundingMinutes)
        try c.encodeIfPresent(minDurationSeconds, forKey: .minDurationSeconds)
        try c.encodeIfPresent(maxDurationSeconds, forKey: .maxDurationSeconds)
        try c.encodeIfPresent(grouping, forKey: .grouping)
        try c.encodeIfPresent(subGrouping, forKey: .subGrouping)
        try c.encodeIfPresent(includeTimeEntryIDs, forKey: .includeTimeEntryIDs)
        try c.encodeIfPresent(distinguishRates, forKey: .distinguishRates)
        try c.encodeIfPresent(pageSize, forKey: .pageSize)
        try c.encodeIfPresent(firstID, forKey: .firstID)
        try c.encodeIfPresent(firstRowNumber, forKey: .firstRowNumber)
        try c.encodeIfPresent(orderBy, forKey: .orderBy)
        try c.encodeIfPresent(orderDir, forKey: .orderDir)
        try c.encodeIfPresent(grouped, forKey: .grouped)
        try c.encodeIfPresent(hideAmounts, forKey: .hideAmounts)
        try c.encodeIfPresent(enrichResponse, forKey: .enrichResponse)
    }
}
