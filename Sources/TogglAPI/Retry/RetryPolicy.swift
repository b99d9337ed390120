/// How often and how patiently ``TogglAPIClient`` repeats a failed request.
///
/// Only failures that cannot duplicate work are retried (see ``TogglAPIClient``): idempotent
/// requests after a timeout, a dropped connection or a 5xx; any request after a refused
/// connection or a 429. Pauses grow exponentially from ``baseDelaySeconds`` up to
/// ``maxDelaySeconds`` and are spread by ``jitter``.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first one included. `1` means never retry.
    public var maxAttempts: Int
    /// The pause before the first retry, before jitter.
    public var baseDelaySeconds: Double
    /// The longest pause; a 429 asking for longer is not retried.
    public var maxDelaySeconds: Double
    /// The fraction of each pause that is random: 0 = fixed pauses, 1 = "full jitter".
    public var jitter: Double

    public init(maxAttempts: Int = 3, baseDelaySeconds: Double = 0.5, maxDelaySeconds: Double = 8, jitter: Double = 0.5) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelaySeconds = max(0, baseDelaySeconds)
        self.maxDelaySeconds = max(0, maxDelaySeconds)
        self.jitter = min(1, max(0, jitter))
    }

    /// Three attempts, 0.5 s then 1 s (±25%), never more than 8 s.
    public static let standard = RetryPolicy()
    /// One attempt: failures surface at once.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The pause before retry number `retry` (1 for the first retry), given a uniform random
    /// number `random` in 0..<1.
    public func delay(beforeRetry retry: Int, random: Double) -> Double {
        let exponential = baseDelaySeconds * pow2(max(0, retry - 1))
        let capped = min(maxDelaySeconds, exponential)
        let factor = 1 - jitter / 2 + jitter * min(1, max(0, random))
        return min(maxDelaySeconds, capped * factor)
    }

    private func pow2(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<min(exponent, 62) { value *= 2 }
        return value
    }
}
