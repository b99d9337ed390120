extension SandboxRoutes {
    /// The reports routes.
    static let reports: [SandboxRoute] = []
}
