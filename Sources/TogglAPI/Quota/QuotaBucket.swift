/// One of Toggl's hourly request budgets.
///
/// Since September 2025 Toggl counts requests in two kinds of bucket: one per user for calls not
/// aimed at a workspace (everything under `/me`), and one per user and organization for workspace
/// and organization calls. A workspace call whose organization is not yet known is counted under
/// ``workspace(_:)`` until ``QuotaTracker/register(workspaceID:organizationID:)`` says which
/// organization it belongs to.
public enum QuotaBucket: Sendable, Hashable, CustomStringConvertible {
    /// The per-user bucket: `/me…` routes (30 requests per hour on every plan).
    case user
    /// The bucket of one organization (30/240/600 per hour on Free/Starter/Premium).
    case organization(Int64)
    /// A workspace whose organization is not known yet.
    case workspace(Int64)

    public var description: String {
        switch self {
        case .user: return "user"
        case .organization(let id): return "organization \(id)"
        case .workspace(let id): return "workspace \(id)"
        }
    }
}
