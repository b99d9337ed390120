/// A Toggl pricing plan, which decides premium features and the default hourly quota.
public enum SandboxPlan: String, Sendable, Codable, CaseIterable {
    case free, starter, premium, enterprise

    /// Requests per hour per user in an organization on this plan.
    public var hourlyQuota: Int {
        switch self {
        case .free: return 30
        case .starter: return 240
        case .premium: return 600
        case .enterprise: return 1200
        }
    }

    /// Whether paid features (billable, client archive, tasks, reports beyond summary…) work.
    public var isPaid: Bool { self != .free }

    /// Toggl's `pricing_plan_name`.
    public var displayName: String {
        switch self {
        case .free: return "Free"
        case .starter: return "Starter"
        case .premium: return "Premium"
        case .enterprise: return "Enterprise"
        }
    }
}
