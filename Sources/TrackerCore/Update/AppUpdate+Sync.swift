#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Syncing (DESIGN.md §4): one `/me?with_related_data=true`; when the app holds entries older
/// than `/me` brings, one `since` delta — sent only once an older week is shown, so a sync (and
/// a warm start) is one request; older weeks fetched once (from `/me/time_entries` up to three
/// months back, from Reports v3 beyond) and then served from the store; background syncs
/// budgeted from the quota.
extension AppUpdate {
    /// How far before the sync's start the next `since` delta begins, so a clock running ahead
    /// of Toggl's cannot skip a change (rows seen twice are merged twice, harmlessly).
    static let sinceMargin: TimeInterval = 300
    /// Toggl answers `since` only this many days back.
    static let reachableDays = TimeEntry.listableDays

    // MARK: Starting

    /// Starts a sync unless one is running or the user's quota is used up: one
    /// `/me?with_related_data=true` request. `quiet` (background) syncs end without a message.
    static func beginSync(_ state: inout AppState, quiet: Bool = false) -> [AppEffect] {
        guard state.pendingBootstrap == nil, state.pendingDelta == nil else {
            if !quiet { inform(&state, "A sync is already running.") }
            return []
        }
        guard !quotaUsedUp(&state, quiet: quiet) else { return [] }
        let requestID = state.makeRequestID()
        state.pendingBootstrap = requestID
        state.syncStartedAt = state.now
        // The first load shows the data itself; no "Synced." over it.
        state.isQuietSync = quiet || state.profile == nil
        state.sync = .syncing
        return [.loadBootstrap(requestID: requestID, withPreferences: state.profile == nil)]
    }

    /// On a tick: a quiet sync when `sync_interval` minutes have passed since the last one began,
    /// none runs, and every known bucket keeps more than `quota_reserve` requests.
    static func backgroundSyncIfDue(_ state: inout AppState) -> [AppEffect] {
        let interval = state.settings.syncIntervalMinutes * 60
        guard interval > 0, state.profile != nil, state.pendingBootstrap == nil, state.pendingDelta == nil else { return [] }
        let lastSync: Date?
        if let started = state.syncStartedAt {
            lastSync = started
        } else if case .synced(let at) = state.sync {
            lastSync = at
        } else {
            lastSync = nil
        }
        guard let lastSync, state.now.timeIntervalSince(lastSync) >= interval, quotaKeepsReserve(state) else { return [] }
        return beginSync(&state, quiet: true)
    }

    /// Whether every bucket whose state is known (not yet reset) has more than the reserve left.
    static func quotaKeepsReserve(_ state: AppState) -> Bool {
        state.quota.allSatisfy { $0.resetsAt <= state.now || $0.remaining > state.settings.quotaReserve }
    }

    /// Whether the user's bucket (every read but a report is a `/me…` call) is used up until a
    /// later reset; then says so (unless `quiet`). After a 402 only the user's writes go out.
    static func quotaUsedUp(_ state: inout AppState, quiet: Bool = false) -> Bool {
        guard let bucket = state.quota.first(where: { $0.scope == .user && $0.remaining <= 0 && $0.resetsAt > state.now }) else {
            return false
        }
        if !quiet {
            inform(&state, "Toggl's hourly request limit is used up; reading again in \(minutesUntil(bucket.resetsAt, state)) min.",
                   level: .warning)
        }
        return true
    }

    /// Whole minutes from now until `moment`, rounded up.
    static func minutesUntil(_ moment: Date, _ state: AppState) -> Int {
        DurationLimit.wholeSeconds((moment.timeIntervalSince(state.now) / 60).rounded(.up))
    }

    /// The buckets a workspace's requests (reports, writes) may count against: its
    /// organization's, or the workspace's own while the organization is not known.
    static func quotaScopes(ofWorkspace id: Int64, in state: AppState) -> [QuotaGauge.Scope] {
        [.workspace(id)] + (state.catalog.workspaces[id]?.organizationID.map { [.organization($0)] } ?? [])
    }

    // MARK: Answers

    static func bootstrapLoaded(_ state: inout AppState, requestID: Int, _ result: Result<Bootstrap, AppError>) -> [AppEffect] {
        guard requestID == state.pendingBootstrap else { return [] }
        state.pendingBootstrap = nil
        defer { forgetConfirmedWhenIdle(&state) }
        switch result {
        case .failure(let error):
            return syncFailed(&state, error)
        case .success(let bootstrap):
            let returned = Set((bootstrap.me.timeEntries ?? []).map(\.id))
            adopt(&state, bootstrap)
            state.fetchedWindows.removeAll { $0.end == .distantFuture }
            state.fetchedWindows.append(DateInterval(start: recentStart(state), end: .distantFuture))
            // Entries `/me` did not confirm (older days, in memory or in the store) need the delta.
            let holdsOlder = !state.storedWindows.isEmpty || state.fetchedWindows.count > 1
                || state.catalog.entries.contains { $0.key > 0 && !returned.contains($0.key) && !state.holdsUserVersion(of: $0.key) }
            if holdsOlder, hasUsableCursor(state) {
                // Checked when an older week is shown (at once if one is: `finishSync` asks).
                state.isDeltaDue = true
            } else {
                if holdsOlder { forgetUnconfirmed(&state, returned: returned) }
                state.isDeltaDue = false
            }
            return finishSync(&state)
        }
    }

    /// Where the entries `/me` brings begin (about the last nine days).
    static func recentStart(_ state: AppState) -> Date {
        state.now.addingTimeInterval(-8 * 86_400)
    }

    /// Whether ``AppState/entriesSince`` is set and recent enough for Toggl to answer `since`.
    static func hasUsableCursor(_ state: AppState) -> Bool {
        state.entriesSince.map { $0 > state.now.addingTimeInterval(-Double(reachableDays) * 86_400) } ?? false
    }

    /// The deferred `since` delta, when it is due and none is in flight. A cursor grown too old
    /// meanwhile cannot be asked: the older entries are forgotten and fetched again when shown.
    static func checkOlderEntries(_ state: inout AppState) -> [AppEffect] {
        guard state.isDeltaDue, state.pendingDelta == nil, !quotaUsedUp(&state, quiet: true) else { return [] }
        guard hasUsableCursor(state), let since = state.entriesSince else {
            let recent = recentStart(state)
            forgetUnconfirmed(&state, returned: Set(state.catalog.entries.filter { $0.value.start >= recent }.keys))
            state.isDeltaDue = false
            state.entriesSince = (state.syncStartedAt ?? state.now).addingTimeInterval(-sinceMargin)
            return []
        }
        let requestID = state.makeRequestID()
        state.pendingDelta = requestID
        return [.fetchChangedEntries(requestID: requestID, since: since)]
    }

    /// The delta's rows are newer than what is held: edited ones replace it, deleted ones
    /// (`server_deleted_at`) disappear. Entries with unsent writes keep the user's version.
    /// Then everything held is as new as the last sync: the cursor moves to it.
    static func changedEntriesFetched(_ state: inout AppState, requestID: Int, _ result: Result<[TimeEntry], AppError>) -> [AppEffect] {
        guard requestID == state.pendingDelta else { return [] }
        state.pendingDelta = nil
        defer { forgetConfirmedWhenIdle(&state) }
        switch result {
        case .failure(let error):
            // The older days show as last known; the next older week shown tries again.
            inform(&state, "Older days not checked for changes: \(error.message)", level: .warning)
        case .success(let rows):
            let changed = takingTogglsVersions(&state, rows)
            for row in changed where row.serverDeletedAt != nil { state.deletedEntries[row.id] = row.start }
            state.catalog.merge(entries: changed)
            state.isDeltaDue = false
            state.entriesSince = (state.syncStartedAt ?? state.now).addingTimeInterval(-sinceMargin)
        }
        return []
    }

    /// The rows of `entries` to show: entries the user has unsent or refused writes on keep the
    /// user's version (a refused one notes Toggl's, for a later discard).
    static func takingTogglsVersions(_ state: inout AppState, _ entries: [TimeEntry]) -> [TimeEntry] {
        for entry in entries where state.failedWrites[entry.id] != nil { state.failedWrites[entry.id]?.original = entry }
        return entries.filter { !state.holdsUserVersion(of: $0.id) && !state.confirmedDuringSync.contains($0.id) }
    }

    /// Once nothing is being read from Toggl, no answer in flight can predate a confirmed write.
    static func forgetConfirmedWhenIdle(_ state: inout AppState) {
        guard !state.isReadingToggl else { return }
        state.confirmedDuringSync = []
    }

    /// Without a usable cursor nothing older can be checked: what `/me` did not confirm is
    /// dropped from memory and the store's windows, to be fetched again when shown.
    static func forgetUnconfirmed(_ state: inout AppState, returned: Set<Int64>) {
        state.catalog.entries = state.catalog.entries.filter { id, _ in
            id < 0 || returned.contains(id) || state.holdsUserVersion(of: id)
        }
        state.storedWindows = []
        state.fetchedWindows.removeAll { $0.end != .distantFuture }
    }

    static func finishSync(_ state: inout AppState) -> [AppEffect] {
        if !state.isDeltaDue { state.entriesSince = (state.syncStartedAt ?? state.now).addingTimeInterval(-sinceMargin) }
        state.sync = .synced(state.now)
        if !state.isQuietSync { inform(&state, "Synced.", level: .success) }
        state.isQuietSync = false
        return fetchIfNeeded(&state)
    }

    static func syncFailed(_ state: inout AppState, _ error: AppError) -> [AppEffect] {
        state.sync = .failed(error)
        // A background sync that fails says so in the sync segment only.
        if !state.isQuietSync || state.profile == nil { fail(&state, error.message) }
        state.isQuietSync = false
        return []
    }

    /// What `sync.json` held at launch.
    static func syncRestored(_ state: inout AppState, _ stored: StoredSync) -> [AppEffect] {
        state.entriesSince = stored.entriesSince
        state.storedWindows = stored.storedWindows
        state.quota = merged(state.quota, stored.quota)
        return []
    }

    /// The quota buckets in `newer` replace those of the same scope; others (restored from the
    /// store, not seen in this run yet) are kept. In scope order, so the meter does not jump.
    static func merged(_ gauges: [QuotaGauge], _ newer: [QuotaGauge]) -> [QuotaGauge] {
        let scopes = Set(newer.map(\.scope))
        return (newer + gauges.filter { !scopes.contains($0.scope) }).sorted { $0.scope < $1.scope }
    }

    // MARK: Older weeks

    /// The fetch (or store read) needed to show the shown day's week, if it is not loaded or
    /// loading — after the deferred `since` delta, when the week is older than `/me` brings
    /// and the delta is due (the two run side by side: whichever answers last, deleted and
    /// edited rows end as Toggl has them).
    static func fetchIfNeeded(_ state: inout AppState) -> [AppEffect] {
        guard state.pendingBootstrap == nil, state.profile != nil else { return [] }
        let first = state.weekStart
        let window = DateInterval(start: first.start(in: state.timeZone), end: first.adding(days: 7).start(in: state.timeZone))
        let check = window.start < recentStart(state) ? checkOlderEntries(&state) : []
        let covered = (state.fetchedWindows + Array(state.pendingFetches.values)).contains {
            $0.start <= window.start && $0.end >= window.end
        }
        guard !covered else { return check }
        if state.storedWindows.contains(where: { $0.start <= window.start && $0.end >= window.end }) {
            let requestID = state.makeRequestID()
            state.pendingFetches[requestID] = window
            return check + [.loadStoredEntries(requestID: requestID, window: window)]
        }
        // Toggl lists entries by date only about three months back; a week reaching further
        // comes whole from Reports v3.
        guard window.start < TimeEntry.oldestListableStart(now: state.now) else {
            guard !quotaUsedUp(&state) else { return check }
            let requestID = state.makeRequestID()
            state.pendingFetches[requestID] = window
            return check + [.fetchEntries(requestID: requestID, window: window)]
        }
        return check + fetchReported(&state, window)
    }

    /// The reports of a window older than `/me/time_entries` serves: one detailed report per
    /// workspace whose reports Toggl has not refused, asked only while every bucket they count
    /// against keeps more than `quota_reserve` (the same buckets carry the user's writes).
    static func fetchReported(_ state: inout AppState, _ window: DateInterval) -> [AppEffect] {
        guard let userID = state.profile?.userID else { return [] }
        let workspaceIDs = state.catalog.workspaces.keys.filter { !state.reportsRefused.contains($0) }.sorted()
        guard !workspaceIDs.isEmpty else {
            // Nothing Toggl would report: the window holds what the user made there.
            state.fetchedWindows.append(window)
            return []
        }
        let scopes = Set(workspaceIDs.flatMap { quotaScopes(ofWorkspace: $0, in: state) })
        let now = state.now
        let low = state.quota.filter { scopes.contains($0.scope) && $0.resetsAt > now && $0.remaining <= state.settings.quotaReserve }
        if let reset = low.map(\.resetsAt).max() {
            inform(&state, "Weeks this old are read from Toggl's reports, whose hourly limit is kept for your changes now; "
                + "reading again in \(minutesUntil(reset, state)) min.", level: .warning)
            return []
        }
        let requestID = state.makeRequestID()
        state.pendingFetches[requestID] = window
        let profileZone = state.profile?.zone
        return [.fetchReportedEntries(requestID: requestID, window: window, workspaceIDs: workspaceIDs, userID: userID,
                                      profileTimeZone: profileZone)]
    }

    static func entriesFetched(_ state: inout AppState, requestID: Int, _ result: Result<[TimeEntry], AppError>) -> [AppEffect] {
        guard let window = state.pendingFetches.removeValue(forKey: requestID) else { return [] }
        defer { forgetConfirmedWhenIdle(&state) }
        switch result {
        case .failure(let error):
            fail(&state, "Could not load older entries: \(error.message)")
        case .success(let entries):
            take(&state, entries, in: window, reportedFrom: nil)
            state.fetchedWindows.append(window)
        }
        return []
    }

    /// How long after a change a report may still miss it: Toggl builds reports behind its writes.
    static let reportLag: TimeInterval = 600

    /// Reports, each workspace answered or failed on its own. The window counts as fetched
    /// unless a report failed for a passing reason (offline, quota, 5xx); workspaces whose
    /// reports Toggl refuses (plan, access) are not asked again in this run.
    static func reportedEntriesFetched(_ state: inout AppState, requestID: Int, _ report: ReportedEntries) -> [AppEffect] {
        guard let window = state.pendingFetches.removeValue(forKey: requestID) else { return [] }
        defer { forgetConfirmedWhenIdle(&state) }
        take(&state, report.entries, in: window, reportedFrom: Set(report.answered))
        let refused = report.failures.filter { $0.value.kind == .rejected || $0.value.kind == .unauthorized }
        let failed = report.failures.filter { refused[$0.key] == nil }
        state.reportsRefused.formUnion(refused.keys)
        if failed.isEmpty { state.fetchedWindows.append(window) }
        if let error = failed.min(by: { $0.key < $1.key })?.value {
            fail(&state, "Could not load older entries of \(workspaceNames(failed.keys, state)): \(error.message)")
        } else if let error = refused.min(by: { $0.key < $1.key })?.value {
            inform(&state, "Toggl gives no reports of \(workspaceNames(refused.keys, state)) (\(error.message)); "
                + "its entries older than three months are not shown.", level: .warning)
        }
        return []
    }

    /// Workspace names for a message, in id order.
    static func workspaceNames(_ ids: some Collection<Int64>, _ state: AppState) -> String {
        ids.sorted().map { state.catalog.workspaces[$0]?.name ?? "workspace \($0)" }.joined(separator: ", ")
    }

    /// A fetched window's entries, the whole truth for the window: held entries Toggl no longer
    /// has there are dropped, unless the user's writes hold them. For reports, only in the
    /// workspaces that answered (`reportedFrom`), and never the running entry (reports leave it
    /// out) or one changed within ``reportLag`` (a report may not show it yet; the next delta
    /// settles it). A held entry changed later than the fetched one keeps its newer version.
    static func take(_ state: inout AppState, _ entries: [TimeEntry], in window: DateInterval, reportedFrom workspaces: Set<Int64>?) {
        let returned = Set(entries.map(\.id))
        let lagging = state.now.addingTimeInterval(-reportLag)
        // The window's end belongs to the next window (DateInterval.contains would include it).
        for (id, entry) in state.catalog.entries
        where id > 0 && entry.start >= window.start && entry.start < window.end && !returned.contains(id)
            && !state.holdsUserVersion(of: id) && !state.confirmedDuringSync.contains(id) {
            if let workspaces {
                guard workspaces.contains(entry.workspaceID), !entry.isRunning, (entry.at ?? .distantPast) < lagging else { continue }
            }
            state.catalog.entries[id] = nil
        }
        let current = entries.filter { fetched in
            guard let held = state.catalog.entries[fetched.id]?.at, let at = fetched.at else { return true }
            return at >= held
        }
        state.catalog.merge(entries: takingTogglsVersions(&state, current))
    }

    /// A window read from the store: what memory holds is as new or newer (a delta, the user's
    /// writes), so only entries it lacks are added; entries Toggl deleted stay away. When the
    /// store could not serve it, the window is fetched instead.
    static func storedEntriesLoaded(_ state: inout AppState, requestID: Int, _ entries: [TimeEntry]?) -> [AppEffect] {
        guard let window = state.pendingFetches.removeValue(forKey: requestID) else { return [] }
        guard let entries else {
            state.storedWindows.removeAll { $0.start <= window.start && $0.end >= window.end }
            return fetchIfNeeded(&state)
        }
        let missing = entries.filter { entry in
            entry.start >= window.start && entry.start < window.end && state.catalog.entries[entry.id] == nil
                && state.pendingWrites[entry.id] == nil && state.deletedEntries[entry.id] == nil
        }
        state.catalog.merge(entries: missing)
        state.fetchedWindows.append(window)
        return []
    }
}
