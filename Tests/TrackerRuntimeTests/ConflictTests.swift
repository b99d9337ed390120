import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// Edits made offline meet edits made elsewhere (the web) meanwhile: a replayed write whose
/// entry Toggl changed after the user saw it is not sent over it; the app shows the conflict
/// until the user keeps theirs (`e`, save) or takes Toggl's (`d`).
@Suite(.serialized) struct ConflictTests {
    /// Renames the entries pane's row `row` to `text` (the harness is offline: it waits).
    static func rename(_ harness: SandboxHarness, row: Int, to text: String) async throws -> Int64 {
        await harness.press(.character("5"), .character("g"))
        for _ in 0..<row { await harness.press(.character("j")) }
        let id = try #require(harness.driver.state.selectedID(in: .entries))
        await harness.press(.character("e"), .ctrl("u"))
        await harness.type(text)
        await harness.press(.ctrl("s"))
        return id
    }

    /// The web renames entry `id` ten minutes after the sandbox's now.
    static func renameOnTheWeb(_ harness: SandboxHarness, _ id: Int64, to text: String) {
        harness.sandbox.updateWorld { world in
            _ = world.timeEntries.modify(id) { record in
                record.description = text
                record.at = SandboxHarness.now.addingTimeInterval(600)
            }
        }
    }

    static func backOnline(_ harness: SandboxHarness) async {
        harness.sandbox.faults.isDown = false
        harness.sandbox.clearRequestLog()
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()
    }

    /// Offline rename of row 1 to "Mine"; the web renames it "Web's"; back online.
    static func conflicted() async throws -> (SandboxHarness, Int64) {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        harness.sandbox.faults.isDown = true
        let id = try await rename(harness, row: 1, to: "Mine")
        #expect(harness.driver.state.waitingWrites == 1)
        renameOnTheWeb(harness, id, to: "Web's")
        await backOnline(harness)
        return (harness, id)
    }

    @Test func aReplayedEditOverAWebEditIsShownNotSent() async throws {
        let (harness, id) = try await Self.conflicted()
        // One read, no write: Toggl keeps the web's version until the user chooses.
        #expect(harness.requests.map { $0.components(separatedBy: "?")[0] } == ["GET /api/v9/me/time_entries"])
        #expect(harness.sandbox.world.timeEntries[id]?.description == "Web's")
        let state = harness.driver.state
        #expect(state.catalog.entries[id]?.description == "Mine")
        let failure = try #require(state.failedWrites[id])
        #expect(failure.message == "Changed on Toggl at 10:10 since you edited it")
        #expect(failure.original?.description == "Web's")
        #expect(state.selectedFailure == failure)
        let pending = try #require(harness.driver.outbox?.pending)
        #expect(pending.isEmpty)
        #expect(pending.failed.count == 1)
        await harness.stop()
    }

    @Test func keepingMineSendsIt() async throws {
        let (harness, id) = try await Self.conflicted()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("e"), .ctrl("s"))
        #expect(harness.requests.map { $0.components(separatedBy: "?")[0] } == ["PUT /api/v9/workspaces/\(harness.sandbox.world.timeEntries[id]?.workspaceID ?? 0)/time_entries/\(id)"])
        #expect(harness.sandbox.world.timeEntries[id]?.description == "Mine")
        #expect(harness.driver.state.catalog.entries[id]?.description == "Mine")
        #expect(harness.driver.state.failedWrites.isEmpty)
        #expect(harness.driver.outbox?.pending.failed.isEmpty == true)
        await harness.stop()
    }

    @Test func discardingTakesTogglsVersion() async throws {
        let (harness, id) = try await Self.conflicted()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("d"), .character("y"))
        #expect(harness.requests.isEmpty)
        #expect(harness.driver.state.catalog.entries[id]?.description == "Web's")
        #expect(harness.sandbox.world.timeEntries[id]?.description == "Web's")
        #expect(harness.driver.state.failedWrites.isEmpty)
        #expect(harness.driver.outbox?.pending.failed.isEmpty == true)
        await harness.stop()
    }

    @Test func aReplayedDeleteOfAnEntryEditedOnTheWebIsAConflictToo() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        harness.sandbox.faults.isDown = true
        await harness.press(.character("5"), .character("g"), .character("j"))
        let id = try #require(harness.driver.state.selectedID(in: .entries))
        await harness.press(.character("d"), .character("y"))
        #expect(harness.driver.state.catalog.entries[id] == nil)
        Self.renameOnTheWeb(harness, id, to: "Still needed")
        await Self.backOnline(harness)
        #expect(harness.sandbox.world.timeEntries[id]?.deletedAt == nil)
        #expect(harness.driver.state.catalog.entries[id]?.description == "Still needed")
        #expect(harness.driver.state.failedWrites[id]?.kind == .delete)
        await harness.stop()
    }

    @Test func aReplayWithNoConflictCostsOneReadForTheWholeBatch() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        harness.sandbox.faults.isDown = true
        var ids: [Int64] = []
        for row in 0..<3 { ids.append(try await Self.rename(harness, row: row, to: "Offline \(row)")) }
        #expect(Set(ids).count == 3)
        #expect(harness.driver.state.waitingWrites == 3)
        await Self.backOnline(harness)
        let paths = harness.requests.map { $0.components(separatedBy: "?")[0] }
        #expect(paths.first == "GET /api/v9/me/time_entries")
        #expect(paths.dropFirst().allSatisfy { $0.hasPrefix("PUT ") })
        #expect(paths.count == 4, "\(paths)")
        #expect(ids.map { harness.sandbox.world.timeEntries[$0]?.description } == ["Offline 0", "Offline 1", "Offline 2"])
        #expect(harness.driver.state.failedWrites.isEmpty)
        await harness.stop()
    }
}
