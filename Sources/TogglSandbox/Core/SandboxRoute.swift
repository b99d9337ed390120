/// One route: a method, a path pattern under an API root, and the handler that answers it.
public struct SandboxRoute: Sendable {
    /// Which API root the pattern is relative to.
    public enum Root: String, Sendable {
        /// `/api/v9`.
        case track = "/api/v9"
        /// `/reports/api/v3`.
        case reports = "/reports/api/v3"
    }

    /// A handler: reads and changes the world, returns the answer or throws a ``SandboxFailure``.
    public typealias Handler = @Sendable (inout SandboxWorld, RouteContext) throws -> SandboxResponse

    public var method: String
    public var root: Root
    /// Segments of the pattern; `{name}` segments match anything and become parameters.
    public var segments: [Substring]
    public var handler: Handler

    /// A route for `method` on `pattern`, e.g. `"/workspaces/{workspace_id}/clients"`.
    public init(_ method: String, _ pattern: String, root: Root = .track, handler: @escaping Handler) {
        self.method = method
        self.root = root
        self.segments = pattern.split(separator: "/")
        self.handler = handler
    }

    /// The parameters if `pathSegments` (below the root) match this route's pattern.
    func match(_ pathSegments: [Substring]) -> [String: String]? {
        guard pathSegments.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (pattern, actual) in zip(segments, pathSegments) {
            if pattern.first == "{", pattern.last == "}" {
                parameters[String(pattern.dropFirst().dropLast())] = String(actual)
            } else if pattern != actual {
                return nil
            }
        }
        return parameters
    }
}
