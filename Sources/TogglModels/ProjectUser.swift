#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A user's membership of a project (`GET /workspaces/{wid}/project_users`).
///
/// Every field but `id` may be `null` or absent; `gid` is read when `group_id` is missing.
public struct ProjectUser: Sendable, Hashable, Codable, Identifiable {
    /// The project-user id (server-owned).
    public let id: Int64
    /// The project; 0 if the server sent none.
    public let projectID: Int64
    /// The user; 0 if the server sent none.
    public let userID: Int64
    /// The workspace; 0 if the server sent none.
    public let workspaceID: Int64
    /// The user manages the project.
    public var manager: Bool
    /// Custom hourly rate.
    public var rate: Double?
    /// Custom labor cost.
    public var laborCost: Double?
    /// The group through which the user is a member (`group_id`, legacy `gid`).
    public let groupID: Int64?
    /// Last modification (server-owned).
    public let at: Date?
    /// Last rate change.
    public let rateLastUpdated: Date?
    /// Last labor cost change.
    public let laborCostLastUpdated: Date?

    /// Creates a project user (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        projectID: Int64,
        userID: Int64,
        workspaceID: Int64,
        manager: Bool = false,
        rate: Double? = nil,
        laborCost: Double? = nil,
        groupID: Int64? = nil,
        at: Date? = nil,
        rateLastUpdated: Date? = nil,
        laborCostLastUpdated: Date? = nil
    ) {
        self.id = id
        self.projectID = projectID
        self.userID = userID
        self.workspaceID = workspaceID
        self.manager = manager
        self.rate = rate
        self.laborCost = laborCost
        self.groupID = groupID
        self.at = at
        self.rateLastUpdated = rateLastUpdated
        self.laborCostLastUpdated = laborCostLastUpdated
    }

    enum CodingKeys: String, CodingKey {
        case id
        case projectID = "project_id"
        case userID = "user_id"
        case workspaceID = "workspace_id"
        case manager, rate
        case laborCost = "labor_cost"
        case groupID = "group_id"
        case gid, at
        case rateLastUpdated = "rate_last_updated"
        case laborCostLastUpdated = "labor_cost_last_updated"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        projectID = try c.decode(.projectID, default: 0)
        userID = try c.decode(.userID, default: 0)
        workspaceID = try c.decode(.workspaceID, default: 0)
        manager = try c.decode(.manager, default: false)
        rate = try c.decodeIfPresent(Double.self, forKey: .rate)
        laborCost = try c.decodeIfPresent(Double.self, forKey: .laborCost)
        groupID = try c.decodeFirst(Int64.self, .groupID, .gid)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        rateLastUpdated = try c.decodeIfPresent(Date.self, forKey: .rateLastUpdated)
        laborCostLastUpdated = try c.decodeIfPresent(Date.self, forKey: .laborCostLastUpdated)
    }

    /// Encodes Toggl's shape (`gid` mirror when grouped, `null` for unset rates).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(projectID, forKey: .projectID)
        try c.encode(userID, forKey: .userID)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(manager, forKey: .manager)
        try c.encodeNullable(rate, forKey: .rate)
        try c.encodeNullable(laborCost, forKey: .laborCost)
        try c.encodeIfPresent(groupID, forKey: .groupID)
        try c.encodeIfPresent(groupID, forKey: .gid)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(rateLastUpdated, forKey: .rateLastUpdated)
        try c.encodeNullable(laborCostLastUpdated, forKey: .laborCostLastUpdated)
    }
}
