extension SandboxRoutes {
    /// The tasks routes.
    static let tasks: [SandboxRoute] = []
}
