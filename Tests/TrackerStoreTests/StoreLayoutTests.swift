import Foundation
import Testing
import TogglModels
@testable import TrackerStore

@Suite struct StoreLayoutTests {
    @Test func pathsForOneUser() {
        let layout = StoreLayout(cacheDirectory: "/c/toggl-tui", stateDirectory: "/s/toggl-tui/", userID: 6_543_210)
        #expect(layout.catalog.path == "/c/toggl-tui/users/6543210/catalog.json")
        #expect(layout.recentEntries.path == "/c/toggl-tui/users/6543210/entries-recent.json")
        #expect(layout.entries(of: StoreMonth(year: 2024, month: 11)!).path == "/c/toggl-tui/users/6543210/entries-2024-11.json")
        #expect(layout.sync.path == "/c/toggl-tui/users/6543210/sync.json")
        #expect(layout.journalPath == "/s/toggl-tui/users/6543210/journal.jsonl")
        #expect(layout.makeJournal().lock.path == "/s/toggl-tui/users/6543210/journal.lock")
        #expect(layout.lock.path == "/s/toggl-tui/users/6543210/lock")
        #expect(layout.accounts.file.path == "/s/toggl-tui/accounts.json")
        #expect(layout.catalog.format == "toggl-tui.catalog")
    }

    @Test func createsPrivateFolders() throws {
        try withTemporaryFolder { folder throws in
            let layout = StoreLayout(cacheDirectory: folder + "/cache/toggl-tui", stateDirectory: folder + "/state/toggl-tui", userID: 7)
            try layout.createDirectories()
            for path in [folder + "/cache", folder + "/cache/toggl-tui", layout.userCacheDirectory, layout.userStateDirectory] {
                #expect(try mode(of: path) == 0o700, "\(path)")
            }
        }
    }

    @Test func listsStoredMonths() throws {
        try withTemporaryFolder { folder throws in
            let layout = StoreLayout(cacheDirectory: folder, stateDirectory: folder, userID: 7)
            #expect(layout.storedMonths().isEmpty)
            for month in [StoreMonth(year: 2025, month: 1), StoreMonth(year: 2024, month: 12)].compactMap({ $0 }) {
                try layout.entries(of: month).save(EntriesSnapshot(entries: [sampleEntry(1)]), now: fixedNow)
            }
            try layout.recentEntries.save(EntriesSnapshot(), now: fixedNow)
            #expect(layout.storedMonths().map(\.description) == ["2024-12", "2025-01"])
        }
    }

    @Test func theCatalogRoundTripsWithoutCredentials() throws {
        try withTemporaryFolder { folder throws in
            let layout = StoreLayout(cacheDirectory: folder, stateDirectory: folder, userID: 7)
            let profile = Me(
                id: 7, apiToken: "token-that-must-not-be-stored", email: "a@example.com", fullname: "Ada",
                timezone: "Europe/Berlin", defaultWorkspaceID: 42, intercomHash: "intercom-secret",
                workspaces: [Workspace(id: 42, name: "Main")], timeEntries: [sampleEntry(0)]
            )
            let workspace = Workspace(id: 42, name: "Main", apiToken: "workspace-token-secret", icalURL: "https://ical/secret-feed")
            let catalog = CatalogSnapshot(
                profile: profile, preferences: Preferences(), workspaces: [workspace],
                clients: [Client(id: 5, workspaceID: 42, name: "Acme")], projects: [Project(id: 100, workspaceID: 42, name: "Site")],
                tasks: [], tags: [Tag(id: 900, workspaceID: 42, name: "focus")]
            )
            try layout.catalog.save(catalog, now: fixedNow)
            let stored = text(of: layout.catalog.path)
            for secret in ["token-that-must-not-be-stored", "intercom-secret", "workspace-token-secret", "secret-feed"] {
                #expect(!stored.contains(secret), "\(secret) reached the file")
            }
            let loaded = try #require(layout.catalog.load(now: fixedNow).payload)
            #expect(loaded.profile?.email == "a@example.com")
            #expect(loaded.profile?.apiToken == nil)
            #expect(loaded.profile?.workspaces == nil)
            #expect(loaded.profile?.timeEntries == nil)
            #expect(loaded.workspaces.map(\.name) == ["Main"])
            #expect(loaded.workspaces.first?.icalURL == nil)
            #expect(loaded.clients == catalog.clients)
            #expect(loaded.projects == catalog.projects)
            #expect(loaded.tags == catalog.tags)
        }
    }

    @Test func syncStateRoundTrips() throws {
        try withTemporaryFolder { folder throws in
            let layout = StoreLayout(cacheDirectory: folder, stateDirectory: folder, userID: 7)
            let state = SyncState(
                since: [.timeEntries: fixedNow, .projects: fixedNow.addingTimeInterval(-60)],
                fetchedWindows: [.init(start: fixedNow.addingTimeInterval(-86_400 * 30), end: fixedNow, fetchedAt: fixedNow)],
                quota: [.init(quota: Quota(remaining: 12, resetsInSecs: 900, total: 30), observedAt: fixedNow)],
                lastBootstrap: fixedNow
            )
            try layout.sync.save(state, now: fixedNow)
            #expect(layout.sync.load(now: fixedNow).payload == state)
            #expect(text(of: layout.sync.path).contains(#""since":{"projects":"#))
            #expect(state.quota.first?.resetsAt == fixedNow.addingTimeInterval(900))
        }
    }

    /// The first frame reads `entries-recent.json`; 2,000 entries must load (and quickly — watch
    /// this test's time in the output; there is no timing assertion).
    @Test func loadsTwoThousandRecentEntries() throws {
        try withTemporaryFolder { folder throws in
            let layout = StoreLayout(cacheDirectory: folder, stateDirectory: folder, userID: 7)
            let entries = (0..<2_000).map(sampleEntry)
            try layout.recentEntries.save(EntriesSnapshot(entries: entries), now: fixedNow)
            let loaded = layout.recentEntries.load(now: fixedNow)
            #expect(loaded.issue == nil)
            #expect(loaded.payload?.entries.count == 2_000)
            #expect(loaded.payload?.entries.first == entries.first)
        }
    }
}

@Suite struct StoreMonthTests {
    @Test func fileNamesRoundTrip() {
        let month = StoreMonth(year: 2025, month: 3)
        #expect(month?.fileName == "entries-2025-03.json")
        #expect(StoreMonth(fileName: "entries-2025-03.json") == month)
        #expect(StoreMonth(fileName: "entries-recent.json") == nil)
        #expect(StoreMonth(fileName: "entries-2025-13.json") == nil)
        #expect(StoreMonth(fileName: "entries-2025-03.json.corrupt-20250301T101500Z") == nil)
        #expect(StoreMonth(year: 2025, month: 0) == nil)
    }

    @Test func monthOfADateDependsOnTheZone() throws {
        let lateUTC = Date(timeIntervalSince1970: 1_740_787_200 - 1_800) // 2025-02-28T23:30:00Z
        let berlin = try #require(Zone(identifier: "Europe/Berlin"))
        let utc = try #require(Zone(identifier: "UTC"))
        #expect(StoreMonth(containing: lateUTC, in: utc).description == "2025-02")
        #expect(StoreMonth(containing: lateUTC, in: berlin).description == "2025-03")
        #expect(StoreMonth(year: 2024, month: 12)! < StoreMonth(year: 2025, month: 1)!)
    }
}
