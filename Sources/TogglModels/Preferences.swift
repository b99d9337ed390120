/// The user's preferences (`GET /me/preferences`), only the parts a terminal client uses.
///
/// Everything is optional and unknown keys are ignored (the real object has well over a hundred
/// keys). The week start is read from `BeginningOfWeek` (what the recording shows) or
/// `beginningOfWeek` (what the spec says) and written as `BeginningOfWeek`.
public struct Preferences: Sendable, Hashable, Codable {
    /// An alpha feature flag.
    public struct AlphaFeature: Sendable, Hashable, Codable {
        /// Feature code, e.g. `paging_project_list`.
        public let code: String?
        /// Whether it is on.
        public let enabled: Bool?

        /// Creates a flag.
        public init(code: String? = nil, enabled: Bool? = nil) {
            self.code = code
            self.enabled = enabled
        }
    }

    /// Date format, e.g. `MM/DD/YYYY`.
    public var dateFormat: String?
    /// Time-of-day format, e.g. `H:mm` or `h:mm A`.
    public var timeOfDayFormat: String?
    /// Duration format: `classic`, `decimal` or `improved`.
    public var durationFormat: String?
    /// First day of the week, 0 = Sunday.
    public var beginningOfWeek: Int?
    /// Time zone name, e.g. `Europe/Moscow`.
    public var pgTimeZoneName: String?
    /// Timeline recording enabled.
    public var recordTimeline: Bool?
    /// Product emails enabled.
    public var sendProductEmails: Bool?
    /// Timer notifications enabled.
    public var sendTimerNotifications: Bool?
    /// Weekly report emails enabled.
    public var sendWeeklyReport: Bool?
    /// Alpha feature flags.
    public var alphaFeatures: [AlphaFeature]?

    /// Creates preferences (for tests and the sandbox).
    public init(
        dateFormat: String? = nil,
        timeOfDayFormat: String? = nil,
        durationFormat: String? = nil,
        beginningOfWeek: Int? = nil,
        pgTimeZoneName: String? = nil,
        recordTimeline: Bool? = nil,
        sendProductEmails: Bool? = nil,
        sendTimerNotifications: Bool? = nil,
        sendWeeklyReport: Bool? = nil,
        alphaFeatures: [AlphaFeature]? = nil
    ) {
        self.dateFormat = dateFormat
        self.timeOfDayFormat = timeOfDayFormat
        self.durationFormat = durationFormat
        self.beginningOfWeek = beginningOfWeek
        self.pgTimeZoneName = pgTimeZoneName
        self.recordTimeline = recordTimeline
        self.sendProductEmails = sendProductEmails
        self.sendTimerNotifications = sendTimerNotifications
        self.sendWeeklyReport = sendWeeklyReport
        self.alphaFeatures = alphaFeatures
    }

    enum CodingKeys: String, CodingKey {
        case dateFormat = "date_format"
        case timeOfDayFormat = "timeofday_format"
        case durationFormat = "duration_format"
        case beginningOfWeek = "BeginningOfWeek"
        case beginningOfWeekSpec = "beginningOfWeek"
        case pgTimeZoneName = "pg_time_zone_name"
        case recordTimeline = "record_timeline"
        case sendProductEmails = "send_product_emails"
        case sendTimerNotifications = "send_timer_notifications"
        case sendWeeklyReport = "send_weekly_report"
        case alphaFeatures = "alpha_features"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dateFormat = try c.decodeIfPresent(String.self, forKey: .dateFormat)
        timeOfDayFormat = try c.decodeIfPresent(String.self, forKey: .timeOfDayFormat)
        durationFormat = try c.decodeIfPresent(String.self, forKey: .durationFormat)
        beginningOfWeek = try c.decodeFirst(Int.self, .beginningOfWeek, .beginningOfWeekSpec)
        pgTimeZoneName = try c.decodeIfPresent(String.self, forKey: .pgTimeZoneName)
        recordTimeline = try c.decodeIfPresent(Bool.self, forKey: .recordTimeline)
        sendProductEmails = try c.decodeIfPresent(Bool.self, forKey: .sendProductEmails)
        sendTimerNotifications = try c.decodeIfPresent(Bool.self, forKey: .sendTimerNotifications)
        sendWeeklyReport = try c.decodeIfPresent(Bool.self, forKey: .sendWeeklyReport)
        alphaFeatures = try c.decodeIfPresent([AlphaFeature].self, forKey: .alphaFeatures)
    }

    /// Encodes the set fields only.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(dateFormat, forKey: .dateFormat)
        try c.encodeIfPresent(timeOfDayFormat, forKey: .timeOfDayFormat)
        try c.encodeIfPresent(durationFormat, forKey: .durationFormat)
        try c.encodeIfPresent(beginningOfWeek, forKey: .beginningOfWeek)
        try c.encodeIfPresent(pgTimeZoneName, forKey: .pgTimeZoneName)
        try c.encodeIfPresent(recordTimeline, forKey: .recordTimeline)
        try c.encodeIfPresent(sendProductEmails, forKey: .sendProductEmails)
        try c.encodeIfPresent(sendTimerNotifications, forKey: .sendTimerNotifications)
        try c.encodeIfPresent(sendWeeklyReport, forKey: .sendWeeklyReport)
        try c.encodeIfPresent(alphaFeatures, forKey: .alphaFeatures)
    }
}
