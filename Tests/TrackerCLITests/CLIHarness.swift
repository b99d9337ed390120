import Foundation
import Testing
import TogglAPI
import TogglModels
import TogglSandbox
import TrackerStore
@testable import TrackerCLI

/// Runs subcommands in process against a real sandbox server on 127.0.0.1 (port 0) holding the
/// demo account made at a fixed moment, with the sandbox clock frozen there, the CLI's clock
/// and time zone fixed, and the store folders in a fresh temporary folder.
final class CLIHarness: Sendable {
    /// Monday 2026-11-23 10:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_428_000)
    static let utc = Zone(identifier: "UTC")!

    let sandbox: Sandbox
    let server: SandboxServer
    let api: TogglAPIClient
    let folder: URL
    let output = CapturedOutput()
    let errors = CapturedOutput()

    private init(sandbox: Sandbox, server: SandboxServer, api: TogglAPIClient, folder: URL) {
        self.sandbox = sandbox
        self.server = server
        self.api = api
        self.folder = folder
    }

    /// A harness on `world` (default: the demo account at ``now``).
    static func start(world: SandboxWorld? = nil) async throws -> CLIHarness {
        let world = world ?? DemoAccount.makeWorld(now: now, timeZone: utc.foundationTimeZone)
        let sandbox = Sandbox(world: world, clock: .frozen(at: now), quota: .unlimited)
        let server = SandboxServer(sandbox: sandbox)
        let url = try await server.start(port: 0)
        let configuration = APIConfiguration(
            credentials: .apiToken(DemoAccount.apiToken), trackURL: url, timeoutSeconds: 30, retryPolicy: .never)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toggl-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return CLIHarness(sandbox: sandbox, server: server, api: TogglAPIClient(configuration: configuration), folder: folder)
    }

    var cacheDirectory: String { folder.appendingPathComponent("cache").path }
    var stateDirectory: String { folder.appendingPathComponent("state").path }

    /// The context commands run in.
    func context(defaultWorkspaceID: Int64? = nil, answer: Bool = false, offline: Bool = false) -> CLIContext {
        CLIContext(
            api: api, token: Secret(DemoAccount.apiToken),
            configPaths: ConfigPaths(environment: ["HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]),
            cacheDirectory: cacheDirectory, stateDirectory: stateDirectory,
            clock: { CLIHarness.now }, timeZoneOverride: Self.utc, systemTimeZone: Self.utc,
            defaultWorkspaceID: defaultWorkspaceID, output: output, errors: errors, confirm: { _ in answer })
    }

    /// What one run printed and returned.
    struct Result: Equatable, CustomStringConvertible {
        var code: Int32
        var output: String
        var errors: String
        var requests: [String]

        var description: String { "exit \(code)\n--- out\n\(output)--- err\n\(errors)--- requests\n\(requests.joined(separator: "\n"))" }
    }

    /// Runs `arguments` as a subcommand (output and the request log start empty).
    func run(_ arguments: String..., context: CLIContext? = nil) async -> Result {
        await run(arguments, context: context)
    }

    /// Runs `arguments` as a subcommand (output and the request log start empty).
    func run(_ arguments: [String], context: CLIContext? = nil) async -> Result {
        output.clear()
        errors.clear()
        sandbox.clearRequestLog()
        let code = await CLIRunner.run(arguments, context: context ?? self.context())
        return Result(code: code, output: output.text, errors: errors.text, requests: requests)
    }

    /// The requests the sandbox answered since the log was cleared, as `METHOD path?query`.
    var requests: [String] {
        sandbox.requestLog.map { "\($0.method) \($0.path)" }
    }

    /// The store of the demo user, as the CLI would find it.
    var layout: StoreLayout {
        let userID = sandbox.world.user(apiToken: DemoAccount.apiToken)?.id ?? 0
        return StoreLayout(cacheDirectory: cacheDirectory, stateDirectory: stateDirectory, userID: userID)
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Runs `body` against a fresh harness (on `world`, default the demo account) and always stops
/// its server.
func withCLI(world: SandboxWorld? = nil, _ body: (CLIHarness) async throws -> Void) async throws {
    let harness = try await CLIHarness.start(world: world)
    do {
        try await body(harness)
    } catch {
        await harness.stop()
        throw error
    }
    await harness.stop()
}
