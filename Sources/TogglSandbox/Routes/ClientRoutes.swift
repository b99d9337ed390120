extension SandboxRoutes {
    /// The clients routes.
    static let clients: [SandboxRoute] = []
}
