import Foundation
import Testing
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// `LocalStore` remembers what it last wrote as digests, not as a copy of the account, and
/// still writes only the files whose content changed.
@Suite(.serialized) struct StoreSavingTests {
    /// The file's inode: every write is a new file renamed into place.
    static func identity(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? Int
    }

    @Test func onlyTheFilesWhoseContentChangedAreWrittenAgain() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = LocalStoreTests.Run(harness, folder: folder)
        await cold.launch()
        let layout = try #require(cold.store.layout)
        let catalog = try #require(Self.identity(layout.catalog.path))
        let recent = try #require(Self.identity(layout.recentEntries.path))

        // A warm start whose sync brings what the store holds writes neither file again (the
        // live profile carries credentials the file never holds: they do not count as a change).
        let warm = LocalStoreTests.Run(harness, folder: folder)
        #expect(await warm.launch())
        #expect(warm.driver.state.account?.apiToken != nil)
        #expect(Self.identity(layout.catalog.path) == catalog)
        #expect(Self.identity(layout.recentEntries.path) == recent)

        // Stopping the timer changes the recent entries only.
        let running = try #require(warm.driver.state.runningEntry)
        await warm.press(.character("x"))
        warm.store.update(from: warm.driver, force: true)
        #expect(Self.identity(layout.catalog.path) == catalog)
        let rewritten = try #require(Self.identity(layout.recentEntries.path))
        #expect(rewritten != recent)
        let stored = try #require(layout.recentEntries.load(now: SandboxHarness.now).payload)
        #expect(stored.entries.first { $0.id == running.id }?.isRunning == false)

        // A change that only `sync.json` holds (the quota seen) leaves the catalog and entries unwritten.
        let sync = Self.identity(layout.sync.path)
        warm.driver.send(.quotaChanged([QuotaGauge(scope: .user, remaining: 5, resetsAt: SandboxHarness.now.addingTimeInterval(600))]))
        warm.store.update(from: warm.driver, force: true)
        #expect(Self.identity(layout.sync.path) != sync)
        #expect(Self.identity(layout.recentEntries.path) == rewritten)
        #expect(Self.identity(layout.catalog.path) == catalog)
        await harness.stop()
    }

    @Test func recentEntriesAnotherWriterLeftInItsOwnOrderAreNotWrittenAgainAtLaunch() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = LocalStoreTests.Run(harness, folder: folder)
        await cold.launch()
        let layout = try #require(cold.store.layout)
        // The command line appends what it fetched after what it kept: not the app's id order.
        let stored = try #require(layout.recentEntries.load(now: SandboxHarness.now).payload)
        #expect(stored.entries.count > 1)
        try layout.recentEntries.save(EntriesSnapshot(entries: stored.entries.reversed()), now: SandboxHarness.now)
        let reordered = try #require(Self.identity(layout.recentEntries.path))

        let warm = LocalStoreTests.Run(harness, folder: folder)
        #expect(await warm.launch())
        #expect(Self.identity(layout.recentEntries.path) == reordered)
        await harness.stop()
    }
}
