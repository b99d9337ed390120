import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// A write Toggl refuses (4xx) against the sandbox: the entry stays shown and marked, survives
/// a restart through the journal, and is fixed (sent anew, once) or discarded (nothing left to send).
@Suite(.serialized) struct FailedWriteRuntimeTests {
    typealias Run = LocalStoreTests.Run

    /// Adds an entry on the selected project after Toggl lost that project: Toggl answers 400.
    /// Returns the refused entry's local id and the project (to put back).
    static func addOnAVanishedProject(_ run: Run, _ harness: SandboxHarness) async throws -> (Int64, ProjectRecord) {
        await run.press(.character("3"))
        let projectID = try #require(run.driver.state.selectedID(in: .projects))
        let project = try #require(harness.sandbox.world.projects[projectID])
        harness.sandbox.updateWorld { _ = $0.projects.remove(projectID) }
        await run.press(.character("a"))
        await run.type("Refused add")
        await run.press(KeyEvent(.enter))
        let entry = try #require(run.driver.state.catalog.entries.values.first { $0.description == "Refused add" })
        return (entry.id, project)
    }

    /// Moves the entries pane's selection onto `id`.
    static func select(_ id: Int64, in run: Run) async {
        await run.press(.character("5"), .character("g"))
        for _ in 0..<20 where run.driver.state.selectedID(in: .entries) != id { await run.press(.character("j")) }
    }

    static func journaled(_ run: Run) throws -> PendingWrites {
        let layout = try #require(run.store.layout)
        return PendingWrites(records: try layout.makeJournal().readAll(now: SandboxHarness.now).records)
    }

    @Test func aRefusedAddStaysShownSurvivesARestartAndIsDiscarded() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = Run(harness, folder: folder)
        await first.launch()
        let (localID, _) = try await Self.addOnAVanishedProject(first, harness)
        #expect(localID < 0)
        let failure = try #require(first.driver.state.failedWrites[localID])
        #expect(failure.kind == .create)
        #expect(failure.message.contains("Project not found"))
        #expect(try Self.journaled(first).failed.count == 1)
        // Killed here: the cache is not saved; the journal holds the refusal.

        harness.sandbox.clearRequestLog()
        let second = Run(harness, folder: folder)
        await second.launch()
        #expect(second.driver.state.catalog.entries[localID]?.description == "Refused add")
        #expect(second.driver.state.failedWrites[localID]?.message == failure.message)
        // Nothing is sent again: the sync alone.
        #expect(harness.requests == ["GET /api/v9/me"])

        await Self.select(localID, in: second)
        #expect(second.driver.state.selectedFailure != nil)
        await second.press(.character("d"), .character("y"))
        #expect(second.driver.state.catalog.entries[localID] == nil)
        #expect(second.driver.state.failedWrites.isEmpty)
        let left = try Self.journaled(second)
        #expect(left.isEmpty)
        #expect(left.failed.isEmpty)
        #expect(harness.requests == ["GET /api/v9/me"])
        await harness.stop()
    }

    @Test func aFixedAddReachesTogglExactlyOnce() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lastDemoID = harness.sandbox.world.timeEntries.all.map(\.id).max() ?? 0
        let run = Run(harness, folder: folder)
        await run.launch()
        let (localID, project) = try await Self.addOnAVanishedProject(run, harness)
        // The project is back on Toggl: edit and save sends the entry anew.
        harness.sandbox.updateWorld { $0.projects.upsert(project) }
        harness.sandbox.clearRequestLog()
        await Self.select(localID, in: run)
        await run.press(.character("e"), .ctrl("s"))
        let created = harness.sandbox.world.timeEntries.all.filter { $0.id > lastDemoID }
        #expect(created.map(\.description) == ["Refused add"])
        #expect(harness.requests.filter { $0.hasPrefix("POST") }.count == 1, "\(harness.requests)")
        #expect(run.driver.state.catalog.entries[created.first?.id ?? 0]?.description == "Refused add")
        #expect(run.driver.state.catalog.entries.keys.allSatisfy { $0 > 0 })
        #expect(run.driver.state.failedWrites.isEmpty)
        #expect(try Self.journaled(run).failed.isEmpty)
        await harness.stop()
    }
}
