import Foundation

/// How the engine itself behaves, apart from the world, quotas and faults.
public struct SandboxSettings: Sendable, Equatable {
    /// The zone whose days the demo account is laid out in when the admin API resets to it.
    public var demoTimeZone: TimeZone
    /// How many request log entries are kept; older ones are forgotten (their indexes stay
    /// counted, so `since_index` keeps working).
    public var requestLogLimit: Int

    public init(demoTimeZone: TimeZone = .current, requestLogLimit: Int = 10_000) {
        self.demoTimeZone = demoTimeZone
        self.requestLogLimit = requestLogLimit
    }
}
