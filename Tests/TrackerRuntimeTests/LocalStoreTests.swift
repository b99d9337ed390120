import Foundation
import Testing
import TerminalUI
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// The local-first store against the sandbox: the first frame before any request, a warm
/// start that spends one, unsent writes that survive a killed process, damaged files rebuilt.
@Suite(.serialized) struct LocalStoreTests {
    /// One run of the app: a fresh driver and store on the harness's sandbox and folders.
    final class Run {
        let driver: AppDriver
        let store: LocalStore

        init(_ harness: SandboxHarness, folder: URL) {
            var state = AppState(settings: AppSettings(systemTimeZone: SandboxHarness.utc), now: SandboxHarness.now)
            state.screenRows = 40
            driver = AppDriver(state: state, performer: TogglEffectPerformer(api: harness.api))
            store = LocalStore(
                cacheDirectory: folder.appendingPathComponent("cache").path, stateDirectory: folder.appendingPathComponent("state").path,
                token: Secret(DemoAccount.apiToken), api: harness.api, now: { SandboxHarness.now }, pause: SandboxHarness.untilRetried)
        }

        /// Restores, then launches as the terminal loop does, and waits for the sync.
        @discardableResult
        func launch() async -> Bool {
            let restored = store.restore(into: driver)
            driver.send(.tick(SandboxHarness.now))
            driver.send(.launched)
            await driver.settle()
            store.update(from: driver, force: true)
            return restored
        }

        func press(_ keys: KeyEvent...) async {
            for key in keys { driver.send(.key(key)) }
            await driver.settle()
        }

        func type(_ text: String) async {
            for character in text { driver.send(.key(.character(character))) }
            await driver.settle()
        }
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("LocalStoreTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theFirstFrameNeedsNoRequestAndAWarmStartSpendsOne() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Cold: nothing stored; the sync fills the store.
        let cold = Run(harness, folder: folder)
        #expect(await cold.launch() == false)
        #expect(harness.requests == ["GET /api/v9/me", "GET /api/v9/me/preferences"])

        // Warm: the account is on screen before any request.
        harness.sandbox.clearRequestLog()
        let warm = Run(harness, folder: folder)
        #expect(warm.store.restore(into: warm.driver))
        #expect(harness.requests.isEmpty)
        let frame = AppView.render(warm.driver.state, size: Size(columns: 120, rows: 40)).textDump()
        #expect(frame.contains("Northwind Studio"))
        #expect(warm.driver.state.runningEntry == cold.driver.state.runningEntry)
        #expect(warm.driver.state.projectRows.map(\.id) == cold.driver.state.projectRows.map(\.id))
        // Then one sync: `/me` alone (the preferences are stored).
        warm.driver.send(.tick(SandboxHarness.now))
        warm.driver.send(.launched)
        await warm.driver.settle()
        #expect(harness.requests == ["GET /api/v9/me"])
        await harness.stop()
    }

    @Test func aWriteJournaledOfflineSurvivesAKilledProcess() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lastDemoID = harness.sandbox.world.timeEntries.all.map(\.id).max() ?? 0
        let first = Run(harness, folder: folder)
        await first.launch()
        harness.sandbox.faults.isDown = true
        await first.press(.character("5"), .character("a"))
        await first.type("Tracked on the train")
        await first.press(KeyEvent(.enter))
        #expect(first.driver.state.waitingWrites == 1)
        // Killed here: no save of the cache, no goodbye.

        harness.sandbox.faults.isDown = false
        let second = Run(harness, folder: folder)
        #expect(second.store.restore(into: second.driver))
        // Shown before anything is sent: the journal laid over the cache.
        #expect(second.driver.state.catalog.entries.values.contains { $0.description == "Tracked on the train" })
        second.driver.send(.launched)
        await second.driver.settle()
        let created = harness.sandbox.world.timeEntries.all.filter { $0.id > lastDemoID }
        #expect(created.map(\.description) == ["Tracked on the train"])
        let local = second.driver.state.catalog.entries.values.filter { $0.description == "Tracked on the train" }
        #expect(local.map(\.id) == created.map(\.id))
        #expect(second.driver.outbox?.unsentCount == 0)

        // A third run finds nothing left to send.
        harness.sandbox.clearRequestLog()
        let third = Run(harness, folder: folder)
        await third.launch()
        #expect(harness.sandbox.world.timeEntries.all.filter { $0.id > lastDemoID }.count == 1)
        await harness.stop()
    }

    @Test func aDamagedCacheFileIsSetAsideAndRebuilt() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = Run(harness, folder: folder)
        await first.launch()
        let layout = try #require(first.store.layout)
        // Cut the catalog short, as a full disk might.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: layout.catalog.path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: layout.catalog.path))

        let second = Run(harness, folder: folder)
        #expect(await second.launch() == false)
        #expect(second.store.issues.count == 1)
        #expect(second.driver.state.currentWorkspace?.name == "Northwind Studio")
        // Rebuilt from the sync: the next start is warm again.
        let third = Run(harness, folder: folder)
        #expect(third.store.restore(into: third.driver))
        #expect(third.store.issues.isEmpty)
        await harness.stop()
    }

    @Test func aJournalCutOffMidLineKeepsEveryCompleteWrite() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lastDemoID = harness.sandbox.world.timeEntries.all.map(\.id).max() ?? 0
        let first = Run(harness, folder: folder)
        await first.launch()
        harness.sandbox.faults.isDown = true
        await first.press(.character("5"), .character("a"))
        await first.type("Kept")
        await first.press(KeyEvent(.enter))
        let layout = try #require(first.store.layout)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: layout.journalPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"at":"2026-11-23T10:00:00Z","operation":{"id":-9,"#.utf8))
        try handle.close()

        harness.sandbox.faults.isDown = false
        let second = Run(harness, folder: folder)
        await second.launch()
        #expect(second.store.issues.count == 1)
        #expect(harness.sandbox.world.timeEntries.all.filter { $0.id > lastDemoID }.map(\.description) == ["Kept"])
        await harness.stop()
    }
}
