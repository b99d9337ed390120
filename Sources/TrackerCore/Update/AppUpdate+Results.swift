#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    // MARK: Loading

    /// The store's copy of the account, shown before any request; the sync that follows
    /// (``beginSync(_:)`` on `.launched`) brings it up to date.
    static func restored(
        _ state: inout AppState, _ bootstrap: Bootstrap, syncedAt: Date?, pending: [Int64: Int], failed: [Int64: FailedWrite]
    ) -> [AppEffect] {
        adopt(&state, bootstrap)
        // After adopting: the store shows the user's version; Toggl's comes with the sync.
        state.failedWrites.merge(failed) { current, _ in current }
        for (id, count) in pending where count > 0 {
            state.pendingWrites[id, default: PendingWrite(original: nil, count: 0)].count += count
        }
        let lowestID = ([state.nextLocalID + 1] + Array(state.catalog.entries.keys) + Array(pending.keys) + Array(failed.keys)
            + Array(state.catalog.clients.keys) + Array(state.catalog.projects.keys)).min() ?? 0
        // Ids come from files and from Toggl: one below -2^53 makes no sense (the store sets such
        // records aside) and must not make the next local id trap.
        state.nextLocalID = min(state.nextLocalID, max(lowestID, -(1 << 53)) - 1)
        state.sync = syncedAt.map { .synced($0) } ?? .starting
        return []
    }

    /// Takes a full account (from Toggl or the store) as the truth, keeping what the user
    /// changed that Toggl has not confirmed.
    static func adopt(_ state: inout AppState, _ bootstrap: Bootstrap) {
        let me = bootstrap.me
        var profile = Profile(me: me, preferences: bootstrap.preferences)
        profile.timeOfDayFormat = profile.timeOfDayFormat ?? state.profile?.timeOfDayFormat
        profile.dateFormat = profile.dateFormat ?? state.profile?.dateFormat
        let isFirstLoad = state.profile == nil
        state.profile = profile
        var bare = me
        bare.workspaces = nil
        bare.clients = nil
        bare.projects = nil
        bare.tags = nil
        bare.tasks = nil
        bare.timeEntries = nil
        state.account = bare
        state.preferences = bootstrap.preferences ?? state.preferences
        // The old catalog is taken apart before the new one is built (a lower peak): the state
        // keeps only what is read from it below — local clients, projects and entries, and the
        // entries with writes in flight, confirmed during the sync or refused —, and its entries
        // go to the new catalog, which keeps the older ones in their storage.
        let pendingWrites = state.pendingWrites, confirmed = state.confirmedDuringSync, failed = state.failedWrites
        var previousEntries = state.catalog.entries
        state.catalog = state.catalog.keepingLocalRows { id in
            id < 0 || pendingWrites[id] != nil || confirmed.contains(id) || failed[id] != nil
        }
        var catalog = Catalog(me: me, keepingEntries: consume previousEntries)
        // What the user did since the request left is newer than the answer.
        for (id, entry) in state.catalog.entries where id < 0 { catalog.entries[id] = entry }
        for id in state.pendingWrites.keys where id > 0 { catalog.entries[id] = state.catalog.entries[id] }
        for id in state.confirmedDuringSync { catalog.entries[id] = state.catalog.entries[id] }
        keepFailed(&state, in: &catalog)
        for (id, client) in state.catalog.clients where id < 0 { catalog.clients[id] = client }
        for (id, project) in state.catalog.projects where id < 0 { catalog.projects[id] = project }
        state.catalog = catalog
        if state.workspaceID.map({ catalog.workspaces[$0] == nil }) ?? true {
            let fallback = catalog.workspaces.values.min { $0.name < $1.name }?.id
            let preferred = [state.settings.defaultWorkspaceOverride, profile.defaultWorkspaceID].compactMap { $0 }
            state.workspaceID = preferred.first { catalog.workspaces[$0] != nil } ?? fallback
        }
        if isFirstLoad { state.day = state.today }
    }

    static func writesWaiting(_ state: inout AppState, count: Int, reason: AppError?) -> [AppEffect] {
        let before = state.waitingWrites
        state.waitingWrites = count
        if let reason, count > 0 {
            let what = count == 1 ? "1 change is" : "\(count) changes are"
            inform(&state, "\(reason.message) — \(what) saved here and will be sent when Toggl answers.", level: .warning)
        } else if count == 0, before > 0 {
            inform(&state, "All changes sent.", level: .success)
        }
        return []
    }

    // MARK: Writes

    /// Remembers that Toggl confirmed a write on entry `id` while a sync is in flight: the
    /// sync's answer may predate it (see ``AppState/confirmedDuringSync``).
    static func noteConfirmedDuringSync(_ state: inout AppState, _ id: Int64) {
        guard state.isReadingToggl else { return }
        state.confirmedDuringSync.insert(id)
    }

    /// Counts one answer for entry `id`. Returns the pending record as it was before (its
    /// `count` is 1 for the last answer due), or nil when no answer was due.
    static func settleOne(_ state: inout AppState, _ id: Int64) -> PendingWrite? {
        guard var pending = state.pendingWrites[id] else { return nil }
        let before = pending
        pending.count -= 1
        state.pendingWrites[id] = pending.count > 0 ? pending : nil
        return before
    }

    static func entryCreated(_ state: inout AppState, localID: Int64, _ result: Result<TimeEntry, AppError>) -> [AppEffect] {
        guard let pending = settleOne(&state, localID) else { return [] }
        switch result {
        case .failure(let error):
            // The runtime retries what may still succeed: this was refused for good. It stays
            // on screen, marked, for the user to fix or discard.
            markFailed(&state, localID, .create, error, original: nil)
        case .success(let entry):
            // Toggl's id replaces the local one everywhere.
            if let remaining = state.pendingWrites.removeValue(forKey: localID) { state.pendingWrites[entry.id] = remaining }
            if state.selection[.entries] == localID { state.selection[.entries] = entry.id }
            state.timelineCursor = state.timelineCursor?.remapping(localID, to: entry.id)
            state.remapUndoSteps(localID, to: entry.id)
            guard let local = state.catalog.entries.removeValue(forKey: localID) else { return [] }
            noteConfirmedDuringSync(&state, entry.id)
            if pending.count == 1 {
                state.catalog.entries[entry.id] = entry
            } else {
                // Later writes are still on their way: what the screen shows is newer.
                state.catalog.entries[entry.id] = entry.showing(local)
            }
        }
        return []
    }

    static func entryUpdated(_ state: inout AppState, id: Int64, _ result: Result<TimeEntry, AppError>) -> [AppEffect] {
        guard let pending = settleOne(&state, id) else { return [] }
        let isLast = pending.count == 1
        switch result {
        case .success(let entry):
            if state.failedWrites[id] != nil {
                // An earlier write was refused: the screen keeps the user's version; this is Toggl's.
                state.failedWrites[id]?.original = entry
            } else if isLast, state.catalog.entries[id] != nil {
                state.catalog.entries[id] = entry
                noteConfirmedDuringSync(&state, id)
            }
        case .failure(let error):
            markFailed(&state, id, .update, error, original: pending.original)
        }
        return []
    }

    static func entryDeleted(_ state: inout AppState, id: Int64, _ result: Result<Bool, AppError>) -> [AppEffect] {
        guard let pending = settleOne(&state, id) else { return [] }
        if case .success = result { noteConfirmedDuringSync(&state, id) }
        if case .failure(let error) = result, error.kind != .notFound {
            // The entry comes back, marked, until the user discards the delete or edits it.
            if state.catalog.entries[id] == nil, let original = pending.original { state.catalog.entries[id] = original }
            markFailed(&state, id, .delete, error, original: pending.original)
        }
        return []
    }

    static func clientCreated(_ state: inout AppState, localID: Int64, _ result: Result<Client, AppError>) -> [AppEffect] {
        guard state.catalog.clients.removeValue(forKey: localID) != nil else { return [] }
        switch result {
        case .success(let client):
            state.catalog.clients[client.id] = client
            if state.selection[.clients] == localID { state.selection[.clients] = client.id }
            if state.clientFilter == localID { state.clientFilter = client.id }
            inform(&state, "Created client \(client.name).", level: .success)
        case .failure(let error):
            if state.clientFilter == localID { state.clientFilter = nil }
            fail(&state, "Client not created: \(error.message)")
        }
        return []
    }

    /// An open editor holding a project's local id gets its Toggl id (or none when it was refused).
    static func replaceEditorProject(_ state: inout AppState, _ localID: Int64, with id: Int64?) {
        guard case .editor(var editor) = state.overlay, editor.projectID == localID else { return }
        editor.projectID = id
        editor.problem = nil
        state.overlay = .editor(editor)
    }

    static func projectCreated(_ state: inout AppState, localID: Int64, _ result: Result<Project, AppError>) -> [AppEffect] {
        guard state.catalog.projects.removeValue(forKey: localID) != nil else { return [] }
        switch result {
        case .success(let project):
            state.catalog.projects[project.id] = project
            if state.selection[.projects] == localID { state.selection[.projects] = project.id }
            replaceEditorProject(&state, localID, with: project.id)
            inform(&state, "Created project \(project.name).", level: .success)
        case .failure(let error):
            replaceEditorProject(&state, localID, with: nil)
            fail(&state, "Project not created: \(error.message)")
        }
        return []
    }
}
