/// The body of `PUT /workspaces/{wid}`: the workspace settings to change. Only the fields that
/// are set are sent.
///
/// Covers the scalar settings of Toggl's `workspace.Payload`; admins, pricing plans and rate
/// change modes are left out.
public struct WorkspacePayload: Sendable, Hashable, Codable {
    /// Workspace name.
    public var name: String?
    /// Default currency, e.g. `USD` (paid plans).
    public var defaultCurrency: String?
    /// Default hourly rate (paid plans).
    public var defaultHourlyRate: Double?
    /// Rounding of durations in reports: 0 nearest, 1 up, −1 down (paid plans).
    public var rounding: Int?
    /// Rounding step in minutes (paid plans).
    public var roundingMinutes: Int?
    /// Only admins may create projects.
    public var onlyAdminsMayCreateProjects: Bool?
    /// Only admins may create tags.
    public var onlyAdminsMayCreateTags: Bool?
    /// Only admins see the team dashboard.
    public var onlyAdminsSeeTeamDashboard: Bool?
    /// New projects are billable by default.
    public var projectsBillableByDefault: Bool?
    /// New projects are private by default.
    public var projectsPrivateByDefault: Bool?
    /// Tracking on projects enforces their billable setting.
    public var projectsEnforceBillable: Bool?
    /// Public project data in reports is limited to admins.
    public var limitPublicProjectData: Bool?
    /// Reports collapsed by default.
    public var reportsCollapse: Bool?

    /// Creates a payload; every field defaults to "not sent".
    public init(
        name: String? = nil,
        defaultCurrency: String? = nil,
        defaultHourlyRate: Double? = nil,
        rounding: Int? = nil,
        roundingMinutes: Int? = nil,
        onlyAdminsMayCreateProjects: Bool? = nil,
        onlyAdminsMayCreateTags: Bool? = nil,
        onlyAdminsSeeTeamDashboard: Bool? = nil,
        projectsBillableByDefault: Bool? = nil,
        projectsPrivateByDefault: Bool? = nil,
        projectsEnforceBillable: Bool? = nil,
        limitPublicProjectData: Bool? = nil,
        reportsCollapse: Bool? = nil
    ) {
        self.name = name
        self.defaultCurrency = defaultCurrency
        self.defaultHourlyRate = defaultHourlyRate
        self.rounding = rounding
        self.roundingMinutes = roundingMinutes
        self.onlyAdminsMayCreateProjects = onlyAdminsMayCreateProjects
        self.onlyAdminsMayCreateTags = onlyAdminsMayCreateTags
        self.onlyAdminsSeeTeamDashboard = onlyAdminsSeeTeamDashboard
        self.projectsBillableByDefault = projectsBillableByDefault
        self.projectsPrivateByDefault = projectsPrivateByDefault
        self.projectsEnforceBillable = projectsEnforceBillable
        self.limitPublicProjectData = limitPublicProjectData
        self.reportsCollapse = reportsCollapse
    }

    enum CodingKeys: String, CodingKey {
        case name
        case defaultCurrency = "default_currency"
        case defaultHourlyRate = "default_hourly_rate"
        case rounding
        case roundingMinutes = "rounding_minutes"
        case onlyAdminsMayCreateProjects = "only_admins_may_create_projects"
        case onlyAdminsMayCreateTags = "only_admins_may_create_tags"
        case onlyAdminsSeeTeamDashboard = "only_admins_see_team_dashboard"
        case projectsBillableByDefault = "projects_billable_by_default"
        case projectsPrivateByDefault = "projects_private_by_default"
        case projectsEnforceBillable = "projects_enforce_billable"
        case limitPublicProjectData = "limit_public_project_data"
        case reportsCollapse = "reports_collapse"
    }

    /// Decodes a request body.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        defaultCurrency = try c.decodeIfPresent(String.self, forKey: .defaultCurrency)
        defaultHourlyRate = try c.decodeIfPresent(Double.self, forKey: .defaultHourlyRate)
        rounding = try c.decodeIfPresent(Int.self, forKey: .rounding)
        roundingMinutes = try c.decodeIfPresent(Int.self, forKey: .roundingMinutes)
        onlyAdminsMayCreateProjects = try c.decodeIfPresent(Bool.self, forKey: .onlyAdminsMayCreateProjects)
        onlyAdminsMayCreateTags = try c.decodeIfPresent(Bool.self, forKey: .onlyAdminsMayCreateTags)
        onlyAdminsSeeTeamDashboard = try c.decodeIfPresent(Bool.self, forKey: .onlyAdminsSeeTeamDashboard)
        projectsBillableByDefault = try c.decodeIfPresent(Bool.self, forKey: .projectsBillableByDefault)
        projectsPrivateByDefault = try c.decodeIfPresent(Bool.self, forKey: .projectsPrivateByDefault)
        projectsEnforceBillable = try c.decodeIfPresent(Bool.self, forKey: .projectsEnforceBillable)
        limitPublicProjectData = try c.decodeIfPresent(Bool.self, forKey: .limitPublicProjectData)
        reportsCollapse = try c.decodeIfPresent(Bool.self, forKey: .reportsCollapse)
    }

    /// Encodes only the fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(defaultCurrency, forKey: .defaultCurrency)
        try c.encodeIfPresent(defaultHourlyRate, forKey: .defaultHourlyRate)
        try c.encodeIfPresent(rounding, forKey: .rounding)
        try c.encodeIfPresent(roundingMinutes, forKey: .roundingMinutes)
        try c.encodeIfPresent(onlyAdminsMayCreateProjects, forKey: .onlyAdminsMayCreateProjects)
        try c.encodeIfPresent(onlyAdminsMayCreateTags, forKey: .onlyAdminsMayCreateTags)
        try c.encodeIfPresent(onlyAdminsSeeTeamDashboard, forKey: .onlyAdminsSeeTeamDashboard)
        try c.encodeIfPresent(projectsBillableByDefault, forKey: .projectsBillableByDefault)
        try c.encodeIfPresent(projectsPrivateByDefault, forKey: .projectsPrivateByDefault)
        try c.encodeIfPresent(projectsEnforceBillable, forKey: .projectsEnforceBillable)
        try c.encodeIfPresent(limitPublicProjectData, forKey: .limitPublicProjectData)
        try c.encodeIfPresent(reportsCollapse, forKey: .reportsCollapse)
    }
}
