import ArgumentParser

/// `-w/--workspace` for the entity groups.
public struct WorkspaceOption: ParsableArguments, Sendable {
    /// Workspace name or id.
    @Option(name: .shortAndLong, help: "Workspace name or id (default: default_wid, else your default workspace).")
    public var workspace: String?

    /// Not given.
    public init() {}
}
