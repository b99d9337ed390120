/// Finds the route for a request. A path no route knows, or a known path with another method,
/// is Toggl's 405 with an empty body.
public struct SandboxRouter: Sendable {
    public private(set) var routes: [SandboxRoute]

    public init(routes: [SandboxRoute] = []) {
        self.routes = routes
    }

    /// Adds routes; earlier routes win when two patterns match.
    public mutating func add(_ more: [SandboxRoute]) {
        routes += more
    }

    /// The matching route and its parameters, or nil (→ 405).
    public func route(method: String, path: String) -> (SandboxRoute, [String: String])? {
        for root in [SandboxRoute.Root.track, .reports] where path.hasPrefix(root.rawValue + "/") {
            let below = path.dropFirst(root.rawValue.count).split(separator: "/")
            for route in routes where route.root == root && route.method == method {
                if let parameters = route.match(below) { return (route, parameters) }
            }
        }
        return nil
    }
}
