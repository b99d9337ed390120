#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the app stands with Toggl.
public enum SyncStatus: Sendable, Hashable {
    /// Nothing loaded yet.
    case starting
    /// A sync is under way.
    case syncing
    /// Up to date as of the given time.
    case synced(Date)
    /// The last attempt failed; data may be stale.
    case failed(AppError)
}
