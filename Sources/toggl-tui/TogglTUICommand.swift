import ArgumentParser
import TogglAPI

/// `toggl-tui`: the command line entry point.
@main
struct TogglTUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toggl-tui",
        abstract: "A keyboard-driven terminal client for Toggl Track.",
        version: TogglTUIVersion.current
    )

    @Flag(help: "Run against the built-in sandbox with a demo account (no Toggl account needed).")
    var demo = false

    func run() async throws {
        var standardError = StandardError()
        print("""
            toggl-tui \(TogglTUIVersion.current): the terminal UI and the demo sandbox are not built yet.
            This build ships the TogglAPI library; see README.md for what works today.
            """, to: &standardError)
        throw ExitCode(demo ? 3 : 1)
    }
}
