#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Toggl workspace (`GET /workspaces/{wid}`, `/me/workspaces`, embedded in `/me`).
///
/// Every field but `id` may be `null` or absent. The deprecated workspace `api_token` and the
/// `ical_url` (which embeds a calendar token) are ``Secret``s, so they never show up in
/// descriptions or dumps.
public struct Workspace: Sendable, Hashable, Codable, Identifiable {
    /// The workspace id (server-owned).
    public let id: Int64
    /// The organization it belongs to.
    public let organizationID: Int64?
    /// The workspace name (`""` when absent).
    public var name: String
    /// On a Starter (or higher) subscription.
    public let premium: Bool
    /// On a Premium (or higher) subscription.
    public let businessWs: Bool
    /// Whether the caller is an admin (deprecated by Toggl; see ``role``).
    public let admin: Bool
    /// The caller's role, e.g. `admin`.
    public let role: String?
    /// When the workspace was suspended.
    public let suspendedAt: Date?
    /// When the workspace was deleted.
    public let serverDeletedAt: Date?
    /// Default hourly rate (premium).
    public var defaultHourlyRate: Double?
    /// Last rate change.
    public let rateLastUpdated: Date?
    /// Default currency, e.g. `USD`.
    public var defaultCurrency: String?
    /// Only admins may create projects.
    public var onlyAdminsMayCreateProjects: Bool
    /// Only admins may create tags.
    public var onlyAdminsMayCreateTags: Bool
    /// Only admins see billable rates.
    public var onlyAdminsSeeBillableRates: Bool
    /// Only admins see the team dashboard.
    public var onlyAdminsSeeTeamDashboard: Bool
    /// New projects are billable by default.
    public var projectsBillableByDefault: Bool
    /// New projects are private by default.
    public var projectsPrivateByDefault: Bool
    /// Tracking on projects enforces their billable setting.
    public var projectsEnforceBillable: Bool
    /// Public project data in reports is limited to admins.
    public var limitPublicProjectData: Bool
    /// Last modification of data in the workspace.
    public let lastModified: Date?
    /// Reports collapsed by default.
    public var reportsCollapse: Bool
    /// Rounding: 0 nearest, 1 up, −1 down (premium).
    public var rounding: Int
    /// Rounding in minutes (premium).
    public var roundingMinutes: Int
    /// Deprecated workspace API token — a real credential; redacted in output.
    public let apiToken: Secret?
    /// Last change (server-owned).
    public let at: Date?
    /// Logo URL.
    public let logoURL: String?
    /// Calendar feed URL (embeds a token; redacted in output).
    public let icalURL: Secret?
    /// Whether the calendar feed is enabled.
    public var icalEnabled: Bool
    /// CSV upload state, shape not modelled.
    public let csvUpload: JSONValue?
    /// Subscription (deprecated), shape not modelled.
    public let subscription: JSONValue?
    /// Hide start and end times.
    public var hideStartEndTimes: Bool
    /// Working hours per day in minutes.
    public var workingHoursInMinutes: Int?
    /// How far back a free workspace may see data, shape not modelled.
    public let maxDataRetentionDays: JSONValue?
    /// Time entry constraints, shape not modelled.
    public let teConstraints: JSONValue?
    /// Approvals disabled.
    public var disableApprovals: Bool?
    /// Expenses disabled.
    public var disableExpenses: Bool?
    /// Timesheet view disabled.
    public var disableTimesheetView: Bool?
    /// Permissions of the caller on this workspace, if sent.
    public let permissions: [String]?
    /// Undocumented `profile` number (seen as 0).
    public let profile: Int?
    /// Number of active projects (only from `/me/workspaces`).
    public let activeProjectCount: Int?

    /// Creates a workspace (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        organizationID: Int64? = nil,
        name: String,
        premium: Bool = false,
        businessWs: Bool = false,
        admin: Bool = false,
        role: String? = nil,
        suspendedAt: Date? = nil,
        serverDeletedAt: Date? = nil,
        defaultHourlyRate: Double? = nil,
        rateLastUpdated: Date? = nil,
        defaultCurrency: String? = nil,
        onlyAdminsMayCreateProjects: Bool = false,
        onlyAdminsMayCreateTags: Bool = false,
        onlyAdminsSeeBillableRates: Bool = false,
        onlyAdminsSeeTeamDashboard: Bool = false,
        projectsBillableByDefault: Bool = false,
        projectsPrivateByDefault: Bool = false,
        projectsEnforceBillable: Bool = false,
        limitPublicProjectData: Bool = false,
        lastModified: Date? = nil,
        reportsCollapse: Bool = false,
        rounding: Int = 0,
        roundingMinutes: Int = 0,
        apiToken: Secret? = nil,
        at: Date? = nil,
        logoURL: String? = nil,
        icalURL: Secret? = nil,
        icalEnabled: Bool = false,
        csvUpload: JSONValue? = nil,
        subscription: JSONValue? = nil,
        hideStartEndTimes: Bool = false,
        workingHoursInMinutes: Int? = nil,
        maxDataRetentionDays: JSONValue? = nil,
        teConstraints: JSONValue? = nil,
        disableApprovals: Bool? = nil,
        disableExpenses: Bool? = nil,
        disableTimesheetView: Bool? = nil,
        permissions: [String]? = nil,
        profile: Int? = nil,
        activeProjectCount: Int? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.premium = premium
        self.businessWs = businessWs
        self.admin = admin
        self.role = role
        self.suspendedAt = suspendedAt
        self.serverDeletedAt = serverDeletedAt
        self.defaultHourlyRate = defaultHourlyRate
        self.rateLastUpdated = rateLastUpdated
        self.defaultCurrency = defaultCurrency
        self.onlyAdminsMayCreateProjects = onlyAdminsMayCreateProjects
        self.onlyAdminsMayCreateTags = onlyAdminsMayCreateTags
        self.onlyAdminsSeeBillableRates = onlyAdminsSeeBillableRates
        self.onlyAdminsSeeTeamDashboard = onlyAdminsSeeTeamDashboard
        self.projectsBillableByDefault = projectsBillableByDefault
        self.projectsPrivateByDefault = projectsPrivateByDefault
        self.projectsEnforceBillable = projectsEnforceBillable
        self.limitPublicProjectData = limitPublicProjectData
        self.lastModified = lastModified
        self.reportsCollapse = reportsCollapse
        self.rounding = rounding
        self.roundingMinutes = roundingMinutes
        self.apiToken = apiToken
        self.at = at
        self.logoURL = logoURL
        self.icalURL = icalURL
        self.icalEnabled = icalEnabled
        self.csvUpload = csvUpload
        self.subscription = subscription
        self.hideStartEndTimes = hideStartEndTimes
        self.workingHoursInMinutes = workingHoursInMinutes
        self.maxDataRetentionDays = maxDataRetentionDays
        self.teConstraints = teConstraints
        self.disableApprovals = disableApprovals
        self.disableExpenses = disableExpenses
        self.disableTimesheetView = disableTimesheetView
        self.permissions = permissions
        self.profile = profile
        self.activeProjectCount = activeProjectCount
    }

    enum CodingKeys: String, CodingKey {
        case id
        case organizationID = "organization_id"
        case name, premium
        case businessWs = "business_ws"
        case admin, role
        case suspendedAt = "suspended_at"
        case serverDeletedAt = "server_deleted_at"
        case defaultHourlyRate = "default_hourly_rate"
        case rateLastUpdated = "rate_last_updated"
        case defaultCurrency = "default_currency"
        case onlyAdminsMayCreateProjects = "only_admins_may_create_projects"
        case onlyAdminsMayCreateTags = "only_admins_may_create_tags"
        case onlyAdminsSeeBillableRates = "only_admins_see_billable_rates"
        case onlyAdminsSeeTeamDashboard = "only_admins_see_team_dashboard"
        case projectsBillableByDefault = "projects_billable_by_default"
        case projectsPrivateByDefault = "projects_private_by_default"
        case projectsEnforceBillable = "projects_enforce_billable"
        case limitPublicProjectData = "limit_public_project_data"
        case lastModified = "last_modified"
        case reportsCollapse = "reports_collapse"
        case rounding
        case roundingMinutes = "rounding_minutes"
        case apiToken = "api_token"
        case at
        case logoURL = "logo_url"
        case icalURL = "ical_url"
        case icalEnabled = "ical_enabled"
        case csvUpload = "csv_upload"
        case subscription
        case hideStartEndTimes = "hide_start_end_times"
        case workingHoursInMinutes = "working_hours_in_minutes"
        case maxDataRetentionDays = "max_data_retention_days"
        case teConstraints = "te_constraints"
        case disableApprovals = "disable_approvals"
        case disableExpenses = "disable_expenses"
        case disableTimesheetView = "disable_timesheet_view"
        case permissions, profile
        case activeProjectCount = "active_project_count"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        organizationID = try c.decodeIfPresent(Int64.self, forKey: .organizationID)
        name = try c.decode(.name, default: "")
        premium = try c.decode(.premium, default: false)
        businessWs = try c.decode(.businessWs, default: false)
        admin = try c.decode(.admin, default: false)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        suspendedAt = try c.decodeIfPresent(Date.self, forKey: .suspendedAt)
        serverDeletedAt = try c.decodeIfPresent(Date.self, forKey: .serverDeletedAt)
        defaultHourlyRate = try c.decodeIfPresent(Double.self, forKey: .defaultHourlyRate)
        rateLastUpdated = try c.decodeIfPresent(Date.self, forKey: .rateLastUpdated)
        defaultCurrency = try c.decodeIfPresent(String.self, forKey: .defaultCurrency)
        onlyAdminsMayCreateProjects = try c.decode(.onlyAdminsMayCreateProjects, default: false)
        onlyAdminsMayCreateTags = try c.decode(.onlyAdminsMayCreateTags, default: false)
        onlyAdminsSeeBillableRates = try c.decode(.onlyAdminsSeeBillableRates, default: false)
        onlyAdminsSeeTeamDashboard = try c.decode(.onlyAdminsSeeTeamDashboard, default: false)
        projectsBillableByDefault = try c.decode(.projectsBillableByDefault, default: false)
        projectsPrivateByDefault = try c.decode(.projectsPrivateByDefault, default: false)
        projectsEnforceBillable = try c.decode(.projectsEnforceBillable, default: false)
        limitPublicProjectData = try c.decode(.limitPublicProjectData, default: false)
        lastModified = try c.decodeIfPresent(Date.self, forKey: .lastModified)
        reportsCollapse = try c.decode(.reportsCollapse, default: false)
        rounding = try c.decode(.rounding, default: 0)
        roundingMinutes = try c.decode(.roundingMinutes, default: 0)
        apiToken = try c.decodeIfPresent(Secret.self, forKey: .apiToken)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        logoURL = try c.decodeIfPresent(String.self, forKey: .logoURL)
        icalURL = try c.decodeIfPresent(Secret.self, forKey: .icalURL)
        icalEnabled = try c.decode(.icalEnabled, default: false)
        csvUpload = try c.decodeIfPresent(JSONValue.self, forKey: .csvUpload)
        subscription = try c.decodeIfPresent(JSONValue.self, forKey: .subscription)
        hideStartEndTimes = try c.decode(.hideStartEndTimes, default: false)
        workingHoursInMinutes = try c.decodeIfPresent(Int.self, forKey: .workingHoursInMinutes)
        maxDataRetentionDays = try c.decodeIfPresent(JSONValue.self, forKey: .maxDataRetentionDays)
        teConstraints = try c.decodeIfPresent(JSONValue.self, forKey: .teConstraints)
        disableApprovals = try c.decodeIfPresent(Bool.self, forKey: .disableApprovals)
        disableExpenses = try c.decodeIfPresent(Bool.self, forKey: .disableExpenses)
        disableTimesheetView = try c.decodeIfPresent(Bool.self, forKey: .disableTimesheetView)
        permissions = try c.decodeIfPresent([String].self, forKey: .permissions)
        profile = try c.decodeIfPresent(Int.self, forKey: .profile)
        activeProjectCount = try c.decodeIfPresent(Int.self, forKey: .activeProjectCount)
    }

    /// Encodes Toggl's read shape (`null` for the nullable fields Toggl sends as `null`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeNullable(organizationID, forKey: .organizationID)
        try c.encode(name, forKey: .name)
        try c.encode(premium, forKey: .premium)
        try c.encode(businessWs, forKey: .businessWs)
        try c.encode(admin, forKey: .admin)
        try c.encodeNullable(role, forKey: .role)
        try c.encodeNullable(suspendedAt, forKey: .suspendedAt)
        try c.encodeNullable(serverDeletedAt, forKey: .serverDeletedAt)
        try c.encodeNullable(defaultHourlyRate, forKey: .defaultHourlyRate)
        try c.encodeNullable(rateLastUpdated, forKey: .rateLastUpdated)
        try c.encodeNullable(defaultCurrency, forKey: .defaultCurrency)
        try c.encode(onlyAdminsMayCreateProjects, forKey: .onlyAdminsMayCreateProjects)
        try c.encode(onlyAdminsMayCreateTags, forKey: .onlyAdminsMayCreateTags)
        try c.encode(onlyAdminsSeeBillableRates, forKey: .onlyAdminsSeeBillableRates)
        try c.encode(onlyAdminsSeeTeamDashboard, forKey: .onlyAdminsSeeTeamDashboard)
        try c.encode(projectsBillableByDefault, forKey: .projectsBillableByDefault)
        try c.encode(projectsPrivateByDefault, forKey: .projectsPrivateByDefault)
        try c.encode(projectsEnforceBillable, forKey: .projectsEnforceBillable)
        try c.encode(limitPublicProjectData, forKey: .limitPublicProjectData)
        try c.encodeNullable(lastModified, forKey: .lastModified)
        try c.encode(reportsCollapse, forKey: .reportsCollapse)
        try c.encode(rounding, forKey: .rounding)
        try c.encode(roundingMinutes, forKey: .roundingMinutes)
        try c.encodeNullable(apiToken, forKey: .apiToken)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(logoURL, forKey: .logoURL)
        try c.encodeNullable(icalURL, forKey: .icalURL)
        try c.encode(icalEnabled, forKey: .icalEnabled)
        try c.encodeNullable(csvUpload, forKey: .csvUpload)
        try c.encodeNullable(subscription, forKey: .subscription)
        try c.encode(hideStartEndTimes, forKey: .hideStartEndTimes)
        try c.encodeNullable(workingHoursInMinutes, forKey: .workingHoursInMinutes)
        try c.encodeIfPresent(maxDataRetentionDays, forKey: .maxDataRetentionDays)
        try c.encodeIfPresent(teConstraints, forKey: .teConstraints)
        try c.encodeIfPresent(disableApprovals, forKey: .disableApprovals)
        try c.encodeIfPresent(disableExpenses, forKey: .disableExpenses)
        try c.encodeIfPresent(disableTimesheetView, forKey: .disableTimesheetView)
        try c.encodeIfPresent(permissions, forKey: .permissions)
        try c.encodeIfPresent(profile, forKey: .profile)
        try c.encodeIfPresent(activeProjectCount, forKey: .activeProjectCount)
    }
}
