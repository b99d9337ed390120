extension SandboxRoutes {
    /// The tags routes.
    static let tags: [SandboxRoute] = []
}
