#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the local store remembers about syncing (its `sync.json`), as the app holds it: where
/// the next entries delta starts, which older windows the store holds whole, and the quota as
/// last seen.
public struct StoredSync: Sendable, Equatable {
    /// The `since` cursor for the next entries delta.
    public var entriesSince: Date?
    /// Windows of older entries held whole in the store's month files.
    public var storedWindows: [DateInterval]
    /// The quota buckets as last seen, with their reset times.
    public var quota: [QuotaGauge]

    public init(entriesSince: Date? = nil, storedWindows: [DateInterval] = [], quota: [QuotaGauge] = []) {
        self.entriesSince = entriesSince
        self.storedWindows = storedWindows
        self.quota = quota
    }
}
