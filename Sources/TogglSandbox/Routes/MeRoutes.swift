extension SandboxRoutes {
    /// The me routes.
    static let me: [SandboxRoute] = []
}
