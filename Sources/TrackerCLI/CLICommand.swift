import ArgumentParser

/// A subcommand whose logic runs on a ``CLISession`` (so tests inject the clock, zone, API
/// client and output). ``CLIRunner`` runs it; its `run()` is never used.
public protocol CLICommand: AsyncParsableCommand {
    /// `--demo`, `--json`, `--quiet`.
    var global: GlobalOptions { get }

    /// Whether the run first sends what the journal holds (default: yes). `status` (which
    /// makes no request) and the config and logout commands do not.
    var sendsUnsentFirst: Bool { get }

    /// Does the command's work.
    /// - Throws: ``CLIError`` and ``TogglAPI/APIError`` (mapped to exit codes by ``CLIRunner``).
    func execute(in session: CLISession) async throws
}

extension CLICommand {
    /// Every command that talks to Toggl sends the journal's unsent writes first.
    public var sendsUnsentFirst: Bool { true }

    /// Not used: ``CLIRunner`` builds a session and calls ``execute(in:)``.
    public func run() async throws {
        throw CLIError("This command runs through CLIRunner.")
    }
}
