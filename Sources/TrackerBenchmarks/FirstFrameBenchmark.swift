import Foundation
import TerminalUI
import TogglAPI
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStore

/// Store load → first complete frame, as `toggl-tui` starts: the account's store is written
/// once as a previous run leaves it (catalog, the recent entries, sync state, token → user
/// mapping), then each run makes a fresh driver, lets ``LocalStore/restore(into:)`` read the
/// files and restore the state, renders the whole screen and lists every cell to draw. No
/// request is made. The first run is also reported alone.
public struct FirstFrameResult: Sendable, Equatable, Codable {
    /// Milliseconds from opening the store to the first frame's changes.
    public var total: Distribution
    /// The first run in the process (cold code paths), in milliseconds.
    public var firstRun: Double
    /// Reading and decoding the files the first frame needs (measured on its own).
    public var decode: Distribution
    /// The rest of the restore: building the state.
    public var update: Distribution
    public var render: Distribution
    /// Bytes of the files read (`catalog.json` + `entries-recent.json`).
    public var jsonBytes: Int
    /// Entries in the restored state (the recent days the first frame reads).
    public var entries: Int
    public var cells: Int
}

enum FirstFrameBenchmark {
    /// A performer that is never asked: the first frame needs no request.
    struct Unused: EffectPerformer {
        func perform(_ effect: AppEffect) async -> [AppMessage] { [] }
    }

    static func run(json: Data, preferences: Preferences?, now: Date, settings: AppSettings, size: Size,
                    runs: Int) throws -> FirstFrameResult {
        let me = try TogglJSON.makeDecoder().decode(Me.self, from: json)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toggl-tui-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let token = Secret(SyntheticAccount.apiToken)
        let layout = try writeStore(me, preferences: preferences, now: now, token: token, folder: folder)
        let bytes = [layout.catalog.path, layout.recentEntries.path].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        let api = TogglAPIClient(configuration: APIConfiguration(credentials: .apiToken(token.revealed), trackURL: APIConfiguration.defaultTrackURL))

        let clock = ContinuousClock()
        var totals: [Double] = [], decodes: [Double] = [], updates: [Double] = [], renders: [Double] = []
        var entries = 0
        var cells = 0
        for _ in 0..<max(1, runs) {
            let start = clock.now
            let driver = AppDriver(state: AppState(settings: settings, now: now), performer: Unused())
            driver.send(.resized(columns: size.columns, rows: size.rows))
            driver.send(.tick(now))
            let store = LocalStore(cacheDirectory: layout.cacheDirectory, stateDirectory: layout.stateDirectory, token: token,
                                   api: api, now: { now })
            guard store.restore(into: driver) else { throw BenchmarkError.storeNotRestored(store.issues.map(\.message)) }
            let restored = clock.now
            let frame = AppView.render(driver.state, size: size)
            let changes = frame.changes(from: nil)
            let drawn = clock.now
            // The files alone, for the breakdown.
            let readStart = clock.now
            _ = layout.catalog.load(now: now)
            _ = layout.recentEntries.load(now: now)
            let read = (clock.now - readStart).milliseconds
            totals.append((drawn - start).milliseconds)
            decodes.append(read)
            updates.append(max(0, (restored - start).milliseconds - read))
            renders.append((drawn - restored).milliseconds)
            entries = driver.state.catalog.entries.count
            cells = BenchApp.cellCount(changes)
        }
        return FirstFrameResult(total: Distribution(totals), firstRun: totals.first ?? 0, decode: Distribution(decodes),
                                update: Distribution(updates), render: Distribution(renders), jsonBytes: bytes,
                                entries: entries, cells: cells)
    }

    /// The store a previous run of `toggl-tui` leaves for this account.
    static func writeStore(_ me: Me, preferences: Preferences?, now: Date, token: Secret, folder: URL) throws -> StoreLayout {
        try writeStore(me, preferences: preferences, now: now, token: token, cacheDirectory: folder.appendingPathComponent("cache").path,
                       stateDirectory: folder.appendingPathComponent("state").path)
    }

    /// The same store in the given folders (`$XDG_CACHE_HOME/toggl-tui`, `$XDG_STATE_HOME/toggl-tui`).
    static func writeStore(_ me: Me, preferences: Preferences?, now: Date, token: Secret, cacheDirectory: String,
                           stateDirectory: String) throws -> StoreLayout {
        let layout = StoreLayout(cacheDirectory: cacheDirectory, stateDirectory: stateDirectory, userID: me.id)
        try layout.createDirectories()
        try layout.accounts.remember(token, userID: me.id, now: now)
        try layout.catalog.save(CatalogSnapshot(me: me, preferences: preferences), now: now)
        let recentStart = now.addingTimeInterval(-LocalStore.recentDays * 86_400)
        // By id, as the app writes them.
        let recent = (me.timeEntries ?? []).filter { $0.start >= recentStart || $0.isRunning }.sorted { $0.id < $1.id }
        try layout.recentEntries.save(EntriesSnapshot(entries: recent), now: now)
        try layout.sync.save(SyncState(lastBootstrap: now), now: now)
        return layout
    }
}

/// A benchmark that could not run as intended.
enum BenchmarkError: Error, CustomStringConvertible {
    case storeNotRestored([String])
    /// A process measurement that could not be made, and why.
    case notMeasured(String)

    var description: String {
        switch self {
        case .storeNotRestored(let issues): "The benchmark's store could not be restored: \(issues.joined(separator: "; "))"
        case .notMeasured(let reason): "Not measured: \(reason)"
        }
    }
}
