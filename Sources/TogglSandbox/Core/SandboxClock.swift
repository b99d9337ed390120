import Foundation

/// The sandbox's notion of now: the real time moved by an offset, or a frozen moment for tests.
public struct SandboxClock: Sendable, Equatable {
    /// Seconds added to the real time.
    public var offsetSeconds: TimeInterval
    /// When set, time stands still here (moved only by ``advance(by:)``).
    public var frozenAt: Date?

    public init(offsetSeconds: TimeInterval = 0, frozenAt: Date? = nil) {
        self.offsetSeconds = offsetSeconds
        self.frozenAt = frozenAt
    }

    /// The times the admin API lets the clock show: 1970-01-01T00:00:00Z…9999-12-31T23:59:59Z.
    public static let validRange = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799)
    /// The largest move the admin API accepts at once (in either direction).
    public static let maximumAdvanceSeconds: Double = 253_402_300_799

    /// A clock frozen at `date`.
    public static func frozen(at date: Date) -> SandboxClock { SandboxClock(frozenAt: date) }

    /// The sandbox's current time, given the real one.
    public func now(real: Date = Date()) -> Date {
        frozenAt ?? real.addingTimeInterval(offsetSeconds)
    }

    /// Moves time forward (or back, with a negative value).
    public mutating func advance(by seconds: TimeInterval) {
        if let frozen = frozenAt {
            frozenAt = frozen.addingTimeInterval(seconds)
        } else {
            offsetSeconds += seconds
        }
    }
}
