import Foundation
import Synchronization
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// The real `TogglAPIClient` (with its `CurlTransport`) talking to a real `SandboxServer`
/// on 127.0.0.1, port 0, over HTTP. The demo account is made at a fixed moment and the sandbox
/// clock is frozen there, so every run sees the same world.
final class IntegrationHarness: Sendable {
    /// Monday 2026-11-23 10:00 UTC (the sandbox's frozen "now").
    static let now = Date(timeIntervalSince1970: 1_795_428_000)
    static let utc = TimeZone(identifier: "UTC")!

    let sandbox: Sandbox
    let server: SandboxServer
    /// The Track v9 root of the server.
    let trackURL: URL
    /// The demo account's ids.
    let userID: Int64
    /// "Northwind Studio", on the Starter plan.
    let northwind: Int64
    let northwindOrganization: Int64
    /// "Personal", on the Free plan.
    let personal: Int64
    let personalOrganization: Int64

    private init(sandbox: Sandbox, server: SandboxServer, trackURL: URL) throws {
        self.sandbox = sandbox
        self.server = server
        self.trackURL = trackURL
        let world = sandbox.world
        let user = try #require(world.user(apiToken: DemoAccount.apiToken))
        let northwindRecord = try #require(world.workspaces.all.first { $0.name == DemoAccount.workspaceName })
        let personalRecord = try #require(world.workspaces.all.first { $0.name == "Personal" })
        userID = user.id
        northwind = northwindRecord.id
        northwindOrganization = northwindRecord.organizationID
        personal = personalRecord.id
        personalOrganization = personalRecord.organizationID
    }

    /// Starts a server over a fresh demo world.
    static func start(quota: QuotaSettings = .unlimited, faults: SandboxFaults = .none) async throws -> IntegrationHarness {
        let world = DemoAccount.makeWorld(now: now, timeZone: utc)
        let sandbox = Sandbox(world: world, clock: .frozen(at: now), quota: quota, faults: faults)
        let server = SandboxServer(sandbox: sandbox)
        let url = try await server.start(port: 0)
        do {
            return try IntegrationHarness(sandbox: sandbox, server: server, trackURL: url)
        } catch {
            await server.stop()
            throw error
        }
    }

    /// A new client of this server (its own URLSession), by default with the demo token, no
    /// retries, and a clock that reads the sandbox's time and never waits.
    func client(
        credentials: Credentials = .apiToken(DemoAccount.apiToken), timeoutSeconds: Int = 30,
        retryPolicy: RetryPolicy = .never, clock: (any APIClock)? = nil
    ) -> TogglAPIClient {
        let configuration = APIConfiguration(
            credentials: credentials, trackURL: trackURL, timeoutSeconds: timeoutSeconds, retryPolicy: retryPolicy)
        return TogglAPIClient(configuration: configuration, clock: clock ?? InstantClock(sandbox: sandbox))
    }

    /// Every request the sandbox logged, as `METHOD /api/v9/path`.
    var requests: [String] {
        sandbox.requestLog.map { "\($0.method) \($0.path)" }
    }

    /// The logged statuses (0 for a dropped connection).
    var statuses: [Int] {
        sandbox.requestLog.map(\.status)
    }

    func stop() async {
        await server.stop()
    }
}

/// Runs `body` against a fresh harness and always stops its server.
func withHarness(
    quota: QuotaSettings = .unlimited, faults: SandboxFaults = .none,
    _ body: (IntegrationHarness) async throws -> Void
) async throws {
    let harness = try await IntegrationHarness.start(quota: quota, faults: faults)
    do {
        try await body(harness)
    } catch {
        await harness.stop()
        throw error
    }
    await harness.stop()
}

/// The error an operation throws, or `nil` (recorded as an issue) when it succeeds.
func apiError<T>(
    sourceLocation: SourceLocation = #_sourceLocation, _ operation: () async throws -> T
) async -> APIError? {
    do {
        let value = try await operation()
        Issue.record("expected an APIError, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as APIError {
        return error
    } catch {
        Issue.record("expected an APIError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// An `APIClock` that tells the sandbox's (frozen) time and never waits: it records each pause
/// and then runs `onSleep`, which tests use to change the server between two attempts.
final class InstantClock: APIClock {
    private let sandbox: Sandbox
    private let onSleep: (@Sendable () async throws -> Void)?
    private let recorded = Mutex<[Double]>([])

    init(sandbox: Sandbox, onSleep: (@Sendable () async throws -> Void)? = nil) {
        self.sandbox = sandbox
        self.onSleep = onSleep
    }

    func now() -> Date { sandbox.now() }

    func sleep(seconds: Double) async throws {
        recorded.withLock { $0.append(seconds) }
        try await onSleep?()
    }

    /// The pauses asked for so far.
    var pauses: [Double] { recorded.withLock { $0 } }
}

extension RetryPolicy {
    /// Three attempts with no pause between them.
    static let threeQuickAttempts = RetryPolicy(maxAttempts: 3, baseDelaySeconds: 0, maxDelaySeconds: 0, jitter: 0)
}
