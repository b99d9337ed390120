import ArgumentParser

/// Options every subcommand takes: the demo sandbox, JSON output and quiet mode.
public struct GlobalOptions: ParsableArguments, Sendable {
    /// Run against the built-in demo sandbox.
    @Flag(help: "Run against the built-in sandbox with a demo account (no Toggl account needed).")
    public var demo = false

    /// The demo data folder.
    @Option(name: .customLong("demo-data"), help: "The demo data folder (default: $XDG_DATA_HOME/toggl-tui/demo).")
    public var demoData: String?

    /// Print JSON instead of a table.
    @Flag(help: "Print JSON (Toggl's field names) instead of a table.")
    public var json = false

    /// Print nothing but ids of what was created.
    @Flag(name: [.short, .long], help: "Print nothing on success (creating commands print the new id).")
    public var quiet = false

    /// Defaults: no demo, tables, not quiet.
    public init() {}
}
