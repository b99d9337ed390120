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
