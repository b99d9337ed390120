/// Failures the sandbox can imitate, for tests of what the app does when the network or Toggl
/// misbehaves. All off by default. Randomness is seeded, so a test sees the same failures
/// on every run.
public struct SandboxFaults: Sendable, Codable, Equatable {
    /// Extra seconds before every API answer.
    public var latencySeconds: Double
    /// The share of API requests (0…1) answered with a 5xx before anything is changed.
    public var serverErrorRate: Double
    /// The share of API requests (0…1) whose connection is dropped before anything is changed.
    public var dropConnectionRate: Double
    /// While true, every API request's connection is dropped, as if the network were down.
    /// Admin routes keep working.
    public var isDown: Bool
    /// The next this-many writes are carried out, but their answer never comes: the connection
    /// is held for ``withholdSeconds`` and then dropped ("commit then time out").
    public var commitThenTimeout: Int
    /// How long a withheld answer keeps the connection open.
    public var withholdSeconds: Double
    /// The seed of the failure dice.
    public var seed: UInt64

    public init(latencySeconds: Double = 0, serverErrorRate: Double = 0, dropConnectionRate: Double = 0,
                isDown: Bool = false, commitThenTimeout: Int = 0, withholdSeconds: Double = 30, seed: UInt64 = 1) {
        self.latencySeconds = latencySeconds
        self.serverErrorRate = serverErrorRate
        self.dropConnectionRate = dropConnectionRate
        self.isDown = isDown
        self.commitThenTimeout = commitThenTimeout
        self.withholdSeconds = withholdSeconds
        self.seed = seed
    }

    /// No failures.
    public static let none = SandboxFaults()

    enum CodingKeys: String, CodingKey {
        case latencySeconds = "latency_seconds", serverErrorRate = "server_error_rate"
        case dropConnectionRate = "drop_connection_rate", isDown = "down"
        case commitThenTimeout = "commit_then_timeout", withholdSeconds = "withhold_seconds", seed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SandboxFaults()
        latencySeconds = try container.decodeIfPresent(Double.self, forKey: .latencySeconds) ?? defaults.latencySeconds
        serverErrorRate = try container.decodeIfPresent(Double.self, forKey: .serverErrorRate) ?? defaults.serverErrorRate
        dropConnectionRate = try container.decodeIfPresent(Double.self, forKey: .dropConnectionRate) ?? defaults.dropConnectionRate
        isDown = try container.decodeIfPresent(Bool.self, forKey: .isDown) ?? defaults.isDown
        commitThenTimeout = try container.decodeIfPresent(Int.self, forKey: .commitThenTimeout) ?? defaults.commitThenTimeout
        withholdSeconds = try container.decodeIfPresent(Double.self, forKey: .withholdSeconds) ?? defaults.withholdSeconds
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed
    }
}
