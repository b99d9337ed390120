import Foundation

/// One request the sandbox answered, for tests and the admin API to count and inspect.
public struct RequestLogEntry: Sendable, Equatable, Codable {
    public var method: String
    /// The path below the API root's host, e.g. `/api/v9/me`.
    public var path: String
    /// The decoded query, `a=1&b=2`, secret-named values redacted.
    public var query: String
    public var status: Int
    /// `user`, `organization:<id>`, or nil when no bucket was charged (unauthenticated, admin).
    public var bucket: String?
    /// The request body as text (empty when none), with passwords and other secrets redacted
    /// (``LogRedaction``).
    public var body: String
    /// The sandbox time of the request.
    public var at: Date

    public init(method: String, path: String, query: String, status: Int, bucket: String?, body: String, at: Date) {
        self.method = method
        self.path = path
        self.query = query
        self.status = status
        self.bucket = bucket
        self.body = body
        self.at = at
    }
}
