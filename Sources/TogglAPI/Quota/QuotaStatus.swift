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

    /// Seconds until the reset as seen at `now`, in `0...86_400` whatever the stored numbers
    /// (a status built by hand, or a clock that jumped, cannot make it trap).
    public func secondsUntilReset(at now: Date) -> Int {
        let interval = resetsAt.timeIntervalSince(now).rounded(.up)
        guard interval.isFinite, interval > 0 else { return 0 }
        return Int(min(interval, Double(HeaderNumber.maxSeconds)))
    }

    /// Reads the quota headers of a response, if it has a usable `X-Toggl-Quota-Remaining`.
    ///
    /// The headers are untrusted: values that are not finite numbers count as absent (no status
    /// without a remaining count; a reset time of 0 without a usable reset header), decimals
    /// round up, and the numbers are clamped (remaining to ±1,000,000, the reset to at most a day).
    public init?(headers response: HTTPResponse, at now: Date) {
        guard let remaining = HeaderNumber.count(response.header(QuotaStatus.remainingHeader)) else { return nil }
        let resets = HeaderNumber.seconds(response.header(QuotaStatus.resetsInHeader)) ?? 0
        self.init(remaining: remaining, resetsInSeconds: resets, observedAt: now)
    }

    /// `X-Toggl-Quota-Remaining`.
    public static let remainingHeader = "X-Toggl-Quota-Remaining"
    /// `X-Toggl-Quota-Resets-In`.
    public static let resetsInHeader = "X-Toggl-Quota-Resets-In"
}
