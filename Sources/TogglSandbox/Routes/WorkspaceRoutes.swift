extension SandboxRoutes {
    /// The workspaces routes.
    static let workspaces: [SandboxRoute] = []
}
