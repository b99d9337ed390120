import Foundation
import TogglModels

/// A request to one of Toggl's APIs, before the client adds the host, credentials and headers.
///
/// Endpoint groups build these; ``TogglAPIClient`` sends them. Being plain data, a request can be
/// compared in tests and logged (it never holds credentials).
public struct APIRequest: Sendable, Equatable {
    /// Which API root the ``path`` is relative to.
    public enum Root: Sendable, Equatable {
        /// Track API v9, e.g. `https://api.track.toggl.com/api/v9`.
        case track
        /// Reports API v3, e.g. `https://api.track.toggl.com/reports/api/v3`.
        case reports
    }

    public var method: HTTPMethod
    public var root: Root
    /// The path below the root, starting with `/`, e.g. `/me/time_entries`.
    public var path: String
    public var query: [QueryItem]
    /// A JSON body, if any.
    public var body: Data?
    /// Whether sending the request twice has the same effect as once; only such requests are
    /// repeated after a timeout or a 5xx.
    public var isIdempotent: Bool

    public init(
        _ method: HTTPMethod, _ path: String, root: Root = .track, query: [QueryItem] = [],
        body: Data? = nil, isIdempotent: Bool? = nil
    ) {
        self.method = method
        self.root = root
        self.path = path
        self.query = query
        self.body = body
        self.isIdempotent = isIdempotent ?? method.isIdempotent
    }

    /// A request whose body is `payload` encoded with ``TogglJSON``.
    public init<Body: Encodable>(
        _ method: HTTPMethod, _ path: String, root: Root = .track, query: [QueryItem] = [],
        json payload: Body, isIdempotent: Bool? = nil
    ) throws {
        let body: Data
        do {
            body = try TogglJSON.makeEncoder().encode(payload)
        } catch {
            throw APIError.invalidRequest("Could not encode the request to \(path): \(error)")
        }
        self.init(method, path, root: root, query: query, body: body, isIdempotent: isIdempotent)
    }

    /// The quota bucket Toggl counts this request in: `/me…` and other non-workspace routes use
    /// the user bucket, workspace routes the workspace's organization, organization routes that
    /// organization.
    public var bucket: QuotaBucket {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2, let id = Int64(parts[1]) else { return .user }
        switch parts[0] {
        case "workspaces", "workspace": return .workspace(id)
        case "organizations": return .organization(id)
        default: return .user
        }
    }

    /// The query string, percent-encoded, without the leading `?`.
    public var encodedQuery: String {
        query.map { "\(QueryItem.encode($0.name))=\(QueryItem.encode($0.value))" }.joined(separator: "&")
    }
}
