#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One hourly request budget as the status line shows it.
public struct QuotaGauge: Sendable, Hashable {
    /// Whose budget it is; ordered as the status line lists them (the user's first).
    public enum Scope: Sendable, Hashable, Comparable {
        /// The user's own bucket (`/me…` calls).
        case user
        /// An organization's bucket.
        case organization(Int64)
        /// A workspace whose organization is not known.
        case workspace(Int64)
    }

    public var scope: Scope
    public var remaining: Int
    public var resetsAt: Date

    public init(scope: Scope, remaining: Int, resetsAt: Date) {
        self.scope = scope
        self.remaining = remaining
        self.resetsAt = resetsAt
    }
}
