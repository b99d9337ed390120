extension SandboxRoutes {
    /// The users routes.
    static let users: [SandboxRoute] = []
}
