#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where one Toggl user's store lives, and the typed files in it. The two base folders come
/// from `ConfigPaths` (`cacheDirectory`, `stateDirectory`) as plain paths.
///
/// ```
/// <cache>/users/<userID>/            (0700)  rebuildable from Toggl
///     catalog.json                   CatalogSnapshot: profile, preferences, workspaces, clients, projects, tasks, tags
///     entries-recent.json            EntriesSnapshot: the last ~14 days (all the first frame reads)
///     entries-YYYY-MM.json           EntriesSnapshot: an older month, read only when viewed
///     sync.json                      SyncState: since cursors, fetched windows, last-known quota
///     status.json                    what `status` prints, summarised, with the stamp of the files it summarises
/// <state>/users/<userID>/            (0700)  not rebuildable
///     journal.jsonl                  Journal: unsent and unsettled writes (JSON Lines)
///     journal.lock                   the journal's own lock
///     lock                           StoreLock for the store as a whole
/// <state>/accounts.json              AccountIndex: SHA-256(token) → user id
/// ```
/// Every data file is a ``VersionedFile`` envelope (mode 0600) written atomically. Hold
/// ``lock`` exclusively around a read-modify-write of the data files, and shared around reads
/// that must see a consistent set; use ``watcher`` to notice another process's writes.
public struct StoreLayout: Sendable, Hashable {
    /// `version` of `catalog.json`.
    public static let catalogVersion = 1
    /// `version` of the entries files.
    public static let entriesVersion = 1
    /// `version` of `sync.json`.
    public static let syncVersion = 1

    /// `$XDG_CACHE_HOME/toggl-tui`.
    public let cacheDirectory: String
    /// `$XDG_STATE_HOME/toggl-tui`.
    public let stateDirectory: String
    /// The Toggl user id (from `/me`).
    public let userID: Int64

    /// The layout for `userID` under the two base folders.
    public init(cacheDirectory: String, stateDirectory: String, userID: Int64) {
        self.cacheDirectory = cacheDirectory
        self.stateDirectory = stateDirectory
        self.userID = userID
    }

    /// `<cache>/users/<userID>`.
    public var userCacheDirectory: String {
        POSIX.join(POSIX.join(cacheDirectory, "users"), String(userID))
    }

    /// `<state>/users/<userID>`.
    public var userStateDirectory: String {
        POSIX.join(POSIX.join(stateDirectory, "users"), String(userID))
    }

    /// `<state>/users/<userID>/remind.json`: the reminder `toggl-tui remind` gave last (so each
    /// is given once).
    public var remindFile: AtomicFile {
        AtomicFile(path: POSIX.join(userStateDirectory, "remind.json"))
    }

    /// `catalog.json`: everything but entries.
    public var catalog: VersionedFile<CatalogSnapshot> {
        VersionedFile(
            path: POSIX.join(userCacheDirectory, "catalog.json"), format: "toggl-tui.catalog",
            version: Self.catalogVersion, label: "the cached workspaces, projects and tags"
        )
    }

    /// `entries-recent.json`: the last ~14 days of entries.
    public var recentEntries: VersionedFile<EntriesSnapshot> {
        VersionedFile(
            path: POSIX.join(userCacheDirectory, "entries-recent.json"), format: "toggl-tui.entries-recent",
            version: Self.entriesVersion, label: "the cached recent entries"
        )
    }

    /// `entries-YYYY-MM.json`: one older month of entries.
    public func entries(of month: StoreMonth) -> VersionedFile<EntriesSnapshot> {
        VersionedFile(
            path: POSIX.join(userCacheDirectory, month.fileName), format: "toggl-tui.entries-month",
            version: Self.entriesVersion, label: "the cached entries of \(month)"
        )
    }

    /// `sync.json`: sync cursors, fetched windows and quota.
    public var sync: VersionedFile<SyncState> {
        VersionedFile(
            path: POSIX.join(userCacheDirectory, "sync.json"), format: "toggl-tui.sync",
            version: Self.syncVersion, label: "the sync state"
        )
    }

    /// The files `status` reads (catalog, recent entries, journal): a status card made from
    /// them holds while their stamp is unchanged.
    public var statusSources: StoreWatcher {
        StoreWatcher(paths: [catalog.path, recentEntries.path, journalPath])
    }

    /// `<state>/users/<userID>/journal.jsonl`.
    public var journalPath: String {
        POSIX.join(userStateDirectory, "journal.jsonl")
    }

    /// A ``Journal`` on ``journalPath`` (locked through `journal.lock` beside it). Keep one per
    /// process and share it: it remembers where the file ended to append without re-reading.
    public func makeJournal() -> Journal {
        Journal(path: journalPath, lockPath: POSIX.join(userStateDirectory, "journal.lock"))
    }

    /// The store's lock, `<state>/users/<userID>/lock`.
    public var lock: StoreLock {
        StoreLock(path: POSIX.join(userStateDirectory, "lock"))
    }

    /// Watches the files the app shows (catalog, recent entries, sync state, journal).
    public var watcher: StoreWatcher {
        StoreWatcher(paths: [catalog.path, recentEntries.path, sync.path, journalPath])
    }

    /// The token → user mapping shared by all users, `<state>/accounts.json`.
    public var accounts: AccountMap {
        AccountMap(stateDirectory: stateDirectory)
    }

    /// The months with an `entries-YYYY-MM.json` file, earliest first.
    public func storedMonths() -> [StoreMonth] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: userCacheDirectory)) ?? []
        return names.compactMap(StoreMonth.init(fileName:)).sorted()
    }

    /// Creates both user folders (mode 0700) if missing.
    public func createDirectories() throws {
        try POSIX.makeDirectories(userCacheDirectory)
        try POSIX.makeDirectories(userStateDirectory)
    }
}
