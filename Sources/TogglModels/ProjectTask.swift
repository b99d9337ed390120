import Foundation

/// A Toggl task: a to-do inside a project (`GET /workspaces/{wid}/projects/{pid}/tasks`,
/// `/me/tasks`, embedded in `/me`).
///
/// Named `ProjectTask` so it does not shadow Swift's `Task`. Note that `tracked_seconds` is in
/// **milliseconds** despite its name (see ``trackedSeconds`` and ``trackedDuration``).
/// Every field but `id` may be `null` or absent.
public struct ProjectTask: Sendable, Hashable, Codable, Identifiable {
    /// The task id (server-owned).
    public let id: Int64
    /// The task name (`""` when absent).
    public var name: String
    /// The project; 0 if the server sent none.
    public var projectId: Int64
    /// The workspace; 0 if the server sent none.
    public var workspaceId: Int64
    /// `false` once the task is done (`true` when absent).
    public var active: Bool
    /// Creation or last modification (server-owned).
    public let at: Date?
    /// Estimated time in seconds.
    public var estimatedSeconds: Int?
    /// Time tracked on the task, in **milliseconds** (Toggl's naming; server-owned).
    public let trackedSeconds: Int?
    /// The assignee.
    public var userId: Int64?
    /// The assignee's name.
    public let userName: String?
    /// The assignee's Toggl accounts id.
    public let togglAccountsId: String?
    /// Whether the task recurs.
    public var recurring: Bool
    /// Hourly rate.
    public var rate: Double?
    /// Last rate change (server-owned).
    public let rateLastUpdated: Date?
    /// Project name (metadata).
    public let projectName: String?
    /// Project colour (metadata).
    public let projectColor: String?
    /// Whether the project is billable (metadata).
    public let projectBillable: Bool?
    /// Whether the project is private (metadata).
    public let projectIsPrivate: Bool?
    /// The project's client (metadata).
    public let clientId: Int64?
    /// The project's client name (metadata).
    public let clientName: String?
    /// The assignee's avatar.
    public let avatarUrl: String?
    /// A reference to the task in another system.
    public var externalReference: String?
    /// Permissions of the caller on this task, if sent.
    public let permissions: [String]?
    /// Linked integration provider, shape not modelled.
    public let integrationProvider: JSONValue?
    /// External id in the linked integration.
    public let integrationExtId: String?
    /// External type in the linked integration.
    public let integrationExtType: String?

    /// Time tracked on the task in seconds (``trackedSeconds`` converted from milliseconds).
    public var trackedDuration: TimeInterval? {
        trackedSeconds.map { TimeInterval($0) / 1000 }
    }

    /// Creates a task (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        name: String,
        projectId: Int64,
        workspaceId: Int64,
        active: Bool = true,
        at: Date? = nil,
        estimatedSeconds: Int? = nil,
        trackedSeconds: Int? = nil,
        userId: Int64? = nil,
        userName: String? = nil,
        togglAccountsId: String? = nil,
        recurring: Bool = false,
        rate: Double? = nil,
        rateLastUpdated: Date? = nil,
        projectName: String? = nil,
        projectColor: String? = nil,
        projectBillable: Bool? = nil,
        projectIsPrivate: Bool? = nil,
        clientId: Int64? = nil,
        clientName: String? = nil,
        avatarUrl: String? = nil,
        externalReference: String? = nil,
        permissions: [String]? = nil,
        integrationProvider: JSONValue? = nil,
        integrationExtId: String? = nil,
        integrationExtType: String? = nil
    ) {
        self.id = id
        self.name = name
        self.projectId = projectId
        self.workspaceId = workspaceId
        self.active = active
        self.at = at
        self.estimatedSeconds = estimatedSeconds
        self.trackedSeconds = trackedSeconds
        self.userId = userId
        self.userName = userName
        self.togglAccountsId = togglAccountsId
        self.recurring = recurring
        self.rate = rate
        self.rateLastUpdated = rateLastUpdated
        self.projectName = projectName
        self.projectColor = projectColor
        self.projectBillable = projectBillable
        self.projectIsPrivate = projectIsPrivate
        self.clientId = clientId
        self.clientName = clientName
        self.avatarUrl = avatarUrl
        self.externalReference = externalReference
        self.permissions = permissions
        self.integrationProvider = integrationProvider
        self.integrationExtId = integrationExtId
        self.integrationExtType = integrationExtType
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case projectId = "project_id"
        case pid
        case workspaceId = "workspace_id"
        case wid, active, at
        case estimatedSeconds = "estimated_seconds"
        case trackedSeconds = "tracked_seconds"
        case userId = "user_id"
        case userName = "user_name"
        case togglAccountsId = "toggl_accounts_id"
        case recurring, rate
        case rateLastUpdated = "rate_last_updated"
        case projectName = "project_name"
        case projectColor = "project_color"
        case projectBillable = "project_billable"
        case projectIsPrivate = "project_is_private"
        case clientId = "client_id"
        case clientName = "client_name"
        case avatarUrl = "avatar_url"
        case externalReference = "external_reference"
        case permissions
        case integrationProvider = "integration_provider"
        case integrationExtId = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
    }

    /// Decodes leniently (also accepts legacy `pid`/`wid`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        name = try c.decode(.name, default: "")
        projectId = try c.decodeFirst(Int64.self, .projectId, .pid) ?? 0
        workspaceId = try c.decodeFirst(Int64.self, .workspaceId, .wid) ?? 0
        active = try c.decode(.active, default: true)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        estimatedSeconds = try c.decodeIfPresent(Int.self, forKey: .estimatedSeconds)
        trackedSeconds = try c.decodeIfPresent(Int.self, forKey: .trackedSeconds)
        userId = try c.decodeIfPresent(Int64.self, forKey: .userId)
        userName = try c.decodeIfPresent(String.self, forKey: .userName)
        togglAccountsId = try c.decodeIfPresent(String.self, forKey: .togglAccountsId)
        recurring = try c.decode(.recurring, default: false)
        rate = try c.decodeIfPresent(Double.self, forKey: .rate)
        rateLastUpdated = try c.decodeIfPresent(Date.self, forKey: .rateLastUpdated)
        projectName = try c.decodeIfPresent(String.self, forKey: .projectName)
        projectColor = try c.decodeIfPresent(String.self, forKey: .projectColor)
        projectBillable = try c.decodeIfPresent(Bool.self, forKey: .projectBillable)
        projectIsPrivate = try c.decodeIfPresent(Bool.self, forKey: .projectIsPrivate)
        clientId = try c.decodeIfPresent(Int64.self, forKey: .clientId)
        clientName = try c.decodeIfPresent(String.self, forKey: .clientName)
        avatarUrl = try c.decodeIfPresent(String.self, forKey: .avatarUrl)
        externalReference = try c.decodeIfPresent(String.self, forKey: .externalReference)
        permissions = try c.decodeIfPresent([String].self, forKey: .permissions)
        integrationProvider = try c.decodeIfPresent(JSONValue.self, forKey: .integrationProvider)
        integrationExtId = try c.decodeIfPresent(String.self, forKey: .integrationExtId)
        integrationExtType = try c.decodeIfPresent(String.self, forKey: .integrationExtType)
    }

    /// Encodes Toggl's read shape (`null` for the fields the spec marks nullable).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(projectId, forKey: .projectId)
        try c.encode(workspaceId, forKey: .workspaceId)
        try c.encode(active, forKey: .active)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(estimatedSeconds, forKey: .estimatedSeconds)
        try c.encodeIfPresent(trackedSeconds, forKey: .trackedSeconds)
        try c.encodeNullable(userId, forKey: .userId)
        try c.encodeNullable(userName, forKey: .userName)
        try c.encodeNullable(togglAccountsId, forKey: .togglAccountsId)
        try c.encode(recurring, forKey: .recurring)
        try c.encodeIfPresent(rate, forKey: .rate)
        try c.encodeNullable(rateLastUpdated, forKey: .rateLastUpdated)
        try c.encodeIfPresent(projectName, forKey: .projectName)
        try c.encodeIfPresent(projectColor, forKey: .projectColor)
        try c.encodeIfPresent(projectBillable, forKey: .projectBillable)
        try c.encodeNullable(projectIsPrivate, forKey: .projectIsPrivate)
        try c.encodeNullable(clientId, forKey: .clientId)
        try c.encodeNullable(clientName, forKey: .clientName)
        try c.encodeNullable(avatarUrl, forKey: .avatarUrl)
        try c.encodeIfPresent(externalReference, forKey: .externalReference)
        try c.encodeIfPresent(permissions, forKey: .permissions)
        try c.encodeIfPresent(integrationProvider, forKey: .integrationProvider)
        try c.encodeIfPresent(integrationExtId, forKey: .integrationExtId)
        try c.encodeIfPresent(integrationExtType, forKey: .integrationExtType)
    }
}
