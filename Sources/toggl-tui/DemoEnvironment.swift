import Foundation
import TogglAPI
import TogglSandbox

/// The built-in sandbox `--demo` runs against: a Toggl-compatible server on a loopback port,
/// in this process, holding the demo account. Its state lives in one demo data folder, so a
/// user finds their changes the next time.
///
/// Private to this user: the demo user's token and password are random (made once per demo
/// folder, kept in its 0600 state file), the sandbox's admin API is off
/// (``SandboxSettings/demo(timeZone:)``), requests must name `127.0.0.1:<port>` as their host,
/// and bodies are capped at 1 MiB.
struct DemoEnvironment {
    let server: SandboxServer
    let trackURL: URL
    let folder: URL
    /// The demo user's private API token (``DemoAccount/makePrivate(_:using:)``), kept in the
    /// demo folder's state file; never the public ``DemoAccount/apiToken``.
    let apiToken: String

    /// `$XDG_DATA_HOME/toggl-tui/demo`, or `~/.local/share/toggl-tui/demo` with `~` = `$HOME`
    /// first (``ConfigPaths/demoDirectory``: the same home rule as every other path).
    static func defaultFolder(environment: [String: String]) -> URL {
        URL(fileURLWithPath: ConfigPaths(environment: environment).demoDirectory)
    }

    /// Starts the sandbox, loading the demo world from the folder (or making a fresh one as of
    /// now, also when `fresh` asks for it).
    static func start(folder: URL, fresh: Bool, timeZone: TimeZone) async throws -> DemoEnvironment {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let stateFile = SandboxStateFile(url: folder.appendingPathComponent("sandbox.json"))
        if fresh { try? FileManager.default.removeItem(at: stateFile.url) }
        let loaded = stateFile.load(orElse: { DemoAccount.makeWorld(now: Date(), timeZone: timeZone) }, printWarnings: false)
        var world = loaded.world
        var random = SystemRandomNumberGenerator()
        let apiToken = DemoAccount.makePrivate(&world, using: &random) ?? DemoAccount.apiToken
        var quota = QuotaSettings()
        for organization in world.organizations.all {
            quota.organizationLimits[organization.id] = organization.plan.hourlyQuota
        }
        let sandbox = Sandbox(world: world, quota: quota, settings: .demo(timeZone: timeZone))
        let autosave = SandboxAutosave(sandbox: sandbox, file: stateFile,
                                       alreadySaved: loaded.fromFile && world == loaded.world)
        try autosave.flush()
        let server = SandboxServer(sandbox: sandbox, autosave: autosave)
        let url = try await server.start(port: 0)
        return DemoEnvironment(server: server, trackURL: url, folder: folder, apiToken: apiToken)
    }

    /// API settings for the demo account on this server.
    var apiConfiguration: APIConfiguration {
        APIConfiguration(credentials: .apiToken(apiToken), trackURL: trackURL, timeoutSeconds: 5)
    }
}
