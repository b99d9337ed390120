import Foundation

/// Toggl's hourly quotas: a sliding window per bucket, plus an optional one-second burst guard.
public struct QuotaLimiter: Sendable {
    /// What the limiter decided about one request.
    public enum Decision: Sendable, Equatable {
        /// Admitted; the bucket has `remaining` requests left and resets in `resetsInSeconds`.
        case admitted(remaining: Int, resetsInSeconds: Int)
        /// The bucket is used up until `resetsInSeconds` from now: Toggl's 402.
        case exhausted(resetsInSeconds: Int)
        /// Too many requests within one second: Toggl's 429.
        case burst
    }

    public var settings: QuotaSettings
    private var windows: [QuotaKey: [Date]] = [:]
    private var recent: [Int64: [Date]] = [:]

    public init(settings: QuotaSettings = QuotaSettings()) {
        self.settings = settings
    }

    /// Counts a request against `key` at `now`, unless the bucket is exhausted or bursting.
    public mutating func admit(_ key: QuotaKey, at now: Date) -> Decision {
        if let burst = settings.burstPerSecond.map({ max(0, $0) }) {
            var times = recent[key.userID, default: []].filter { now.timeIntervalSince($0) < 1 }
            guard times.count < burst else { return .burst }
            times.append(now)
            recent[key.userID] = times
        }
        var times = pruned(key, at: now)
        let limit = self.limit(for: key)
        guard times.count < limit else {
            windows[key] = times
            return .exhausted(resetsInSeconds: resetsIn(times, at: now))
        }
        times.append(now)
        windows[key] = times
        return .admitted(remaining: SaturatingArithmetic.subtract(limit, times.count), resetsInSeconds: resetsIn(times, at: now))
    }

    /// The bucket's state without spending a request: remaining and seconds to reset.
    public mutating func peek(_ key: QuotaKey, at now: Date) -> (remaining: Int, resetsInSeconds: Int) {
        let times = pruned(key, at: now)
        windows[key] = times
        return (SaturatingArithmetic.subtract(limit(for: key), times.count), resetsIn(times, at: now))
    }

    /// Forgets every counted request.
    public mutating func reset() {
        windows = [:]
        recent = [:]
    }

    /// The hourly limit of a bucket (never negative, whatever the settings say).
    public func limit(for key: QuotaKey) -> Int {
        switch key {
        case .user: return max(0, settings.userLimit)
        case .organization(_, let organizationID):
            return max(0, settings.organizationLimits[organizationID] ?? settings.organizationLimit)
        }
    }

    /// The window's length in seconds, kept within 1 s…``QuotaSettings/maximumWindowSeconds``
    /// whatever the settings say.
    private var windowSeconds: Int {
        min(max(settings.windowSeconds, 1), QuotaSettings.maximumWindowSeconds)
    }

    private func pruned(_ key: QuotaKey, at now: Date) -> [Date] {
        let window = TimeInterval(windowSeconds)
        return windows[key, default: []].filter { now.timeIntervalSince($0) < window }
    }

    /// Seconds until the window, counted from its first request, ends (the full window when empty).
    private func resetsIn(_ times: [Date], at now: Date) -> Int {
        guard let first = times.first else { return windowSeconds }
        let seconds = first.addingTimeInterval(TimeInterval(windowSeconds)).timeIntervalSince(now).rounded(.up)
        return min(max(0, SaturatingArithmetic.int(seconds)), windowSeconds)
    }
}
