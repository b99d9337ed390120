#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Toggl organization as the caller sees it (`GET /me/organizations`,
/// `GET /organizations/{oid}`; Toggl's `MeOrganization`).
///
/// Every field but `id` may be `null` or absent. Do not rely on ``pricingPlanName``: the same
/// free organization reports `"Free"` in the list and `""` from `/organizations/{oid}`.
public struct Organization: Sendable, Hashable, Codable, Identifiable {
    /// Trial state of the organization's subscription.
    public struct TrialInfo: Sendable, Hashable, Codable {
        /// Currently on a trial.
        public let trial: Bool
        /// A trial is available (deprecated by Toggl; see ``canHaveTrial``).
        public let trialAvailable: Bool
        /// When the trial ends.
        public let trialEndDate: Date?
        /// When the trial payment is due.
        public let nextPaymentDate: Date?
        /// The plan before the trial.
        public let lastPricingPlanID: Int64?
        /// Neither the organization nor its owner ever had a trial.
        public let canHaveTrial: Bool
        /// The plan being trialled.
        public let trialPlanID: Int64?

        /// Creates a trial-info value.
        public init(
            trial: Bool = false,
            trialAvailable: Bool = false,
            trialEndDate: Date? = nil,
            nextPaymentDate: Date? = nil,
            lastPricingPlanID: Int64? = nil,
            canHaveTrial: Bool = false,
            trialPlanID: Int64? = nil
        ) {
            self.trial = trial
            self.trialAvailable = trialAvailable
            self.trialEndDate = trialEndDate
            self.nextPaymentDate = nextPaymentDate
            self.lastPricingPlanID = lastPricingPlanID
            self.canHaveTrial = canHaveTrial
            self.trialPlanID = trialPlanID
        }

        enum CodingKeys: String, CodingKey {
            case trial
            case trialAvailable = "trial_available"
            case trialEndDate = "trial_end_date"
            case nextPaymentDate = "next_payment_date"
            case lastPricingPlanID = "last_pricing_plan_id"
            case canHaveTrial = "can_have_trial"
            case trialPlanID = "trial_plan_id"
        }

        /// Decodes leniently (flags default to `false`).
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            trial = try c.decode(.trial, default: false)
            trialAvailable = try c.decode(.trialAvailable, default: false)
            trialEndDate = try c.decodeIfPresent(Date.self, forKey: .trialEndDate)
            nextPaymentDate = try c.decodeIfPresent(Date.self, forKey: .nextPaymentDate)
            lastPricingPlanID = try c.decodeIfPresent(Int64.self, forKey: .lastPricingPlanID)
            canHaveTrial = try c.decode(.canHaveTrial, default: false)
            trialPlanID = try c.decodeIfPresent(Int64.self, forKey: .trialPlanID)
        }

        /// Encodes Toggl's shape (`null` for unset values).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(trial, forKey: .trial)
            try c.encode(trialAvailable, forKey: .trialAvailable)
            try c.encodeNullable(trialEndDate, forKey: .trialEndDate)
            try c.encodeNullable(nextPaymentDate, forKey: .nextPaymentDate)
            try c.encodeNullable(lastPricingPlanID, forKey: .lastPricingPlanID)
            try c.encode(canHaveTrial, forKey: .canHaveTrial)
            try c.encodeNullable(trialPlanID, forKey: .trialPlanID)
        }
    }

    /// The organization id (server-owned).
    public let id: Int64
    /// The organization name (`""` when absent).
    public var name: String
    /// Pricing plan id (0 = free).
    public let pricingPlanID: Int64?
    /// Pricing plan name; unreliable (see the type's documentation).
    public let pricingPlanName: String?
    /// The plan is an enterprise plan.
    public let pricingPlanEnterprise: Bool
    /// Creation (server-owned).
    public let createdAt: Date?
    /// Last modification (server-owned).
    public let at: Date?
    /// When the organization was deleted.
    public let serverDeletedAt: Date?
    /// Multiple workspaces are enabled.
    public let isMultiWorkspaceEnabled: Bool
    /// Undocumented `is_unified` flag.
    public let isUnified: Bool
    /// When the organization was suspended.
    public let suspendedAt: Date?
    /// Number of users.
    public let userCount: Int?
    /// Maximum number of workspaces.
    public let maxWorkspaces: Int?
    /// The caller is an admin.
    public let admin: Bool
    /// The caller is the owner.
    public let owner: Bool
    /// Permissions of the caller, if sent.
    public let permissions: [String]?
    /// How far back free workspaces may see data, shape not modelled.
    public let maxDataRetentionDays: JSONValue?
    /// Subscription, shape not modelled.
    public let subscription: JSONValue?
    /// Trial state.
    public let trialInfo: TrialInfo?

    /// Creates an organization (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        name: String,
        pricingPlanID: Int64? = nil,
        pricingPlanName: String? = nil,
        pricingPlanEnterprise: Bool = false,
        createdAt: Date? = nil,
        at: Date? = nil,
        serverDeletedAt: Date? = nil,
        isMultiWorkspaceEnabled: Bool = false,
        isUnified: Bool = false,
        suspendedAt: Date? = nil,
        userCount: Int? = nil,
        maxWorkspaces: Int? = nil,
        admin: Bool = false,
        owner: Bool = false,
        permissions: [String]? = nil,
        maxDataRetentionDays: JSONValue? = nil,
        subscription: JSONValue? = nil,
        trialInfo: TrialInfo? = nil
    ) {
        self.id = id
        self.name = name
        self.pricingPlanID = pricingPlanID
        self.pricingPlanName = pricingPlanName
        self.pricingPlanEnterprise = pricingPlanEnterprise
        self.createdAt = createdAt
        self.at = at
        self.serverDeletedAt = serverDeletedAt
        self.isMultiWorkspaceEnabled = isMultiWorkspaceEnabled
        self.isUnified = isUnified
        self.suspendedAt = suspendedAt
        self.userCount = userCount
        self.maxWorkspaces = maxWorkspaces
        self.admin = admin
        self.owner = owner
        self.permissions = permissions
        self.maxDataRetentionDays = maxDataRetentionDays
        self.subscription = subscription
        self.trialInfo = trialInfo
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case pricingPlanID = "pricing_plan_id"
        case pricingPlanName = "pricing_plan_name"
        case pricingPlanEnterprise = "pricing_plan_enterprise"
        case createdAt = "created_at"
        case at
        case serverDeletedAt = "server_deleted_at"
        case isMultiWorkspaceEnabled = "is_multi_workspace_enabled"
        case isUnified = "is_unified"
        case suspendedAt = "suspended_at"
        case userCount = "user_count"
        case maxWorkspaces = "max_workspaces"
        case admin, owner, permissions
        case maxDataRetentionDays = "max_data_retention_days"
        case subscription
        case trialInfo = "trial_info"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        name = try c.decode(.name, default: "")
        pricingPlanID = try c.decodeIfPresent(Int64.self, forKey: .pricingPlanID)
        pricingPlanName = try c.decodeIfPresent(String.self, forKey: .pricingPlanName)
        pricingPlanEnterprise = try c.decode(.pricingPlanEnterprise, default: false)
        createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        serverDeletedAt = try c.decodeIfPresent(Date.self, forKey: .serverDeletedAt)
        isMultiWorkspaceEnabled = try c.decode(.isMultiWorkspaceEnabled, default: false)
        isUnified = try c.decode(.isUnified, default: false)
        suspendedAt = try c.decodeIfPresent(Date.self, forKey: .suspendedAt)
        userCount = try c.decodeIfPresent(Int.self, forKey: .userCount)
        maxWorkspaces = try c.decodeIfPresent(Int.self, forKey: .maxWorkspaces)
        admin = try c.decode(.admin, default: false)
        owner = try c.decode(.owner, default: false)
        permissions = try c.decodeIfPresent([String].self, forKey: .permissions)
        maxDataRetentionDays = try c.decodeIfPresent(JSONValue.self, forKey: .maxDataRetentionDays)
        subscription = try c.decodeIfPresent(JSONValue.self, forKey: .subscription)
        trialInfo = try c.decodeIfPresent(TrialInfo.self, forKey: .trialInfo)
    }

    /// Encodes Toggl's shape (`null` for the nullable fields Toggl sends as `null`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encodeNullable(pricingPlanID, forKey: .pricingPlanID)
        try c.encodeNullable(pricingPlanName, forKey: .pricingPlanName)
        try c.encode(pricingPlanEnterprise, forKey: .pricingPlanEnterprise)
        try c.encodeNullable(createdAt, forKey: .createdAt)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(serverDeletedAt, forKey: .serverDeletedAt)
        try c.encode(isMultiWorkspaceEnabled, forKey: .isMultiWorkspaceEnabled)
        try c.encode(isUnified, forKey: .isUnified)
        try c.encodeNullable(suspendedAt, forKey: .suspendedAt)
        try c.encodeNullable(userCount, forKey: .userCount)
        try c.encodeNullable(maxWorkspaces, forKey: .maxWorkspaces)
        try c.encode(admin, forKey: .admin)
        try c.encode(owner, forKey: .owner)
        try c.encodeNullable(permissions, forKey: .permissions)
        try c.encodeIfPresent(maxDataRetentionDays, forKey: .maxDataRetentionDays)
        try c.encodeIfPresent(subscription, forKey: .subscription)
        try c.encodeNullable(trialInfo, forKey: .trialInfo)
    }
}
