import Foundation

/// What Toggl last said about one quota bucket.
public struct QuotaStatus: Sendable, Equatable {
    /// Requests left in the current window (`X-Toggl-Quota-Remaining`); may be negative.
    public var remaining: Int
    /// Seconds until the window resets, as of ``observedAt`` (`X-Toggl-Quota-Resets-In`).
    public var resetsInSeconds: Int
    /// When the response carrying these numbers arrived.
    public var observedAt: Date

    public init(remaining: Int, resetsInSeconds: Int, observedAt: Date) {
        self.remaining = remaining
        self.resetsInSeconds = resetsInSeconds
        self.observedAt = observedAt
    }

    /// The moment the window resets.
    public var resetsAt: Date { observedAt.addingTimeInterval(TimeInterval(resetsInSeconds)) }

    /// Seconds until the reset as seen at `now`, never negative.
    public func secondsUntilReset(at now: Date) -> Int {
        max(0, Int(resetsAt.timeIntervalSince(now).rounded(.up)))
    }

    /// Reads the quota headers of a response, if it has both.
    public init?(headers response: HTTPResponse, at now: Date) {
        guard let remainingText = response.header(QuotaStatus.remainingHeader),
              let remaining = Int(remainingText.trimmingCharacters(in: .whitespaces)) else { return nil }
        let resets = response.header(QuotaStatus.resetsInHeader)
            .flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        self.init(remaining: remaining, resetsInSeconds: max(0, resets), observedAt: now)
    }

    /// `X-Toggl-Quota-Remaining`.
    public static let remainingHeader = "X-Toggl-Quota-Remaining"
    /// `X-Toggl-Quota-Resets-In`.
    public static let resetsInHeader = "X-Toggl-Quota-Resets-In"
}
