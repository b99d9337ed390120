/// Percentiles of repeated measurements (nearest rank).
public struct Distribution: Sendable, Equatable, Codable {
    public var count: Int
    public var mean: Double
    public var p50: Double
    public var p95: Double
    public var p99: Double
    public var max: Double

    public init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        p50 = Distribution.percentile(0.50, of: sorted)
        p95 = Distribution.percentile(0.95, of: sorted)
        p99 = Distribution.percentile(0.99, of: sorted)
        max = sorted.last ?? 0
    }

    /// The nearest-rank percentile of sorted samples (0 when there are none).
    public static func percentile(_ fraction: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }

    /// The duration in microseconds.
    var microseconds: Double { milliseconds * 1_000 }
}
