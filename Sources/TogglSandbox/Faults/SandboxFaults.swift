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
        if let problem {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: problem))
        }
    }

    /// The longest latency or withheld answer the sandbox accepts: a day (the server's own timeout).
    public static let maximumSeconds: Double = 86_400

    /// What is out of range, in words, or nil: seconds 0…``maximumSeconds``, rates 0…1,
    /// `commit_then_timeout` ≥ 0.
    public var problem: String? {
        for (name, value) in [("latency_seconds", latencySeconds), ("withhold_seconds", withholdSeconds)]
        where !(value.isFinite && (0...Self.maximumSeconds).contains(value)) {
            return "\(name) must be between 0 and \(Int(Self.maximumSeconds))"
        }
        for (name, value) in [("server_error_rate", serverErrorRate), ("drop_connection_rate", dropConnectionRate)]
        where !(value.isFinite && (0...1).contains(value)) {
            return "\(name) must be between 0 and 1"
        }
        guard commitThenTimeout >= 0 else { return "commit_then_timeout must not be negative" }
        return nil
    }

    /// `seconds` as a delay the server can sleep: within 0…``maximumSeconds``, NaN → 0.
    public static func clampedSeconds(_ seconds: Double) -> Double {
        guard seconds.isFinite else { return seconds == .infinity ? maximumSeconds : 0 }
        return min(max(0, seconds), maximumSeconds)
    }
}
