import Foundation

/// A request as the sandbox sees it, independent of the HTTP server that received it,
/// so routes can be exercised without sockets.
public struct SandboxRequest: Sendable, Equatable {
    /// `GET`, `POST`, … in upper case.
    public var method: String
    /// The path without the query, e.g. `/api/v9/me/time_entries`.
    public var path: String
    /// Query items in order, percent-decoded.
    public var query: [(name: String, value: String)]
    /// Header fields with lower-cased names.
    public var headers: [String: String]
    public var body: Data

    public init(method: String, path: String, query: [(name: String, value: String)] = [], headers: [String: String] = [:], body: Data = Data()) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }

    /// The first value of a query parameter.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// The value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The query as one string, `a=1&b=2` (decoded values), for the request log.
    public var queryString: String {
        query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    public static func == (lhs: SandboxRequest, rhs: SandboxRequest) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.headers == rhs.headers && lhs.body == rhs.body
            && lhs.query.map(\.name) == rhs.query.map(\.name) && lhs.query.map(\.value) == rhs.query.map(\.value)
    }
}
