import ArgumentParser

/// The options that describe an entry's project, task, tags, billable flag and workspace, as
/// `start`, `add`, `edit` and `now` take them.
public struct EntryFields: ParsableArguments, Sendable {
    /// Project name or id.
    @Option(name: .shortAndLong, help: "Project name (or a unique part of it) or id; '' for none.")
    public var project: String?

    /// Tags: `a,b` sets, `+a,-b` adds and removes.
    @Option(name: .shortAndLong, help: "Tags: 'a,b' sets them, '+a,-b' adds a and removes b, '' clears.")
    public var tags: String?

    /// Task name or id.
    @Option(help: "Task name or id (within the project, if one is given).")
    public var task: String?

    /// Workspace name or id.
    @Option(name: .shortAndLong, help: "Workspace name or id (default: default_wid, else your default workspace).")
    public var workspace: String?

    /// Defaults: nothing given.
    public init() {}

    /// The values given, as plain data.
    public var names: EntryNames {
        EntryNames(project: project, tags: tags, task: task, workspace: workspace)
    }
}

/// What was typed for an entry's project, tags, task and workspace (nil: not given).
public struct EntryNames: Sendable, Equatable {
    /// Project name or id; empty for none.
    public var project: String?
    /// Tags (see ``TagEdit``).
    public var tags: String?
    /// Task name or id.
    public var task: String?
    /// Workspace name or id.
    public var workspace: String?

    /// The given values.
    public init(project: String? = nil, tags: String? = nil, task: String? = nil, workspace: String? = nil) {
        self.project = project
        self.tags = tags
        self.task = task
        self.workspace = workspace
    }
}
