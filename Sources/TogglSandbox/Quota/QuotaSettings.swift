/// The sandbox's request budgets. The defaults are Toggl's Free plan.
public struct QuotaSettings: Sendable, Codable, Equatable {
    /// Requests per window in each user's own bucket (`/me…` and other non-workspace routes).
    public var userLimit: Int
    /// Requests per window for a user in one organization (workspace and organization routes).
    public var organizationLimit: Int
    /// Limits for particular organizations, by organization id (e.g. a Starter org: 240).
    public var organizationLimits: [Int64: Int]
    /// The sliding window's length.
    public var windowSeconds: Int
    /// When set, more than this many requests by one user within one second answer 429.
    public var burstPerSecond: Int?

    public init(userLimit: Int = 30, organizationLimit: Int = 30, organizationLimits: [Int64: Int] = [:],
                windowSeconds: Int = 3600, burstPerSecond: Int? = nil) {
        self.userLimit = userLimit
        self.organizationLimit = organizationLimit
        self.organizationLimits = organizationLimits
        self.windowSeconds = windowSeconds
        self.burstPerSecond = burstPerSecond
    }

    /// The longest window the sandbox accepts: a year.
    public static let maximumWindowSeconds = 366 * 86_400
    /// The highest request limit the sandbox accepts.
    public static let maximumLimit = 1_000_000_000

    /// Limits too high to matter, for tests that are not about quotas.
    public static let unlimited = QuotaSettings(userLimit: 1_000_000, organizationLimit: 1_000_000)

    enum CodingKeys: String, CodingKey {
        case userLimit = "user_limit", organizationLimit = "organization_limit"
        case organizationLimits = "organization_limits", windowSeconds = "window_seconds"
        case burstPerSecond = "burst_per_second"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = QuotaSettings()
        userLimit = try container.decodeIfPresent(Int.self, forKey: .userLimit) ?? defaults.userLimit
        organizationLimit = try container.decodeIfPresent(Int.self, forKey: .organizationLimit) ?? defaults.organizationLimit
        organizationLimits = try container.decodeIfPresent([Int64: Int].self, forKey: .organizationLimits) ?? [:]
        windowSeconds = try container.decodeIfPresent(Int.self, forKey: .windowSeconds) ?? defaults.windowSeconds
        burstPerSecond = try container.decodeIfPresent(Int.self, forKey: .burstPerSecond)
        if let problem = problem {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: problem))
        }
    }

    /// What is out of range in these settings, in words, or nil when they are usable: limits
    /// 0…``maximumLimit``, a window of 1…``maximumWindowSeconds`` seconds, a burst of 0…``maximumLimit``.
    public var problem: String? {
        let limits = [("user_limit", userLimit), ("organization_limit", organizationLimit)]
            + organizationLimits.map { ("organization_limits[\($0.key)]", $0.value) }
            + (burstPerSecond.map { [("burst_per_second", $0)] } ?? [])
        for (name, value) in limits where !(0...Self.maximumLimit).contains(value) {
            return "\(name) must be between 0 and \(Self.maximumLimit)"
        }
        guard (1...Self.maximumWindowSeconds).contains(windowSeconds) else {
            return "window_seconds must be between 1 and \(Self.maximumWindowSeconds)"
        }
        return nil
    }
}
