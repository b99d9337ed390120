import Foundation
import TogglModels
import TogglAPI
import TogglSandbox

/// The built-in sandbox `--demo` runs against: a Toggl-compatible server on a loopback port
/// holding the demo account, one per demo data folder (``SharedDemoSandbox``) — the first
/// `toggl-tui --demo` process serves it, the UI and every command-line run beside it use the
/// same one, and when the host quits the UI takes over. Its state lives in the demo folder, so
/// a user finds their changes the next time.
///
/// Private to this user: the demo user's token and password are random (made once per demo
/// folder, kept in its 0600 state file), the sandbox's admin API is off
/// (``SandboxSettings/demo(timeZone:)``), requests must name `127.0.0.1:<port>` as their host,
/// and bodies are capped at 1 MiB.
struct DemoEnvironment {
    let sandbox: SharedDemoSandbox

    /// The demo data folder.
    var folder: URL { sandbox.folder }
    /// The Track v9 root of the folder's sandbox.
    var trackURL: URL { sandbox.trackURL }
    /// The demo user's private API token; never the public ``DemoAccount/apiToken``.
    var apiToken: String { sandbox.apiToken }

    /// `$XDG_DATA_HOME/toggl-tui/demo`, or `~/.local/share/toggl-tui/demo` with `~` = `$HOME`
    /// first (``ConfigPaths/demoDirectory``: the same home rule as every other path).
    static func defaultFolder(environment: [String: String]) -> URL {
        URL(fileURLWithPath: ConfigPaths(environment: environment).demoDirectory)
    }

    /// Opens the folder's sandbox: serves it (loading the demo world from the folder, or making
    /// a fresh one as of now, also when `fresh` asks for it) unless another process does.
    static func start(folder: URL, fresh: Bool, timeZone: Zone) async throws -> DemoEnvironment {
        DemoEnvironment(sandbox: try await SharedDemoSandbox.open(folder: folder, fresh: fresh, timeZone: timeZone.foundationTimeZone))
    }

    /// API settings for the demo account on this server.
    var apiConfiguration: APIConfiguration {
        APIConfiguration(credentials: .apiToken(apiToken), trackURL: trackURL, timeoutSeconds: 5)
    }

    /// Stops serving if this process hosts, letting another take over.
    func stop() async {
        await sandbox.close()
    }
}
