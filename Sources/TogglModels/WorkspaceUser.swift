#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A member of a workspace with full details (`GET /workspaces/{wid}/workspace_users`).
///
/// ``id`` identifies the membership; ``userID`` is the global user id (`uid`, or `user_id` on the
/// organization endpoints). Every field but `id` may be `null` or absent.
public struct WorkspaceUser: Sendable, Hashable, Codable, Identifiable {
    /// The workspace-user (membership) id.
    public let id: Int64
    /// The global user id (`uid`, falling back to `user_id`); 0 if neither was sent.
    public let userID: Int64
    /// The workspace (`wid`, falling back to `workspace_id`); 0 if neither was sent.
    public let workspaceID: Int64
    /// The user's name.
    public let name: String?
    /// The user's email.
    public let email: String?
    /// The user's time zone.
    public let timezone: String?
    /// The user accepted the invitation.
    public let active: Bool
    /// The user was deactivated in this workspace.
    public var inactive: Bool
    /// The user is an admin.
    public var admin: Bool
    /// The user is a workspace admin.
    public let workspaceAdmin: Bool
    /// The user is an organization admin.
    public let organizationAdmin: Bool
    /// The user's role.
    public var role: String?
    /// The role id.
    public var roleID: Int64?
    /// Direct member (not through a group).
    public let isDirect: Bool
    /// Groups the user belongs to (`[]` when null or absent).
    public let groupIDs: [Int64]
    /// Hourly rate.
    public var rate: Double?
    /// Labor cost.
    public var laborCost: Double?
    /// Last rate change.
    public let rateLastUpdated: Date?
    /// Last labor cost change.
    public let laborCostLastUpdated: Date?
    /// Working hours per day in minutes.
    public var workingHoursInMinutes: Int?
    /// Avatar URL.
    public let avatarFileName: String?
    /// Last modification (server-owned).
    public let at: Date?
    /// Two-factor authentication enabled (`2fa_enabled`).
    public let twoFactorEnabled: Bool
    /// May view and edit billable rates.
    public var viewEditBillableRates: Bool
    /// May view and edit labor costs.
    public var viewEditLaborCosts: Bool

    /// Creates a workspace user (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        userID: Int64,
        workspaceID: Int64,
        name: String? = nil,
        email: String? = nil,
        timezone: String? = nil,
        active: Bool = true,
        inactive: Bool = false,
        admin: Bool = false,
        workspaceAdmin: Bool = false,
        organizationAdmin: Bool = false,
        role: String? = nil,
        roleID: Int64? = nil,
        isDirect: Bool = true,
        groupIDs: [Int64] = [],
        rate: Double? = nil,
        laborCost: Double? = nil,
        rateLastUpdated: Date? = nil,
        laborCostLastUpdated: Date? = nil,
        workingHoursInMinutes: Int? = nil,
        avatarFileName: String? = nil,
        at: Date? = nil,
        twoFactorEnabled: Bool = false,
        viewEditBillableRates: Bool = false,
        viewEditLaborCosts: Bool = false
    ) {
        self.id = id
        self.userID = userID
        self.workspaceID = workspaceID
        self.name = name
        self.email = email
        self.timezone = timezone
        self.active = active
        self.inactive = inactive
        self.admin = admin
        self.workspaceAdmin = workspaceAdmin
        self.organizationAdmin = organizationAdmin
        self.role = role
        self.roleID = roleID
        self.isDirect = isDirect
        self.groupIDs = groupIDs
        self.rate = rate
        self.laborCost = laborCost
        self.rateLastUpdated = rateLastUpdated
        self.laborCostLastUpdated = laborCostLastUpdated
        self.workingHoursInMinutes = workingHoursInMinutes
        self.avatarFileName = avatarFileName
        self.at = at
        self.twoFactorEnabled = twoFactorEnabled
        self.viewEditBillableRates = viewEditBillableRates
        self.viewEditLaborCosts = viewEditLaborCosts
    }

    enum CodingKeys: String, CodingKey {
        case id, uid
        case userID = "user_id"
        case wid
        case workspaceID = "workspace_id"
        case name, email, timezone, active, inactive, admin
        case workspaceAdmin = "workspace_admin"
        case organizationAdmin = "organization_admin"
        case role
        case roleID = "role_id"
        case isDirect = "is_direct"
        case groupIDs = "group_ids"
        case rate
        case laborCost = "labor_cost"
        case rateLastUpdated = "rate_last_updated"
        case laborCostLastUpdated = "labor_cost_last_updated"
        case workingHoursInMinutes = "working_hours_in_minutes"
        case avatarFileName = "avatar_file_name"
        case at
        case twoFactorEnabled = "2fa_enabled"
        case viewEditBillableRates = "view_edit_billable_rates"
        case viewEditLaborCosts = "view_edit_labor_costs"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        userID = try c.decodeFirst(Int64.self, .uid, .userID) ?? 0
        workspaceID = try c.decodeFirst(Int64.self, .wid, .workspaceID) ?? 0
        name = try c.decodeIfPresent(String.self, forKey: .name)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        timezone = try c.decodeIfPresent(String.self, forKey: .timezone)
        active = try c.decode(.active, default: true)
        inactive = try c.decode(.inactive, default: false)
        admin = try c.decode(.admin, default: false)
        workspaceAdmin = try c.decode(.workspaceAdmin, default: false)
        organizationAdmin = try c.decode(.organizationAdmin, default: false)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        roleID = try c.decodeIfPresent(Int64.self, forKey: .roleID)
        isDirect = try c.decode(.isDirect, default: true)
        groupIDs = try c.decode(.groupIDs, default: [])
        rate = try c.decodeIfPresent(Double.self, forKey: .rate)
        laborCost = try c.decodeIfPresent(Double.self, forKey: .laborCost)
        rateLastUpdated = try c.decodeIfPresent(Date.self, forKey: .rateLastUpdated)
        laborCostLastUpdated = try c.decodeIfPresent(Date.self, forKey: .laborCostLastUpdated)
        workingHoursInMinutes = try c.decodeIfPresent(Int.self, forKey: .workingHoursInMinutes)
        avatarFileName = try c.decodeIfPresent(String.self, forKey: .avatarFileName)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        twoFactorEnabled = try c.decode(.twoFactorEnabled, default: false)
        viewEditBillableRates = try c.decode(.viewEditBillableRates, default: false)
        viewEditLaborCosts = try c.decode(.viewEditLaborCosts, default: false)
    }

    /// Encodes Toggl's shape (`uid`/`wid`, `null` for unset nullable values).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(userID, forKey: .uid)
        try c.encode(workspaceID, forKey: .wid)
        try c.encodeNullable(name, forKey: .name)
        try c.encodeNullable(email, forKey: .email)
        try c.encodeNullable(timezone, forKey: .timezone)
        try c.encode(active, forKey: .active)
        try c.encode(inactive, forKey: .inactive)
        try c.encode(admin, forKey: .admin)
        try c.encode(workspaceAdmin, forKey: .workspaceAdmin)
        try c.encode(organizationAdmin, forKey: .organizationAdmin)
        try c.encodeNullable(role, forKey: .role)
        try c.encodeNullable(roleID, forKey: .roleID)
        try c.encode(isDirect, forKey: .isDirect)
        try c.encode(groupIDs, forKey: .groupIDs)
        try c.encodeNullable(rate, forKey: .rate)
        try c.encodeNullable(laborCost, forKey: .laborCost)
        try c.encodeNullable(rateLastUpdated, forKey: .rateLastUpdated)
        try c.encodeNullable(laborCostLastUpdated, forKey: .laborCostLastUpdated)
        try c.encodeNullable(workingHoursInMinutes, forKey: .workingHoursInMinutes)
        try c.encodeNullable(avatarFileName, forKey: .avatarFileName)
        try c.encodeNullable(at, forKey: .at)
        try c.encode(twoFactorEnabled, forKey: .twoFactorEnabled)
        try c.encode(viewEditBillableRates, forKey: .viewEditBillableRates)
        try c.encode(viewEditLaborCosts, forKey: .viewEditLaborCosts)
    }
}
