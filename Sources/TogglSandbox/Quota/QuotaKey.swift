/// Whose budget a request spends: a user's own bucket, or a user's bucket in one organization.
public enum QuotaKey: Sendable, Hashable, Codable, CustomStringConvertible {
    case user(Int64)
    case organization(userID: Int64, organizationID: Int64)

    /// The user spending the request.
    public var userID: Int64 {
        switch self {
        case .user(let id), .organization(let id, _): return id
        }
    }

    /// `user` or `organization:<id>`, as the request log names buckets.
    public var description: String {
        switch self {
        case .user: return "user"
        case .organization(_, let organizationID): return "organization:\(organizationID)"
        }
    }
}
