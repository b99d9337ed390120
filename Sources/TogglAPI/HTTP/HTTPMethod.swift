/// The HTTP methods Toggl's API uses.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"

    /// Whether repeating the request cannot change the outcome (RFC 9110 §9.2.2).
    /// `PATCH` is not, in general; single requests may still declare themselves idempotent
    /// (see ``APIRequest/isIdempotent``), as stopping a time entry does.
    public var isIdempotent: Bool {
        switch self {
        case .get, .put, .delete: return true
        case .post, .patch: return false
        }
    }
}
