import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// The journal against the sandbox's fault switches: offline work reaches Toggl exactly once,
/// lost answers make no duplicates, a 402 waits for the reset.
@Suite(.serialized) struct OfflineJournalTests {
    /// Starts a timer described `text` at the harness's current tick.
    static func startTimer(_ harness: SandboxHarness, _ text: String) async {
        await harness.press(.character("s"))
        await harness.type(text)
        await harness.press(.ctrl("s"))
    }

    static func tick(_ harness: SandboxHarness, minutes: Double) async {
        let now = harness.driver.state.now.addingTimeInterval(minutes * 60)
        harness.driver.send(.tick(now))
        await harness.driver.settle()
    }

    /// The entries the sandbox holds that the session created (ids above the demo's).
    static func created(_ harness: SandboxHarness, after lastID: Int64) -> [TimeEntryRecord] {
        harness.sandbox.world.timeEntries.all.filter { $0.id > lastID && $0.deletedAt == nil }.sorted { $0.id < $1.id }
    }

    @Test func fiveEntriesMadeOfflineReachTogglExactlyOnceWhenBackOnline() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let lastDemoID = harness.sandbox.world.timeEntries.all.map(\.id).max() ?? 0
        let demoRunning = try #require(harness.driver.state.runningEntry)
        harness.sandbox.faults.isDown = true
        harness.sandbox.clearRequestLog()

        var expected: [(String, Date, Date)] = []
        for index in 1...5 {
            let start = harness.driver.state.now
            await Self.startTimer(harness, "Offline \(index)")
            await Self.tick(harness, minutes: 10)
            // Rename the running entry, then stop it.
            await harness.press(.character("3"), .character("e"), .ctrl("u"))
            await harness.type("Offline \(index) edited")
            await harness.press(.ctrl("s"), .character("x"))
            expected.append(("Offline \(index) edited", start, harness.driver.state.now))
            await Self.tick(harness, minutes: 1)
        }
        #expect(harness.sandbox.world.timeEntries.all.allSatisfy { $0.id <= lastDemoID })
        #expect(harness.driver.state.waitingWrites > 0)
        let names = Set(expected.map(\.0))
        #expect(harness.driver.state.dayEntries.filter { names.contains($0.description ?? "") }.count == 5)

        harness.sandbox.faults.isDown = false
        harness.sandbox.clearRequestLog()
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()

        let server = Self.created(harness, after: lastDemoID)
        #expect(server.map(\.description) == expected.map(\.0))
        #expect(server.map(\.start) == expected.map(\.1))
        #expect(server.map(\.stop) == expected.map(\.2))
        // The demo's timer stopped when the first offline timer started, not when Toggl heard of it.
        #expect(harness.sandbox.world.timeEntries[demoRunning.id]?.stop == expected[0].1)
        // One read of what changed on Toggl meanwhile (the replayed stop is checked for a
        // conflict), one stop of the demo timer, then one create per entry: starts, edits and
        // stops folded.
        #expect(harness.requests.count == 7, "\(harness.requests)")
        #expect(harness.requests.filter { $0.hasPrefix("GET") }.count == 1)
        let local = harness.driver.state.catalog.entries.values.filter { names.contains($0.description ?? "") }
        #expect(Set(local.map(\.id)) == Set(server.map(\.id)))
        #expect(harness.driver.state.pendingWrites.isEmpty)
        #expect(harness.driver.state.waitingWrites == 0)
        #expect(harness.driver.outbox?.unsentCount == 0)
        await harness.stop()
    }

    @Test func aCreateWhoseAnswerIsLostIsFoundNotRepeated() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let lastDemoID = harness.sandbox.world.timeEntries.all.map(\.id).max() ?? 0
        harness.sandbox.faults = SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0)
        harness.sandbox.clearRequestLog()
        await harness.press(.character("5"), .character("a"))
        await harness.type("Committed, answer lost")
        await harness.press(KeyEvent(.enter))
        let server = Self.created(harness, after: lastDemoID)
        #expect(server.map(\.description) == ["Committed, answer lost"])
        #expect(harness.requests.map { $0.components(separatedBy: "?")[0] } == [
            "POST /api/v9/workspaces/\(server[0].workspaceID)/time_entries", "GET /api/v9/me/time_entries",
        ])
        #expect(harness.driver.state.catalog.entries[server[0].id]?.description == "Committed, answer lost")
        #expect(harness.driver.state.catalog.entries.keys.allSatisfy { $0 > 0 })
        await harness.stop()
    }

    @Test func aClientAndProjectWhoseAnswersAreLostAreFoundByNameNotRefused() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let workspace = try #require(harness.driver.state.workspaceID)
        harness.sandbox.faults = SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0)
        harness.sandbox.clearRequestLog()
        await harness.press(.character("2"), .character("n"))
        await harness.type("Wayne Enterprises")
        await harness.press(KeyEvent(.enter))
        // Sent again, Toggl would refuse the name as taken: the client is looked up instead.
        let clients = harness.sandbox.world.clients.all.filter { $0.name == "Wayne Enterprises" }
        #expect(clients.count == 1)
        #expect(harness.requests.map { $0.components(separatedBy: "?")[0] } == [
            "POST /api/v9/workspaces/\(workspace)/clients", "GET /api/v9/workspaces/\(workspace)/clients",
        ])
        let client = try #require(harness.driver.state.catalog.clients.values.first { $0.name == "Wayne Enterprises" })
        #expect(client.id == clients.first?.id)
        #expect(harness.driver.state.status?.level != .error)

        harness.sandbox.faults = SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0)
        await harness.press(.character("3"), .character("n"))
        await harness.type("Bat Signal")
        await harness.press(KeyEvent(.enter))
        let projects = harness.sandbox.world.projects.all.filter { $0.name == "Bat Signal" }
        #expect(projects.count == 1)
        #expect(harness.driver.state.catalog.projects.values.filter { $0.name == "Bat Signal" }.map(\.id) == projects.map(\.id))
        #expect(harness.driver.outbox?.pending.failures.isEmpty == true)
        await harness.stop()
    }

    @Test func aQuotaRunOutMidReplayResumesAfterTheReset() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let lastDemoID = harness.sandbox.world.timeEntries.all.map(\.id).max() ?? 0
        harness.sandbox.faults.isDown = true
        for index in 1...3 {
            await Self.tick(harness, minutes: 5)
            await harness.press(.character("5"), .character("a"))
            await harness.type("Queued \(index)")
            await harness.press(KeyEvent(.enter))
        }
        // Back online with room for one request in the hour.
        harness.sandbox.faults.isDown = false
        harness.sandbox.resetQuotaWindows()
        harness.sandbox.quotaSettings = QuotaSettings(userLimit: 1_000, organizationLimit: 1)
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()
        #expect(Self.created(harness, after: lastDemoID).count == 1, "\(String(describing: harness.driver.outbox?.pending.failures))")
        #expect(harness.driver.state.waitingWrites == 2, "\(harness.requests) \(String(describing: harness.driver.state.status))")
        #expect(harness.driver.state.status?.text.contains("will be sent") == true)

        // The hour resets: the rest goes, in order, once.
        harness.sandbox.resetQuotaWindows()
        harness.sandbox.quotaSettings = .unlimited
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()
        #expect(Self.created(harness, after: lastDemoID).map(\.description) == ["Queued 1", "Queued 2", "Queued 3"])
        #expect(harness.driver.state.waitingWrites == 0)
        #expect(harness.driver.state.pendingWrites.isEmpty)
        await harness.stop()
    }

    @Test func aRefusedWriteIsJournaledFailedAndTheRestGoOn() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        await harness.press(.character("5"), .character("j"))
        let id = try #require(harness.driver.state.selectedID(in: .entries))
        // Toggl loses the entry before the edit arrives: the edit is refused (404).
        harness.sandbox.updateWorld { $0.timeEntries[id] = nil }
        #expect(harness.sandbox.world.timeEntries[id] == nil)
        await harness.press(.character("e"), .ctrl("u"))
        await harness.type("Edit of a vanished entry")
        await harness.press(.ctrl("s"))
        #expect(harness.driver.state.status?.level == .error)
        let pending = try #require(harness.driver.outbox?.pending)
        #expect(pending.isEmpty)
        #expect(pending.failures.count == 1)
        await harness.stop()
    }
}
