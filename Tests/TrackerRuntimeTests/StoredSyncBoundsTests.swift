import Foundation
import Testing
import TogglModels
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// `sync.json` ↔ the app's sync bookkeeping with hostile numbers: windows that end before they
/// start and quota resets any distance away (a damaged file, a hostile header) never trap.
struct StoredSyncBoundsTests {
    static let now = Date(timeIntervalSince1970: 1_795_428_000)

    // Seconds since 1970, not Dates: Foundation's `Date.description` (which the test library
    // uses to name arguments) itself traps on some of these.
    @Test(arguments: [Date.distantFuture.timeIntervalSince1970, 9e18, 1e300, -1e300, Date.distantPast.timeIntervalSince1970, .nan])
    func aQuotaResetAnyDistanceAwayIsKeptWithinADay(secondsSince1970: Double) {
        let resetsAt = Date(timeIntervalSince1970: secondsSince1970)
        var state = AppState(settings: AppSettings(systemTimeZone: .utc), now: Self.now)
        state.quota = [QuotaGauge(scope: .user, remaining: 12, resetsAt: resetsAt), QuotaGauge(scope: .organization(9), remaining: 0, resetsAt: resetsAt)]
        var sync = SyncState()
        sync.record(state, at: Self.now)
        #expect(sync.quota.count == 2)
        for observation in sync.quota {
            #expect((0...SyncState.QuotaObservation.maximumResetSeconds).contains(observation.quota.resetsInSecs))
        }
    }

    @Test func reversedWindowsMadeInMemoryAreEmptyNotATrap() {
        let reversed = SyncState.FetchedWindow(start: Self.now, end: Self.now.addingTimeInterval(-86_400), fetchedAt: Self.now)
        var sync = SyncState(fetchedWindows: [reversed], quota: [
            .init(quota: Quota(organizationID: nil, remaining: 5, resetsInSecs: .max, total: 0), observedAt: Self.now),
        ])
        let stored = sync.storedSync(now: Self.now)
        #expect(stored.storedWindows.allSatisfy { $0.duration >= 0 })
        var state = AppState(settings: AppSettings(systemTimeZone: .utc), now: Self.now)
        _ = AppUpdate.update(&state, .syncRestored(stored))
        // An unchanged bucket keeps its observation as it was (files holding such a value are
        // refused when read; see the next test): no trap.
        sync.record(state, at: Self.now)
        #expect(sync.quota.count == 1)
    }

    /// A hostile `sync.json` is set aside and reported by the store; a sound one round-trips
    /// through the app's bookkeeping.
    @Test func hostileSyncFilesAreSetAsideAndSoundOnesRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("StoredSyncBounds-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let layout = StoreLayout(cacheDirectory: folder + "/cache", stateDirectory: folder + "/state", userID: 7)
        try FileManager.default.createDirectory(atPath: layout.userCacheDirectory, withIntermediateDirectories: true)
        let hostile = #"{"format":"toggl-tui.sync","payload":{"fetched_windows":[{"end":"2026-01-01T00:00:00Z","fetched_at":"2026-11-23T10:00:00Z","start":"2026-11-01T00:00:00Z"}],"quota":[{"observed_at":"2026-11-23T10:00:00Z","quota":{"organization_id":null,"remaining":5,"resets_in_secs":9223372036854775807,"total":0}}],"since":{}},"saved_at":"2026-11-23T10:00:00Z","version":1}"#
        try Data(hostile.utf8).write(to: URL(fileURLWithPath: layout.sync.path))
        let loaded = layout.sync.load(now: Self.now)
        #expect(loaded.payload == nil)
        #expect(loaded.issue?.setAsidePath != nil)

        var state = AppState(settings: AppSettings(systemTimeZone: .utc), now: Self.now)
        state.quota = [QuotaGauge(scope: .user, remaining: 12, resetsAt: Self.now.addingTimeInterval(1_200))]
        var sync = SyncState()
        sync.record(state, at: Self.now)
        try layout.sync.save(sync, now: Self.now)
        let again = layout.sync.load(now: Self.now)
        #expect(again.issue == nil)
        #expect(again.payload?.storedSync(now: Self.now).quota == state.quota)
    }
}
