/// Every route the sandbox serves: only routes Toggl has, with the methods Toggl allows.
/// Each group lives in its own file as an extension.
public enum SandboxRoutes {
    /// All groups, Track v9 and Reports v3.
    public static var all: [SandboxRoute] {
        me + workspaces + organizations + clients + projects + tasks + tags + users + timeEntries + reports
    }
}
