import Foundation
import TogglAPI
import TogglModels
import TrackerCore
import TrackerStore

/// The app's side of the local-first store (DESIGN.md §4): at launch it shows the cached
/// account before any request and opens the user's journal; while the app runs it keeps the
/// cache files in step with what the screen shows.
///
/// The token → user mapping (``AccountMap``) finds the user's folder without a request. A
/// token never seen before starts empty: the first sync's answer names the user, and the store
/// is created then. Cache files are written at most every ``saveInterval`` seconds and at quit;
/// the journal, not the cache, is what guarantees no write is lost.
public final class LocalStore: @unchecked Sendable {
    // @unchecked: used from the terminal loop's thread only (and by tests on one task).
    /// Base folders: `$XDG_CACHE_HOME/toggl-tui`, `$XDG_STATE_HOME/toggl-tui`.
    public let cacheDirectory: String
    public let stateDirectory: String
    /// Seconds between cache saves while data changes.
    public var saveInterval: TimeInterval = 2
    /// Problems found in the files (set aside and rebuilt), for the log.
    public private(set) var issues: [StoreIssue] = []
    /// The user's files, once known.
    public private(set) var layout: StoreLayout?

    private let token: Secret?
    private let api: TogglAPIClient
    private let now: @Sendable () -> Date
    private let pause: Outbox.Pause
    private var saved: Saved?
    private var lastSave: Date?
    /// What the last save was made from: an unchanged state is not written again.
    private var savedFrom: SavedFrom?

    /// The parts of the state the files are made from; the catalog by its revision, so the
    /// store never holds the catalog it saved (the next `/me` answer would find it shared).
    private struct SavedFrom: Equatable {
        var catalog: Catalog.Revision
        var account: Me?
        var preferences: Preferences?
        var sync: SyncStatus
        var entriesSince: Date?
        var windows: [DateInterval]
        var deletedEntries: [Int64: Date]
        var quota: [QuotaGauge]

        init(_ state: AppState) {
            catalog = state.catalog.revision
            account = state.account
            preferences = state.preferences
            sync = state.sync
            entriesSince = state.entriesSince
            windows = state.storedWindows + state.fetchedWindows
            deletedEntries = state.deletedEntries
            quota = state.quota
        }
    }

    /// What was last written, to skip unchanged files: the catalog and entries as digests
    /// (`hashValue`, this process's seed), not copies — the account is held once, in the state.
    private struct Saved {
        var catalog: Int?
        var recent: Int
        var months: [StoreMonth: Int]
        var sync: SyncState
        var deletedEntries: [Int64: Date]
    }

    /// A store for the user `token` signs in as. `token` nil (email and password sign-in): no
    /// store, the app works online only.
    public init(
        cacheDirectory: String, stateDirectory: String, token: Secret?, api: TogglAPIClient,
        now: @escaping @Sendable () -> Date = { Date() },
        pause: @escaping Outbox.Pause = { seconds in try? await Task.sleep(for: .seconds(seconds)) }
    ) {
        self.cacheDirectory = cacheDirectory
        self.stateDirectory = stateDirectory
        self.token = token
        self.api = api
        self.now = now
        self.pause = pause
    }

    /// At launch, before `.launched`: when the token's user is known, gives the driver an
    /// outbox on the user's journal (replaying what a previous run left unsent) and the cached
    /// account as its first state. Returns whether anything was restored.
    @discardableResult
    public func restore(into driver: AppDriver) -> Bool {
        guard let token else { return false }
        let lookup = (try? AccountMap(stateDirectory: stateDirectory).lookUp(token))
        if let issue = lookup?.issue { issues.append(issue) }
        guard let userID = lookup?.userID else { return false }
        let layout = StoreLayout(cacheDirectory: cacheDirectory, stateDirectory: stateDirectory, userID: userID)
        let pending = attach(layout, to: driver)
        let date = now()
        let catalog = layout.catalog.load(now: date)
        let recent = layout.recentEntries.load(now: date)
        let sync = layout.sync.load(now: date)
        issues += [catalog.issue, recent.issue, sync.issue].compactMap { $0 }
        guard let snapshot = catalog.payload,
              let account = RestoredAccount(catalog: snapshot, entries: recent.payload?.entries ?? [], sync: sync.payload, pending: pending)
        else {
            driver.outbox?.start()
            return false
        }
        driver.send(.restored(account.bootstrap, syncedAt: account.syncedAt, pendingWrites: account.pendingWrites,
                              failedWrites: account.failedWrites))
        if let stored = sync.payload { driver.send(.syncRestored(stored.storedSync(now: date))) }
        // In the order `save` keeps them (by id): a file another writer left in its own order
        // (the command line appends) holds the same entries, and rewriting it would cost a
        // second copy of them at launch.
        let recentDigest = (recent.payload?.entries ?? []).sorted { $0.id < $1.id }.hashValue
        saved = Saved(catalog: (try? snapshot.stored())?.hashValue, recent: recentDigest, months: [:],
                      sync: sync.payload ?? SyncState(), deletedEntries: [:])
        driver.outbox?.start()
        return true
    }

    /// After messages were applied: creates the store once the first sync named the user,
    /// and saves what changed (at most every ``saveInterval`` seconds unless `force`).
    public func update(from driver: AppDriver, force: Bool = false) {
        guard token != nil else { return }
        if layout == nil {
            guard let account = driver.state.account, driver.state.profile != nil else { return }
            let layout = StoreLayout(cacheDirectory: cacheDirectory, stateDirectory: stateDirectory, userID: account.id)
            if let token, let issue = try? AccountMap(stateDirectory: stateDirectory).remember(token, userID: account.id, email: account.email, now: now()) {
                issues.append(issue)
            }
            attach(layout, to: driver)
        }
        let date = now()
        if !force, let lastSave, date.timeIntervalSince(lastSave) < saveInterval { return }
        if save(driver.state, at: date) {
            // Encoding the files allocated a few times their size, and the sync before did too;
            // now that the copies made for saving are gone, their pages go back.
            HeapTuning.giveBackFreedMemory()
        }
    }

    /// Opens the user's journal and gives the driver its outbox; the journal's pending writes.
    @discardableResult
    private func attach(_ layout: StoreLayout, to driver: AppDriver) -> PendingWrites {
        self.layout = layout
        try? layout.createDirectories()
        let outbox = Outbox(api: api, journal: layout.makeJournal(), now: now, pause: pause, post: driver.inbox)
        let opened = try? outbox.open()
        issues += opened?.issues ?? []
        driver.outbox = outbox
        driver.storeReader = StoredEntriesReader(layout: layout)
        return opened?.pending ?? PendingWrites()
    }

    /// Writes the files whose content changed; true when the catalog or the recent entries
    /// (the large files) were written.
    private func save(_ state: AppState, at date: Date) -> Bool {
        guard let layout, let account = state.account else { return false }
        lastSave = date
        let from = SavedFrom(state)
        if from == savedFrom { return false }
        savedFrom = from
        let catalog = CatalogSnapshot(
            profile: account, preferences: state.preferences,
            workspaces: state.catalog.workspaces.values.sorted { $0.id < $1.id },
            clients: state.catalog.clients.values.sorted { $0.id < $1.id },
            projects: state.catalog.projects.values.sorted { $0.id < $1.id },
            tasks: state.catalog.tasks.values.sorted { $0.id < $1.id },
            tags: state.catalog.tags.values.sorted { $0.id < $1.id })
        let recentStart = date.addingTimeInterval(-Self.recentDays * 86_400)
        var recent: [TimeEntry] = []
        var months: [StoreMonth: [TimeEntry]] = [:]
        for entry in state.catalog.entries.values.sorted(by: { $0.id < $1.id }) {
            if entry.start >= recentStart || entry.isRunning || entry.id < 0 {
                recent.append(entry)
            } else {
                months[StoreMonth(containing: entry.start, in: state.timeZone), default: []].append(entry)
            }
        }
        var sync = saved?.sync ?? SyncState()
        sync.record(state, at: date)
        do {
            // As the file holds it: the live profile's credentials never reach the file, so they
            // must not make an unchanged catalog look changed (it was rewritten after every launch).
            let digests = (catalog: try catalog.stored().hashValue, recent: recent.hashValue, months: months.mapValues(\.hashValue))
            let wroteLargeFiles = saved?.catalog != digests.catalog || saved?.recent != digests.recent
            if saved?.catalog != digests.catalog { try layout.catalog.save(catalog, now: date) }
            if saved?.recent != digests.recent { try layout.recentEntries.save(EntriesSnapshot(entries: recent), now: date) }
            for month in monthsToWrite(state, digests.months, sync: sync) {
                try writeMonth(month, entries: months[month] ?? [], state: state, layout: layout, at: date)
            }
            if saved?.sync != sync { try layout.sync.save(sync, now: date) }
            saved = Saved(catalog: digests.catalog, recent: digests.recent, months: digests.months, sync: sync,
                          deletedEntries: state.deletedEntries)
            return wroteLargeFiles
        } catch {
            savedFrom = nil
            issues.append(StoreIssue(path: layout.userCacheDirectory, problem: .unreadable(detail: "\(error)"),
                                     action: .leftInPlace(detail: "\(error)"), message: "The local copy could not be saved: \(error)"))
            return false
        }
    }

    /// The month files to rewrite: those whose entries in memory changed, those holding entries
    /// Toggl deleted since, and those overlapping a window newly fetched whole.
    private func monthsToWrite(_ state: AppState, _ months: [StoreMonth: Int], sync: SyncState) -> Set<StoreMonth> {
        var result = Set(months.keys.filter { saved?.months[$0] != months[$0] })
        result.formUnion((saved?.months.keys).map { Set($0).subtracting(months.keys) } ?? [])
        let newlyDeleted = state.deletedEntries.filter { saved?.deletedEntries[$0.key] == nil }
        result.formUnion(newlyDeleted.values.map { StoreMonth(containing: $0, in: state.timeZone) })
        let newWindows = Set(sync.fetchedWindows.map { DateInterval(start: $0.start, end: $0.end) })
            .subtracting((saved?.sync.fetchedWindows ?? []).map { DateInterval(start: $0.start, end: $0.end) })
        for window in newWindows {
            result.formUnion(StoredEntriesReader.months(covering: window))
        }
        return result
    }

    /// Rewrites one month file: what memory holds of the month, plus what the file held that
    /// memory does not know — except entries Toggl deleted, entries memory now places in another
    /// month, and entries of windows memory holds whole (they are gone).
    private func writeMonth(_ month: StoreMonth, entries: [TimeEntry], state: AppState, layout: StoreLayout, at date: Date) throws {
        let file = layout.entries(of: month)
        let whole = state.fetchedWindows.filter { $0.end != .distantFuture }
        var merged: [Int64: TimeEntry] = [:]
        for entry in file.load(now: date).payload?.entries ?? []
        where state.catalog.entries[entry.id] == nil && state.deletedEntries[entry.id] == nil
            && !whole.contains(where: { $0.start <= entry.start && entry.start < $0.end }) {
            merged[entry.id] = entry
        }
        for entry in entries { merged[entry.id] = entry }
        try file.save(EntriesSnapshot(entries: merged.values.sorted { $0.id < $1.id }), now: date)
    }

    /// Days of entries kept in `entries-recent.json` (all the first frame reads).
    public static let recentDays: TimeInterval = 14
}
