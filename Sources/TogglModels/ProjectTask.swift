#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    public var projectID: Int64
    /// The workspace; 0 if the server sent none.
    public var workspaceID: Int64
    /// `false` once the task is done (`true` when absent).
    public var active: Bool
    /// Creation or last modification (server-owned).
    public let at: Date?
    /// Estimated time in seconds.
    public var estimatedSeconds: Int?
    /// Time tracked on the task, in **milliseconds** (Toggl's naming; server-owned).
    public let trackedSeconds: Int?
    /// The assignee.
    public var userID: Int64?
    /// The assignee's name.
    public let userName: String?
    /// The assignee's Toggl accounts id.
    public let togglAccountsID: String?
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
    public let clientID: Int64?
    /// The project's client name (metadata).
    public let clientName: String?
    /// The assignee's avatar.
    public let avatarURL: String?
    /// A reference to the task in another system.
    public var externalReference: String?
    /// Permissions of the caller on this task, if sent.
    public let permissions: [String]?
    /// Linked integration provider, shape not modelled.
    public let integrationProvider: JSONValue?
    /// External id in the linked integration.
    public let integrationExtID: String?
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
        projectID: Int64,
        workspaceID: Int64,
        active: Bool = true,
        at: Date? = nil,
        estimatedSeconds: Int? = nil,
        trackedSeconds: Int? = nil,
        userID: Int64? = nil,
        userName: String? = nil,
        togglAccountsID: String? = nil,
        recurring: Bool = false,
        rate: Double? = nil,
        rateLastUpdated: Date? = nil,
        projectName: String? = nil,
        projectColor: String? = nil,
        projectBillable: Bool? = nil,
        projectIsPrivate: Bool? = nil,
        clientID: Int64? = nil,
        clientName: String? = nil,
        avatarURL: String? = nil,
        externalReference: String? = nil,
        permissions: [String]? = nil,
        integrationProvider: JSONValue? = nil,
        integrationExtID: String? = nil,
        integrationExtType: String? = nil
    ) {
        self.id = id
        self.name = name
        self.projectID = projectID
        self.workspaceID = workspaceID
        self.active = active
        self.at = at
        self.estimatedSeconds = estimatedSeconds
        self.trackedSeconds = trackedSeconds
        self.userID = userID
        self.userName = userName
        self.togglAccountsID = togglAccountsID
        self.recurring = recurring
        self.rate = rate
        self.rateLastUpdated = rateLastUpdated
        self.projectName = projectName
        self.projectColor = projectColor
        self.projectBillable = projectBillable
        self.projectIsPrivate = projectIsPrivate
        self.clientID = clientID
        self.clientName = clientName
        self.avatarURL = avatarURL
        self.externalReference = externalReference
        self.permissions = permissions
        self.integrationProvider = integrationProvider
        self.integrationExtID = integrationExtID
        self.integrationExtType = integrationExtType
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case projectID = "project_id"
        case pid
        case workspaceID = "workspace_id"
        case wid, active, at
        case estimatedSeconds = "estimated_seconds"
        case trackedSeconds = "tracked_seconds"
        case userID = "user_id"
        case userName = "user_name"
        case togglAccountsID = "toggl_accounts_id"
        case recurring, rate
        case rateLastUpdated = "rate_last_updated"
        case projectName = "project_name"
        case projectColor = "project_color"
        case projectBillable = "project_billable"
        case projectIsPrivate = "project_is_private"
        case clientID = "client_id"
        case clientName = "client_name"
        case avatarURL = "avatar_url"
        case externalReference = "external_reference"
        case permissions
        case integrationProvider = "integration_provider"
        case integrationExtID = "integration_ext_id"
        case integrationExtType = "integration_ext_type"
    }

    /// Decodes leniently (also accepts legacy `pid`/`wid`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        name = try c.decode(.name, default: "")
        projectID = try c.decodeFirst(Int64.self, .projectID, .pid) ?? 0
        workspaceID = try c.decodeFirst(Int64.self, .workspaceID, .wid) ?? 0
        active = try c.decode(.active, default: true)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        estimatedSeconds = try c.decodeIfPresent(Int.self, forKey: .estimatedSeconds)
        trackedSeconds = try c.decodeIfPresent(Int.self, forKey: .trackedSeconds)
        userID = try c.decodeIfPresent(Int64.self, forKey: .userID)
        userName = try c.decodeIfPresent(String.self, forKey: .userName)
        togglAccountsID = try c.decodeIfPresent(String.self, forKey: .togglAccountsID)
        recurring = try c.decode(.recurring, default: false)
        rate = try c.decodeIfPresent(Double.self, forKey: .rate)
        rateLastUpdated = try c.decodeIfPresent(Date.self, forKey: .rateLastUpdated)
        projectName = try c.decodeIfPresent(String.self, forKey: .projectName)
        projectColor = try c.decodeIfPresent(String.self, forKey: .projectColor)
        projectBillable = try c.decodeIfPresent(Bool.self, forKey: .projectBillable)
        projectIsPrivate = try c.decodeIfPresent(Bool.self, forKey: .projectIsPrivate)
        clientID = try c.decodeIfPresent(Int64.self, forKey: .clientID)
        clientName = try c.decodeIfPresent(String.self, forKey: .clientName)
        avatarURL = try c.decodeIfPresent(String.self, forKey: .avatarURL)
        externalReference = try c.decodeIfPresent(String.self, forKey: .externalReference)
        permissions = try c.decodeIfPresent([String].self, forKey: .permissions)
        integrationProvider = try c.decodeIfPresent(JSONValue.self, forKey: .integrationProvider)
        integrationExtID = try c.decodeIfPresent(String.self, forKey: .integrationExtID)
        integrationExtType = try c.decodeIfPresent(String.self, forKey: .integrationExtType)
    }

    /// Encodes Toggl's read shape (`null` for the fields the spec marks nullable).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(projectID, forKey: .projectID)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(active, forKey: .active)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(estimatedSeconds, forKey: .estimatedSeconds)
        try c.encodeIfPresent(trackedSeconds, forKey: .trackedSeconds)
        try c.encodeNullable(userID, forKey: .userID)
        try c.encodeNullable(userName, forKey: .userName)
        try c.encodeNullable(togglAccountsID, forKey: .togglAccountsID)
        try c.encode(recurring, forKey: .recurring)
        try c.encodeIfPresent(rate, forKey: .rate)
        try c.encodeNullable(rateLastUpdated, forKey: .rateLastUpdated)
        try c.encodeIfPresent(projectName, forKey: .projectName)
        try c.encodeIfPresent(projectColor, forKey: .projectColor)
        try c.encodeIfPresent(projectBillable, forKey: .projectBillable)
        try c.encodeNullable(projectIsPrivate, forKey: .projectIsPrivate)
        try c.encodeNullable(clientID, forKey: .clientID)
        try c.encodeNullable(clientName, forKey: .clientName)
        try c.encodeNullable(avatarURL, forKey: .avatarURL)
        try c.encodeIfPresent(externalReference, forKey: .externalReference)
        try c.encodeIfPresent(permissions, forKey: .permissions)
        try c.encodeIfPresent(integrationProvider, forKey: .integrationProvider)
        try c.encodeIfPresent(integrationExtID, forKey: .integrationExtID)
        try c.encodeIfPresent(integrationExtType, forKey: .integrationExtType)
    }
}
