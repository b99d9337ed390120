import Foundation
import Synchronization

/// The sandbox engine: a Toggl-compatible API answered from an in-memory world, with quotas,
/// injected failures, a request log and an admin API. It does no IO, so routes and behaviours can
/// be tested without sockets; ``SandboxServer`` puts it on HTTP.
///
/// Order of processing for one request (``handle(_:realNow:)``):
/// 1. `/__sandbox/…` → the admin API (``AdminRoutes``): no auth, no quota, no faults, not logged —
///    when ``SandboxSettings/adminAPI`` is on; otherwise such a path is unknown like any other.
/// 2. ``SandboxFaults/isDown`` → the connection is dropped.
/// 3. Basic auth: missing or garbled → 401, empty body, `X-Authorization-Missing: true`;
///    unknown token or email/password → 403 with a JSON string. Neither is charged.
/// 4. Quota: the bucket follows the path (workspace, Reports workspace and organization routes →
///    the organization's bucket, everything else → the user's); exhausted → 402 with Toggl's
///    "hourly limit" sentence (plain text); burst → 429. Every authenticated request is charged,
///    including the 405s of the next step.
/// 5. Routing: no route for the path and method → 405, empty body. `GET /me/quota` is answered
///    by the engine (after the faults of step 6), which owns the quota state.
/// 6. Faults: the 5xx rate (500/503 with a JSON string), then the drop rate — both before
///    anything changes.
/// 7. The route's handler runs on a copy of the world, which replaces the world only if the
///    handler did not throw: every request is atomic.
/// 8. "Commit then time out": while ``SandboxFaults/commitThenTimeout`` > 0 a write
///    (POST/PUT/PATCH/DELETE) is carried out and its answer withheld.
///
/// Authenticated answers carry `X-Toggl-Quota-Remaining` and `X-Toggl-Quota-Resets-In`; all carry
/// `X-Toggl-Request-Id` (counter-based, so reproducible), `Server: nginx` and Toggl's
/// `Cache-Control`. Every API request is logged, a dropped one with status 0; passwords, tokens
/// and other secrets in bodies and queries are redacted in the log (``LogRedaction``), and
/// headers (so `Authorization`) are never logged.
/// Latency is not applied here: the server waits ``latencySeconds(for:)`` before handling.
public final class Sandbox: Sendable {
    private let state: Mutex<SandboxEngineState>

    /// A sandbox holding `world`, timed by `clock`, limited by `quota`, failing as `faults` say,
    /// answering `routes` (by default every route the sandbox knows).
    public init(world: SandboxWorld = SandboxWorld(), clock: SandboxClock = SandboxClock(),
                quota: QuotaSettings = QuotaSettings(), faults: SandboxFaults = .none,
                settings: SandboxSettings = SandboxSettings(), routes: [SandboxRoute] = SandboxRoutes.all) {
        state = Mutex(SandboxEngineState(world: world, clock: clock, quota: quota, faults: faults,
                                         routes: routes, settings: settings))
    }

    /// Answers one request. Synchronous and free of IO; `realNow` is the wall-clock time the
    /// sandbox clock is derived from.
    public func handle(_ request: SandboxRequest, realNow: Date = Date()) -> SandboxResponse {
        state.withLock { $0.handle(request, realNow: realNow) }
    }

    /// How long the server should wait before handling `request` (injected latency; none for the
    /// admin API).
    public func latencySeconds(for request: SandboxRequest) -> Double {
        state.withLock { state in
            if state.settings.adminAPI, SandboxEngineState.isAdmin(request.path) { return 0 }
            return SandboxFaults.clampedSeconds(state.faults.latencySeconds)
        }
    }

    // MARK: World

    /// The current world.
    public var world: SandboxWorld {
        state.withLock { $0.world }
    }

    /// Changes the world in place (for tests and seeding).
    public func updateWorld(_ change: (inout SandboxWorld) throws -> Void) rethrows {
        try state.withLock { state in
            var copy = state.world
            try change(&copy)
            state.replaceWorld(copy)
        }
    }

    /// Replaces the world, empties the request log and the quota windows.
    public func reset(to world: SandboxWorld) {
        state.withLock { state in
            state.replaceWorld(world)
            state.clearLog()
            state.limiter.reset()
        }
    }

    /// Grows by one whenever the world changes; the state file saves when it moved.
    public var revision: UInt64 {
        state.withLock { $0.revision }
    }

    /// The world and its revision, read together.
    public func snapshot() -> (world: SandboxWorld, revision: UInt64) {
        state.withLock { ($0.world, $0.revision) }
    }

    // MARK: Request log

    /// The kept request log, oldest first.
    public var requestLog: [RequestLogEntry] {
        state.withLock { $0.log }
    }

    /// The log entries with an index of at least `index` (indexes count every request since the
    /// sandbox started, also forgotten and cleared ones).
    public func requestLog(since index: Int) -> [RequestLogEntry] {
        state.withLock { state in
            let (skip, overflow) = index.subtractingReportingOverflow(state.logStartIndex)
            return Array(state.log.dropFirst(overflow ? (index < 0 ? 0 : state.log.count) : max(0, skip)))
        }
    }

    /// The index the next logged request will get.
    public var nextRequestIndex: Int {
        state.withLock { $0.nextLogIndex }
    }

    /// Forgets the logged requests (indexes keep counting).
    public func clearRequestLog() {
        state.withLock { $0.clearLog() }
    }

    // MARK: Clock

    /// The sandbox clock.
    public var clock: SandboxClock {
        state.withLock { $0.clock }
    }

    /// The sandbox's current time.
    public func now(realNow: Date = Date()) -> Date {
        state.withLock { $0.clock.now(real: realNow) }
    }

    /// Moves the sandbox time by `seconds` (negative moves back).
    public func advanceClock(by seconds: TimeInterval) {
        state.withLock { $0.clock.advance(by: seconds) }
    }

    /// Replaces the clock.
    public func setClock(_ clock: SandboxClock) {
        state.withLock { $0.clock = clock }
    }

    // MARK: Quota and faults

    /// The quota limits. Setting them keeps the counted requests.
    public var quotaSettings: QuotaSettings {
        get { state.withLock { $0.limiter.settings } }
        set { state.withLock { $0.limiter.settings = newValue } }
    }

    /// Forgets every counted request: all buckets are full again.
    public func resetQuotaWindows() {
        state.withLock { $0.limiter.reset() }
    }

    /// The injected failures. Setting them restarts the failure dice from their seed.
    public var faults: SandboxFaults {
        get { state.withLock { $0.faults } }
        set { state.withLock { $0.setFaults(newValue) } }
    }

    /// The engine's own settings.
    public var settings: SandboxSettings {
        get { state.withLock { $0.settings } }
        set { state.withLock { $0.settings = newValue } }
    }
}
