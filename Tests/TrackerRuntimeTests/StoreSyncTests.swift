import Foundation
import Testing
import TerminalUI
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// Syncing with the store against the sandbox: a delta that removes what was deleted on the
/// web, older weeks served from the month files with no request, the quota meter restored,
/// and background syncs that keep the reserve.
@Suite(.serialized) struct StoreSyncTests {
    typealias Run = LocalStoreTests.Run

    /// Monday 9 November 2026, two weeks before the harness's now: older than `/me` brings.
    static let olderWeek = DateInterval(start: Date(timeIntervalSince1970: 1_794_182_400), duration: 7 * 86_400)

    /// The user's entries the sandbox holds in `window`, by id.
    static func serverEntries(_ harness: SandboxHarness, in window: DateInterval) -> Set<Int64> {
        Set(harness.sandbox.world.timeEntries.filter {
            $0.deletedAt == nil && $0.start >= window.start && $0.start < window.end
        }.map(\.id))
    }

    static func shownEntries(_ run: Run, in window: DateInterval) -> Set<Int64> {
        Set(run.driver.state.catalog.entries.values.filter { $0.start >= window.start && $0.start < window.end }.map(\.id))
    }

    @Test func aWarmStartHoldingOlderWeeksIsOneRequestAndADeletedEntryGoesWhenItsWeekIsShown() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // First run: the older week is fetched once and saved.
        let first = Run(harness, folder: folder)
        await first.launch()
        await first.press(.character("{"), .character("{"))
        first.store.update(from: first.driver, force: true)
        let stored = Self.shownEntries(first, in: Self.olderWeek)
        #expect(stored == Self.serverEntries(harness, in: Self.olderWeek))
        // The week's first entry is older than the recent file's 14 days: it lives in a month file.
        let earliest = try #require(first.driver.state.catalog.entries.values.filter { stored.contains($0.id) }.min { $0.start < $1.start })
        let victim = earliest.id
        #expect(earliest.start < SandboxHarness.now.addingTimeInterval(-LocalStore.recentDays * 86_400))
        let monthFile = try #require(first.store.layout).entries(of: StoreMonth(containing: earliest.start, in: SandboxHarness.utc))
        #expect(monthFile.load().payload?.entries.contains { $0.id == victim } == true)
        // Deleted on the web between runs.
        harness.sandbox.updateWorld { world in
            _ = world.timeEntries.modify(victim) {
                $0.deletedAt = SandboxHarness.now
                $0.at = SandboxHarness.now
            }
        }

        // Warm start: the first frame reads no month file; the sync is `/me` alone.
        harness.sandbox.clearRequestLog()
        let second = Run(harness, folder: folder)
        await second.launch()
        #expect(harness.requests == ["GET /api/v9/me"])
        #expect(second.driver.state.isDeltaDue)

        // Walking to the week reads it from the month file and checks it with one `since` delta.
        harness.sandbox.clearRequestLog()
        await second.press(.character("{"), .character("{"))
        #expect(harness.requests == ["GET /api/v9/me/time_entries"])
        #expect(harness.sandbox.requestLog.last?.query.hasPrefix("since=") == true)
        #expect(second.driver.effectLog.contains(.loadStoredEntries(requestID: 3, window: Self.olderWeek)))
        #expect(second.driver.state.catalog.entries[victim] == nil)
        #expect(Self.shownEntries(second, in: Self.olderWeek) == Self.serverEntries(harness, in: Self.olderWeek))
        second.store.update(from: second.driver, force: true)
        #expect(monthFile.load().payload?.entries.contains { $0.id == victim } == false)
        await harness.stop()
    }

    @Test func aWeekBeyondThreeMonthsIsReportedOnceThenServedFromTheStore() async throws {
        let harness = try await SandboxHarness.start()
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Monday 17 August 2026: 98 days back, wholly beyond what /me/time_entries serves.
        let week = DateInterval(start: LocalDay(year: 2026, month: 8, day: 17).start(in: SandboxHarness.utc), duration: 7 * 86_400)
        let first = Run(harness, folder: folder)
        await first.launch()
        for _ in 1...14 { await first.press(.character("{")) }
        #expect(first.driver.state.day == LocalDay(year: 2026, month: 8, day: 17))
        #expect(Self.shownEntries(first, in: week) == Self.serverEntries(harness, in: week))
        #expect(!Self.serverEntries(harness, in: week).isEmpty)
        first.store.update(from: first.driver, force: true)

        // After a restart the week comes from its month file: no report is asked again.
        let second = Run(harness, folder: folder)
        await second.launch()
        harness.sandbox.clearRequestLog()
        for _ in 1...14 { await second.press(.character("{")) }
        #expect(!harness.requests.contains { $0.contains("/reports/") }, "\(harness.requests)")
        #expect(Self.shownEntries(second, in: week) == Self.serverEntries(harness, in: week))
        await harness.stop()
    }

    @Test func theQuotaMeterIsRestoredBeforeAnyRequest() async throws {
        let harness = try await SandboxHarness.start(quota: QuotaSettings(userLimit: 30, organizationLimit: 30))
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = Run(harness, folder: folder)
        await first.launch()
        let user = try #require(first.driver.state.quota.first { $0.scope == .user })
        #expect(user.remaining == 28)

        harness.sandbox.clearRequestLog()
        let second = Run(harness, folder: folder)
        #expect(second.store.restore(into: second.driver))
        #expect(harness.requests.isEmpty)
        let restored = try #require(second.driver.state.quota.first { $0.scope == .user })
        #expect(restored.remaining == 28)
        // Whole seconds on disk: the reset is the same to within one.
        #expect(abs(restored.resetsAt.timeIntervalSince(user.resetsAt)) <= 1)
        let frame = AppView.render(second.driver.state, size: Size(columns: 120, rows: 40)).textDump()
        #expect(frame.contains("28"))
        await harness.stop()
    }

    @Test func aBackgroundSyncWaitsWhileTheBucketIsAtTheReserve() async throws {
        // 12 an hour: the launch spends two (`/me`, preferences), leaving the reserve of 10.
        let harness = try await SandboxHarness.start(quota: QuotaSettings(userLimit: 12, organizationLimit: 30))
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = Run(harness, folder: folder)
        await run.launch()
        #expect(run.driver.state.quota.first { $0.scope == .user }?.remaining == 10)
        harness.sandbox.clearRequestLog()
        run.driver.send(.tick(SandboxHarness.now.addingTimeInterval(16 * 60)))
        await run.driver.settle()
        #expect(harness.requests.isEmpty)

        // With one more request to spare, the same tick syncs — quietly, one request.
        let roomy = try await SandboxHarness.start(quota: QuotaSettings(userLimit: 13, organizationLimit: 30))
        let other = Run(roomy, folder: try LocalStoreTests.folder())
        await other.launch()
        roomy.sandbox.clearRequestLog()
        other.driver.send(.tick(SandboxHarness.now.addingTimeInterval(16 * 60)))
        await other.driver.settle()
        #expect(roomy.requests == ["GET /api/v9/me"])
        #expect(other.driver.state.status == nil)
        await roomy.stop()
        await harness.stop()
    }
}
