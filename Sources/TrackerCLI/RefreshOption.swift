import ArgumentParser

/// `--refresh` for the read commands that answer from the local store while it is fresh.
public struct RefreshOption: ParsableArguments, Sendable {
    /// Ask Toggl even while this machine's copy is fresh.
    @Flag(help: "Ask Toggl even when this machine's copy is fresh (synced within cli_max_age).")
    public var refresh = false

    /// Not given.
    public init() {}
}
