import Foundation
import TogglModels
import TogglAPI
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// The app's driver wired to a real sandbox server on 127.0.0.1, with the demo account made
/// at a fixed moment and the sandbox clock frozen there.
final class SandboxHarness {
    /// Monday 2026-11-23 10:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_428_000)
    static let utc = Zone(identifier: "UTC")!

    let sandbox: Sandbox
    let server: SandboxServer
    let driver: AppDriver
    let api: TogglAPIClient
    /// The write journal's folder (removed by ``stop()``).
    let folder: URL

    private init(sandbox: Sandbox, server: SandboxServer, driver: AppDriver, api: TogglAPIClient, folder: URL) {
        self.sandbox = sandbox
        self.server = server
        self.driver = driver
        self.api = api
        self.folder = folder
    }

    /// An outbox pause that lasts until ``Outbox/retryNow()``: tests decide when to retry.
    static let untilRetried: Outbox.Pause = { _ in try? await Task.sleep(for: .seconds(86_400)) }

    static func start(world: SandboxWorld? = nil, quota: QuotaSettings = .unlimited, faults: SandboxFaults = .none,
                      timeoutSeconds: Int = 30, settings: ((inout AppSettings) -> Void)? = nil) async throws -> SandboxHarness {
        let world = world ?? DemoAccount.makeWorld(now: now, timeZone: utc.foundationTimeZone)
        let sandbox = Sandbox(world: world, clock: .frozen(at: now), quota: quota, faults: faults)
        let server = SandboxServer(sandbox: sandbox)
        let url = try await server.start(port: 0)
        let configuration = APIConfiguration(credentials: .apiToken(DemoAccount.apiToken), trackURL: url, timeoutSeconds: timeoutSeconds,
                                             retryPolicy: .never)
        // The sandbox's frozen time, so quota resets read from headers are deterministic.
        let api = TogglAPIClient(configuration: configuration, clock: FrozenAPIClock(moment: now))
        var appSettings = AppSettings(systemTimeZone: utc)
        settings?(&appSettings)
        var state = AppState(settings: appSettings, now: now)
        state.screenRows = 40
        let driver = AppDriver(state: state, performer: TogglEffectPerformer(api: api))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("SandboxHarness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let journal = Journal(path: folder.appendingPathComponent("journal.jsonl").path)
        // The outbox reads the sandbox's clock: the same moment unless a test moves Toggl's clock with the user's.
        driver.outbox = Outbox(api: api, journal: journal, now: { sandbox.now() }, pause: untilRetried, post: driver.inbox)
        return SandboxHarness(sandbox: sandbox, server: server, driver: driver, api: api, folder: folder)
    }

    /// Launches the app and waits until the bootstrap has answered.
    func launch() async {
        driver.send(.tick(Self.now))
        driver.send(.launched)
        await driver.settle()
        // On a starved machine the bootstrap can outlast a short client timeout: sync again
        // (as `r` would), so a test starts from the account it is about, not an empty screen.
        for _ in 0..<3 where driver.state.account == nil {
            driver.send(.key(.character("r")))
            await driver.settle()
        }
    }

    /// Sends keys, then waits for every effect they started to answer.
    func press(_ keys: KeyEvent...) async {
        for key in keys { driver.send(.key(key)) }
        await driver.settle()
    }

    /// Types text, then waits.
    func type(_ text: String) async {
        for character in text { driver.send(.key(.character(character))) }
        await driver.settle()
    }

    /// The id of the demo workspace named `name` (0 when there is none).
    func workspaceID(_ name: String) -> Int64 {
        sandbox.world.workspaces.all.first { $0.name == name }?.id ?? 0
    }

    /// The requests the sandbox has answered since the log was last cleared, as `METHOD path`.
    var requests: [String] {
        sandbox.requestLog.map { "\($0.method) \($0.path)" }
    }

    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// An API clock standing at a fixed moment (the harness's now) that waits for real.
struct FrozenAPIClock: APIClock {
    let moment: Date

    func now() -> Date { moment }

    func sleep(seconds: Double) async throws {
        try await SystemAPIClock().sleep(seconds: seconds)
    }
}
