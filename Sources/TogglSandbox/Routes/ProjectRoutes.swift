extension SandboxRoutes {
    /// The projects routes.
    static let projects: [SandboxRoute] = []
}
