extension SandboxRoutes {
    /// The organizations routes.
    static let organizations: [SandboxRoute] = []
}
