extension SandboxRoutes {
    /// The timeEntries routes.
    static let timeEntries: [SandboxRoute] = []
}
