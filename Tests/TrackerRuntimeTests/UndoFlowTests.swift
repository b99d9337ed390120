import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// `u` against the sandbox: undoing goes through the journal like any write.
@Suite(.serialized) struct UndoFlowTests {
    /// The live entries the sandbox holds with ids above `lastID` (made by the session).
    static func created(_ harness: SandboxHarness, after lastID: Int64) -> [TimeEntryRecord] {
        harness.sandbox.world.timeEntries.all.filter { $0.id > lastID && $0.deletedAt == nil }
    }

    @Test func aDeletedEntryIsOnTogglAgainAfterUndo() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        await harness.press(.character("5"), .character("j"))
        let id = try #require(harness.driver.state.selectedID(in: .entries))
        let before = try #require(harness.sandbox.world.timeEntries[id])
        let description = try #require(before.description)
        await harness.press(.character("d"), .character("y"))
        #expect(harness.sandbox.world.timeEntries[id]?.deletedAt != nil)

        let lastID = harness.sandbox.world.timeEntries.all.map(\.id).max() ?? 0
        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        let again = try #require(Self.created(harness, after: lastID).first)
        #expect(again.description == description)
        #expect(again.id != id)
        #expect(again.start == before.start)
        #expect(again.stop == before.stop)
        #expect(again.projectID == before.projectID)
        #expect(again.workspaceID == before.workspaceID)
        #expect(harness.requests == ["POST /api/v9/workspaces/\(before.workspaceID)/time_entries"])
        #expect(harness.driver.state.catalog.entries[again.id]?.description == description)
        #expect(harness.driver.state.pendingWrites.isEmpty)
        #expect(harness.driver.state.status?.text == "Undid: deleted “\(description)”")
        await harness.stop()
    }

    @Test func anUndoneStopRunsTheSameEntryAgainOnToggl() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        let running = try #require(harness.driver.state.runningEntry)
        await harness.press(.character("x"))
        #expect(harness.sandbox.world.timeEntries[running.id]?.isRunning == false)
        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        let record = try #require(harness.sandbox.world.timeEntries[running.id])
        #expect(record.isRunning)
        #expect(record.start == running.start)
        #expect(harness.requests == ["PUT /api/v9/workspaces/\(running.workspaceID)/time_entries/\(running.id)"])
        #expect(harness.driver.state.runningEntry?.id == running.id)
        await harness.stop()
    }

    @Test func anAddUndoneOfflineCostsNoRequestOnceBackOnline() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let entryCount = harness.sandbox.world.timeEntries.all.count
        harness.sandbox.faults.isDown = true
        await harness.press(.character("5"), .character("a"))
        await harness.type("Added by mistake")
        await harness.press(KeyEvent(.enter), .character("u"))
        #expect(harness.driver.state.catalog.entries.values.allSatisfy { $0.description != "Added by mistake" })

        harness.sandbox.faults.isDown = false
        harness.sandbox.clearRequestLog()
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()
        #expect(harness.requests == [])
        #expect(harness.sandbox.world.timeEntries.all.count == entryCount)
        #expect(harness.driver.state.pendingWrites.isEmpty)
        #expect(harness.driver.state.waitingWrites == 0)
        #expect(harness.driver.outbox?.unsentCount == 0)
        await harness.stop()
    }
}
