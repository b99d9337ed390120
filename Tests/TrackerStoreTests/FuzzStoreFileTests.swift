import Foundation
import FuzzSupport
import Testing
import TogglModels
@testable import TrackerStore

/// Store files with hostile numbers and shapes — `sync.json`, the catalog, entries files and the
/// account map — load: what makes no sense is set aside and reported as a ``StoreIssue``, the
/// rest is read; nothing traps.
@Suite struct FuzzStoreFileTests {
    static func layout(_ folder: String) -> StoreLayout {
        StoreLayout(cacheDirectory: folder + "/cache", stateDirectory: folder + "/state", userID: 7)
    }

    static let sound = SyncState(
        since: [.timeEntries: fixedNow, .projects: fixedNow.addingTimeInterval(-60)],
        fetchedWindows: [
            .init(start: fixedNow.addingTimeInterval(-14 * 86_400), end: fixedNow.addingTimeInterval(-7 * 86_400), fetchedAt: fixedNow),
            .init(start: fixedNow.addingTimeInterval(-7 * 86_400), end: fixedNow, fetchedAt: fixedNow),
        ],
        quota: [
            .init(quota: Quota(organizationID: nil, remaining: 30, resetsInSecs: 1_200, total: 0), observedAt: fixedNow),
            .init(quota: Quota(organizationID: 9_007_199_254_740_993, remaining: 0, resetsInSecs: 3_600, total: 0), observedAt: fixedNow),
        ],
        lastBootstrap: fixedNow)

    /// Writes `bytes` as the file and loads it; checks what must hold of any load.
    static func load<P>(_ file: VersionedFile<P>, _ bytes: [UInt8], context: String) throws -> VersionedFile<P>.Loaded {
        try FileManager.default.createDirectory(atPath: POSIX.parent(of: file.path), withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file.path))
        let loaded = file.load(now: fixedNow)
        // Either it was read, or it is reported (and set aside, never left to fail again).
        #expect((loaded.payload != nil) != (loaded.issue != nil), "\(context)")
        if let issue = loaded.issue {
            #expect(issue.setAsidePath != nil, "\(context)")
            #expect(!FileManager.default.fileExists(atPath: file.path), "\(context)")
            // The next launch finds no file and nothing to report.
            #expect(file.load(now: fixedNow).issue == nil, "\(context)")
        }
        return loaded
    }

    static func fuzz<P: Codable & Sendable>(
        _ file: (String) -> VersionedFile<P>, seeds: [Data], seed: UInt64, rounds: Int, check: (P, String) -> Void = { _, _ in }
    ) throws {
        var random = FuzzRandom(seed: seed)
        let trees = seeds.compactMap { FuzzJSONTree.parse(String(decoding: $0, as: UTF8.self)) }
        #expect(trees.count == seeds.count, "every seed parses")
        try withTemporaryFolder { folder in
            for round in 0..<rounds {
                var log: [String] = []
                let tree = FuzzMutation.mutate(random.pick(trees), &random, log: &log)
                let bytes = FuzzMutation.damageBytes(Array(tree.text.utf8), &random, log: &log)
                let context = "seed \(seed), round \(round), \(log), input \(String(decoding: bytes.prefix(2_000), as: UTF8.self))"
                FuzzTrace.note(context)
                let loaded = try load(file(folder + "/\(round)"), bytes, context: context)
                if let payload = loaded.payload { check(payload, context) }
            }
        }
    }

    @Test(arguments: [UInt64(21), 0x5EED])
    func mutatedSyncFilesLoadOrAreSetAside(seed: UInt64) throws {
        let seedFile = try Self.layout("/x").sync.encode(Self.sound, savedAt: fixedNow)
        try Self.fuzz({ Self.layout($0).sync }, seeds: [seedFile], seed: seed, rounds: 120) { state, context in
            for window in state.fetchedWindows { #expect(window.start <= window.end, "\(context)") }
            for observation in state.quota {
                #expect((0...SyncState.QuotaObservation.maximumResetSeconds).contains(observation.quota.resetsInSecs), "\(context)")
            }
        }
    }

    @Test(arguments: [UInt64(22), 0x5EEE])
    func mutatedCatalogAndEntriesFilesLoadOrAreSetAside(seed: UInt64) throws {
        let layout = Self.layout("/x")
        let entries = try layout.recentEntries.encode(EntriesSnapshot(entries: (0..<3).map(sampleEntry)), savedAt: fixedNow)
        try Self.fuzz({ Self.layout($0).recentEntries }, seeds: [entries], seed: seed, rounds: 80)
        let catalogs = StoreJSONReaderTests.catalogs.map {
            Data(#"{"format":"toggl-tui.catalog","payload":\#($0),"saved_at":"2025-03-01T10:15:00Z","version":\#(StoreLayout.catalogVersion)}"#.utf8)
        }
        try Self.fuzz({ Self.layout($0).catalog }, seeds: catalogs, seed: seed, rounds: 80)
    }

    @Test(arguments: [UInt64(23)])
    func mutatedAccountMapsLoadOrAreSetAside(seed: UInt64) throws {
        let index = AccountIndex(accounts: [
            "ab12": .init(userID: 7, email: "a@example.com", lastUsed: fixedNow),
            "cd34": .init(userID: 9_007_199_254_740_993, lastUsed: fixedNow),
        ])
        let seedFile = try AccountMap(stateDirectory: "/x").file.encode(index, savedAt: fixedNow)
        try Self.fuzz({ AccountMap(stateDirectory: $0).file }, seeds: [seedFile], seed: seed, rounds: 80)
    }

    /// One hostile `sync.json` value each.
    static let hostileSyncFiles: [(String, String)] = [
        ("a window that ends before it starts",
         #"{"fetched_windows":[{"end":"2025-02-01T00:00:00Z","fetched_at":"2025-03-01T10:15:00Z","start":"2025-03-01T00:00:00Z"}],"quota":[],"since":{}}"#),
        ("a reset far away",
         #"{"fetched_windows":[],"quota":[{"observed_at":"2025-03-01T10:15:00Z","quota":{"organization_id":null,"remaining":5,"resets_in_secs":9223372036854775807,"total":0}}],"since":{}}"#),
        ("a reset in the past",
         #"{"fetched_windows":[],"quota":[{"observed_at":"2025-03-01T10:15:00Z","quota":{"organization_id":null,"remaining":5,"resets_in_secs":-9223372036854775808,"total":0}}],"since":{}}"#),
        ("a reset past Int",
         #"{"fetched_windows":[],"quota":[{"observed_at":"2025-03-01T10:15:00Z","quota":{"organization_id":null,"remaining":5,"resets_in_secs":1e300,"total":0}}],"since":{}}"#),
        ("a date as a huge number",
         #"{"fetched_windows":[],"quota":[],"since":{"time_entries":1e308}}"#),
        ("a date in year 99999",
         #"{"fetched_windows":[],"quota":[],"since":{"time_entries":"99999-01-01T00:00:00Z"}}"#),
    ]

    @Test func hostileSyncValuesAreSetAsideAndReported() throws {
        try withTemporaryFolder { folder in
            for (index, (what, payload)) in Self.hostileSyncFiles.enumerated() {
                let file = Self.layout(folder + "/\(index)").sync
                let bytes = Array(#"{"format":"toggl-tui.sync","payload":\#(payload),"saved_at":"2025-03-01T10:15:00Z","version":\#(StoreLayout.syncVersion)}"#.utf8)
                let loaded = try Self.load(file, bytes, context: what)
                #expect(loaded.payload == nil, "\(what)")
                #expect(loaded.issue?.setAsidePath != nil, "\(what)")
            }
        }
    }

    @Test func aSoundSyncFileLoadsWhole() throws {
        try withTemporaryFolder { folder in
            let file = Self.layout(folder).sync
            try file.save(Self.sound, now: fixedNow)
            let loaded = file.load(now: fixedNow)
            #expect(loaded.issue == nil)
            #expect(loaded.payload == Self.sound)
        }
    }
}
