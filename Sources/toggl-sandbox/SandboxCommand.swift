import ArgumentParser
import TogglSandbox

/// `toggl-sandbox`: serves a Toggl-compatible API on 127.0.0.1.
@main
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toggl-sandbox",
        abstract: "A local Toggl Track API v9 server with a demo account, for demos and tests."
    )

    func run() async throws {}
}
