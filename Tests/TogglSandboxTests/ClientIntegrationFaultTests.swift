import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// The client's retry rules, unknown outcomes and timeouts against the sandbox's injected
/// faults, over real HTTP. Retries pause through an `InstantClock`, so nothing waits but the two
/// deliberate one-second timeouts.
@Suite(.serialized) struct ClientIntegrationFaultTests {
    /// The first seed whose failure dice, at `rate`, fail the first `failures` requests with a
    /// 5xx and pass the next one — rolled the way the engine rolls them (one `unit()` per routed
    /// request, plus one `next()` to pick 500 or 503 for a failure).
    static func seed(failingFirst failures: Int, rate: Double) -> UInt64 {
        seeds: for seed in UInt64(1)...10_000 {
            var dice = SeededRandom(seed: seed)
            for _ in 0..<failures {
                guard dice.unit() < rate else { continue seeds }
                _ = dice.next()
            }
            if dice.unit() >= rate { return seed }
        }
        preconditionFailure("no seed fails \(failures) requests at rate \(rate)")
    }

    // MARK: 5xx

    @Test func aGetSucceedsAfterSeededServerErrors() async throws {
        try await withHarness { h in
            let clock = InstantClock(sandbox: h.sandbox)
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)
            h.sandbox.faults = SandboxFaults(serverErrorRate: 0.5, seed: Self.seed(failingFirst: 2, rate: 0.5))

            let tags = try await api.tags.list(in: h.northwind)
            #expect(tags.count == 10)
            let path = "GET /api/v9/workspaces/\(h.northwind)/tags"
            #expect(h.requests == [path, path, path])
            #expect(h.statuses.prefix(2).allSatisfy { $0 == 500 || $0 == 503 })
            #expect(h.statuses.last == 200)
            #expect(clock.pauses == [0, 0])
        }
    }

    @Test func serverErrorsRetryAGetUpToTheLimitButNeverAPost() async throws {
        try await withHarness(faults: SandboxFaults(serverErrorRate: 1)) { h in
            let clock = InstantClock(sandbox: h.sandbox)
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)

            let read = await apiError { try await api.me.get() }
            #expect(read?.status == 500 || read?.status == 503)
            #expect(h.requests == Array(repeating: "GET /api/v9/me", count: 3))
            #expect(clock.pauses == [0, 0])

            h.sandbox.clearRequestLog()
            let write = await apiError { try await api.clients.create(in: h.northwind, ClientPayload(name: "Once only")) }
            if case .serverError = write {} else { Issue.record("expected a server error, got \(String(describing: write))") }
            #expect(h.requests == ["POST /api/v9/workspaces/\(h.northwind)/clients"])
            #expect(clock.pauses == [0, 0])
            #expect(!h.sandbox.world.clients.all.contains { $0.name == "Once only" })

            // A write that declares itself idempotent (stopping an entry) is retried like a read.
            h.sandbox.clearRequestLog()
            let running = try #require(h.sandbox.world.runningEntry(of: h.userID))
            let stop = await apiError { try await api.timeEntries.stop(running.id, in: h.northwind) }
            #expect(stop?.status == 500 || stop?.status == 503)
            #expect(h.sandbox.requestLog.count == 3)
            #expect(h.sandbox.world.timeEntries[running.id]?.isRunning == true)
        }
    }

    // MARK: Dropped connections

    @Test func aDroppedConnectionIsRetriedForAGetAndAnUnknownOutcomeForAPost() async throws {
        try await withHarness(faults: SandboxFaults(dropConnectionRate: 1)) { h in
            let clock = InstantClock(sandbox: h.sandbox)
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)

            let read = await apiError { try await api.timeEntries.list() }
            #expect(read == .network(.connectionLost))
            #expect(h.requests == Array(repeating: "GET /api/v9/me/time_entries", count: 3))
            #expect(h.statuses == [0, 0, 0])

            h.sandbox.clearRequestLog()
            let path = "/workspaces/\(h.northwind)/time_entries"
            let write = await apiError { try await api.timeEntries.start(in: h.northwind, description: "Lost") }
            #expect(write == .unknownOutcome(method: .post, path: path))
            #expect(h.requests == ["POST /api/v9" + path])
            #expect(clock.pauses == [0, 0])
            // The sandbox drops before it changes anything.
            #expect(!h.sandbox.world.timeEntries.all.contains { $0.description == "Lost" })
        }
    }

    @Test func aServerThatIsDownLosesEveryConnection() async throws {
        try await withHarness(faults: SandboxFaults(isDown: true)) { h in
            let api = h.client(retryPolicy: .threeQuickAttempts)
            #expect(await apiError { try await api.me.get() } == .network(.connectionLost))
            #expect(h.statuses == [0, 0, 0])
            #expect(h.sandbox.requestLog.allSatisfy { $0.bucket == nil })

            h.sandbox.faults = .none
            let me = try await api.me.get()
            #expect(me.id == h.userID)
        }
    }

    // MARK: Refused connections

    @Test func aRefusedConnectionIsRetriedEvenForAPost() async throws {
        try await withHarness { h in
            await h.server.stopListening()
            let plain = h.client(retryPolicy: .threeQuickAttempts)
            #expect(await apiError { try await plain.me.get() } == .network(.connectionRefused))
            #expect(await apiError { try await plain.clients.create(in: h.northwind, ClientPayload(name: "Nope")) }
                    == .network(.connectionRefused))
            #expect(h.sandbox.requestLog.isEmpty)

            // The server comes back while the client pauses: the refused POST is sent again, once.
            let server = h.server
            let clock = InstantClock(sandbox: h.sandbox) { try await server.resumeListening() }
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)
            let client = try await api.clients.create(in: h.northwind, ClientPayload(name: "Second time lucky"))
            #expect(clock.pauses == [0])
            #expect(h.requests == ["POST /api/v9/workspaces/\(h.northwind)/clients"])
            #expect(h.sandbox.world.clients[client.id]?.name == "Second time lucky")
            #expect(await h.server.isListening)
        }
    }

    // MARK: 429

    @Test func aBurstLimitIsRetriedEvenForAPost() async throws {
        try await withHarness(quota: QuotaSettings(userLimit: 100, organizationLimit: 100, burstPerSecond: 1)) { h in
            let sandbox = h.sandbox
            // The frozen clock keeps every request in the same second until a pause moves it.
            let clock = InstantClock(sandbox: sandbox) { sandbox.advanceClock(by: 1) }
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)
            _ = try await api.me.get()
            let created = try await api.clients.create(in: h.northwind, ClientPayload(name: "After the burst"))
            #expect(h.statuses == [200, 429, 200])
            #expect(clock.pauses == [0])
            #expect(h.sandbox.world.clients[created.id] != nil)

            // Without a pause that lets the second pass, the 429 surfaces.
            let stuck = h.client(retryPolicy: .threeQuickAttempts)
            #expect(await apiError { try await stuck.me.get() } == .rateLimited(retryAfterSeconds: nil))
            #expect(h.statuses.suffix(3) == [429, 429, 429])
        }
    }

    // MARK: Commit, then drop

    @Test func aCommittedWriteWhoseConnectionDropsIsAnUnknownOutcomeOrARetry() async throws {
        // Answers withheld for 0 s: the write happens, then the connection drops at once.
        try await withHarness(faults: SandboxFaults(commitThenTimeout: 2, withholdSeconds: 0)) { h in
            let clock = InstantClock(sandbox: h.sandbox)
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)
            let error = await apiError { try await api.tags.create(in: h.northwind, name: "dropped but saved") }
            #expect(error == .unknownOutcome(method: .post, path: "/workspaces/\(h.northwind)/tags"))
            #expect(h.sandbox.world.tags.all.contains { $0.name == "dropped but saved" })

            // An idempotent write is repeated; the repeat finds it done.
            let entry = try #require(h.sandbox.world.runningEntry(of: h.userID))
            let stopped = try await api.timeEntries.stop(entry.id, in: h.northwind)
            #expect(stopped == .alreadyStopped)
            #expect(h.statuses.suffix(2) == [200, 409])
            #expect(h.sandbox.world.timeEntries[entry.id]?.isRunning == false)
        }
    }

    @Test func aDeleteWhoseAnswerWasLostSucceedsWhenTheRepeatFindsItGone() async throws {
        try await withHarness(faults: SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0)) { h in
            let clock = InstantClock(sandbox: h.sandbox)
            let api = h.client(retryPolicy: .threeQuickAttempts, clock: clock)
            let tag = try #require(h.sandbox.world.tags.all.first { $0.workspaceID == h.northwind })
            try await api.tags.delete(tag.id, in: h.northwind)
            #expect(h.statuses == [200, 404])
            #expect(h.sandbox.world.tags[tag.id]?.deletedAt != nil)
        }
    }

    // MARK: Timeouts

    @Test func aWriteWhoseAnswerIsWithheldIsAnUnknownOutcomeThatDidHappen() async throws {
        // The answer is withheld far longer than the client waits, however busy the machine.
        try await withHarness(faults: SandboxFaults(commitThenTimeout: 1, withholdSeconds: 20)) { h in
            let clock = InstantClock(sandbox: h.sandbox)
            let api = h.client(timeoutSeconds: 1, retryPolicy: .threeQuickAttempts, clock: clock)
            let path = "/workspaces/\(h.northwind)/time_entries"
            let error = await apiError {
                try await api.timeEntries.create(in: h.northwind, TimeEntryPayload(
                    start: IntegrationHarness.now.addingTimeInterval(-600), duration: 300, description: .set("Committed")))
            }
            #expect(error == .unknownOutcome(method: .post, path: path))
            #expect(clock.pauses.isEmpty)
            #expect(h.requests == ["POST /api/v9" + path])
            // The sandbox did create it: the app must look before sending again.
            let committed = h.sandbox.world.timeEntries.all.filter { $0.description == "Committed" }
            #expect(committed.count == 1)
            #expect(h.sandbox.faults.commitThenTimeout == 0)
            let listed = try await api.timeEntries.list()
            #expect(listed.contains { $0.id == committed.first?.id })
        }
    }

    @Test func aSlowReadTimesOut() async throws {
        // The sandbox would answer after 20 s: a timed-out error can only be the client's 1 s timeout.
        try await withHarness(faults: SandboxFaults(latencySeconds: 20)) { h in
            let api = h.client(timeoutSeconds: 1)
            #expect(await apiError { try await api.timeEntries.current() } == .network(.timedOut))
        }
    }
}
