import Foundation
import TogglAPI
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStore

/// The account as this machine knows it: the local store with the journal's unsent and refused
/// writes laid over it, as the terminal UI restores it (``RestoredAccount``). Reads answer from it
/// while the store is fresh, and when Toggl cannot be reached; writes find their entries in it,
/// also those made offline and not yet sent.
extension CLISession {
    /// Days before the last sync whose entries the store holds whole: what `/me` brings.
    static let syncedDays: TimeInterval = 8

    /// The store with the journal laid over it; nil without a store (or without a profile in
    /// it). Read afresh on each call (a write of this run changes the journal): callers that
    /// ask several things of it read it once.
    func restoredAccount(including older: [TimeEntry] = []) -> RestoredAccount? {
        guard let layout = layout() else { return nil }
        return RestoredAccount(layout: layout, pending: pendingWrites(in: layout), older: older, now: now)
    }

    /// What the journal holds unsent or refused (no request).
    func pendingWrites(in layout: StoreLayout) -> PendingWrites {
        guard FileManager.default.fileExists(atPath: layout.journalPath),
              let records = try? layout.makeJournal().readAll(now: now).records else { return PendingWrites() }
        return PendingWrites(records: records)
    }

    /// The entries of the restored account, not deleted.
    func localEntries() -> [TimeEntry] {
        restoredAccount()?.entries ?? []
    }

    /// When any process last synced with Toggl (the UI's sync, a command's bootstrap).
    var lastSync: Date? {
        layout()?.sync.load(now: now).payload?.lastBootstrap
    }

    /// Whether the store is recent enough to answer reads without asking Toggl: synced within
    /// ``CLIContext/maxDataAge`` and no `--refresh`.
    var isStoreFresh: Bool {
        guard !refreshRequested, let synced = lastSync else { return false }
        // A sync "in the future" (a damaged file, a clock set back) is not fresh.
        return (0...max(0, context.maxDataAge)).contains(now.timeIntervalSince(synced))
    }

    /// The entries starting in `start..<end` as this machine holds them, unsent changes laid
    /// over; nil when the store does not hold the whole range (days before the last sync's
    /// window that were never fetched whole).
    func localEntries(from start: Date, to end: Date) -> [TimeEntry]? {
        guard let layout = layout(), let synced = lastSync else { return nil }
        let recentFrom = synced.addingTimeInterval(-Self.syncedDays * 86_400)
        var older: [TimeEntry] = []
        if start < recentFrom {
            let windows = (layout.sync.load(now: now).payload?.fetchedWindows ?? []).map { DateInterval(start: $0.start, end: max($0.start, $0.end)) }
            guard Self.covers(windows + [DateInterval(start: recentFrom, end: .distantFuture)], from: start, to: end) else { return nil }
            guard let stored = StoredEntriesReader(layout: layout).entries(in: DateInterval(start: start, end: min(end, recentFrom)), now: now)
            else { return nil }
            older = stored
        }
        return restoredAccount(including: older).map { Self.entries(of: $0, from: start, to: end) }
    }

    /// `entries` (as Toggl answered them) with this machine's unsent and refused changes laid
    /// over, and the unsent entries of `start..<end` added.
    func withLocalChanges(_ entries: [TimeEntry], from start: Date, to end: Date) -> [TimeEntry] {
        guard let layout = layout(), let catalog = catalog ?? storedCatalog(),
              let account = RestoredAccount(catalog: catalog, entries: entries, sync: nil, pending: pendingWrites(in: layout))
        else { return entries }
        return Self.entries(of: account, from: start, to: end)
    }

    /// The account's entries that start in `start..<end`.
    static func entries(of account: RestoredAccount, from start: Date, to end: Date) -> [TimeEntry] {
        account.entries.filter { $0.start >= start && $0.start < end }
    }

    /// Whether the catalog at hand may answer a read without asking Toggl: it came from Toggl
    /// during this run, or from a store synced within ``CLIContext/maxDataAge``.
    var catalogIsFresh: Bool {
        isFresh || (catalog != nil && isStoreFresh)
    }

    /// A list of names: from the catalog while it is fresh (no request), else `fetch` from Toggl
    /// (one request); when Toggl cannot be reached, from the catalog this machine holds (said
    /// on standard error).
    func listing<Item>(fromCatalog local: (CatalogSnapshot) -> [Item], orFetch fetch: () async throws -> [Item]) async throws -> [Item] {
        if catalogIsFresh, let catalog { return local(catalog) }
        do {
            return try await fetch()
        } catch where Self.meansOffline(error) {
            guard let catalog = catalog ?? storedCatalog() else { throw error }
            noteOffline(error)
            return local(catalog)
        }
    }

    /// The profile: the store's while it is fresh (no request), else Toggl's (one); offline, the
    /// store's (said on standard error).
    func profile() async throws -> TogglModels.Me {
        let stored = storedCatalogIfAny()?.profile
        if let stored, catalogIsFresh { return stored }
        do {
            return try await api().me.get()
        } catch where Self.meansOffline(error) {
            guard let stored else { throw error }
            noteOffline(error)
            return stored
        }
    }

    /// The quota buckets as this machine last saw them (the app's `sync.json`), counted down to
    /// now: a bucket whose hour has passed shows its reset as due.
    func lastSeenQuota() -> [Quota]? {
        guard let seen = layout()?.sync.load(now: now).payload?.quota, !seen.isEmpty else { return nil }
        return seen.map { observation in
            let left = max(0, DurationLimit.wholeSeconds(observation.resetsAt.timeIntervalSince(now)))
            return Quota(organizationID: observation.quota.organizationID, remaining: observation.quota.remaining,
                         resetsInSecs: left, total: observation.quota.total)
        }
    }

    /// Whether `intervals` together cover `start..<end`.
    static func covers(_ intervals: [DateInterval], from start: Date, to end: Date) -> Bool {
        var reached = start
        for interval in intervals.sorted(by: { $0.start < $1.start }) where interval.start <= reached {
            reached = max(reached, interval.end)
            if reached >= end { return true }
        }
        return reached >= end
    }

    /// Whether `error` means a read could not get Toggl's answer now — unreachable, failing
    /// (5xx), out of quota, or the answer lost — rather than that Toggl refused the request.
    static func meansOffline(_ error: any Error) -> Bool {
        switch error as? APIError {
        case .network?, .serverError?, .quotaExhausted?, .rateLimited?, .unknownOutcome?: return true
        default: return (error as? CLIError)?.code == .offline
        }
    }

    /// Says `notice` on standard error: words, or a JSON line with `--json`.
    func notify(_ notice: CLINotice) {
        context.errors.write(notice.line(json: global.json))
    }

    /// Says once on standard error that Toggl could not answer and how old the store's copy is.
    func noteOffline(_ error: any Error) {
        guard !saidOffline else { return }
        saidOffline = true
        let reason = (error as? APIError)?.description ?? "\(error)"
        let kind: CLINotice.Kind
        if case .network = error as? APIError { kind = .offline } else { kind = .unavailable }
        let state = kind == .offline ? "offline" : "Toggl unavailable"
        let synced = lastSync
        let age = synced.map { " from \(Self.ago(now.timeIntervalSince($0)))" } ?? ""
        notify(CLINotice(kind, "\(state) — \(Self.sentence(reason)) Showing this machine's copy\(age).",
                         syncedAt: synced,
                         dataAgeSeconds: synced.map { max(0, DurationLimit.wholeSeconds(now.timeIntervalSince($0))) }))
    }

    /// `5 min ago`, `2 h 05 min ago`, `3 days ago`.
    static func ago(_ seconds: TimeInterval) -> String {
        let whole = max(0, DurationLimit.wholeSeconds(seconds))
        if whole < 60 { return "just now" }
        if whole >= 2 * 86_400 { return "\(whole / 86_400) days ago" }
        return "\(TimeFormat.shortDuration(whole)) ago"
    }

    /// `reason` as a sentence ending in one full stop.
    static func sentence(_ reason: String) -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix(".") ? trimmed : trimmed + "."
    }

    /// Why a write of this run waits in the journal (nil: all were sent, or none was made).
    var queuedReason: String? {
        (context.writer as? JournalWriter ?? journalWriter)?.queuedReason
    }

    /// Sends what the journal holds before the command runs, when there is anything and Toggl
    /// can be asked; says on standard error how many changes went. Offline, they wait.
    func sendUnsentFirst() async {
        guard context.writer == nil, context.api != nil, let layout = layout(), !pendingWrites(in: layout).writes.isEmpty,
              let writer = try? await writer() as? JournalWriter else { return }
        let sent = writer.sentWhenOpened
        if sent > 0, !global.quiet {
            notify(CLINotice(.sent, "sent \(sent) change\(sent == 1 ? "" : "s") made offline", count: sent))
        }
    }
}
