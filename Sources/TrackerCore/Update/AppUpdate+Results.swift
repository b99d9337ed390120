import Foundation
import TogglModels

extension AppUpdate {
    // MARK: Loading

    static func bootstrapLoaded(_ state: inout AppState, requestID: Int, _ result: Result<Bootstrap, AppError>) -> [AppEffect] {
        guard requestID == state.pendingBootstrap else { return [] }
        state.pendingBootstrap = nil
        switch result {
        case .failure(let error):
            state.sync = .failed(error)
            fail(&state, error.message)
            return []
        case .success(let bootstrap):
            let me = bootstrap.me
            var profile = Profile(me: me, preferences: bootstrap.preferences)
            profile.timeOfDayFormat = profile.timeOfDayFormat ?? state.profile?.timeOfDayFormat
            profile.dateFormat = profile.dateFormat ?? state.profile?.dateFormat
            let isFirstLoad = state.profile == nil
            state.profile = profile
            var catalog = Catalog(me: me, keepingEntriesFrom: state.catalog)
            // What the user did since the request left is newer than the answer.
            for (id, entry) in state.catalog.entries where id < 0 { catalog.entries[id] = entry }
            for id in state.pendingWrites.keys where id > 0 { catalog.entries[id] = state.catalog.entries[id] }
            for (id, client) in state.catalog.clients where id < 0 { catalog.clients[id] = client }
            for (id, project) in state.catalog.projects where id < 0 { catalog.projects[id] = project }
            state.catalog = catalog
            if state.workspaceID.map({ catalog.workspaces[$0] == nil }) ?? true {
                let fallback = catalog.workspaces.values.min { $0.name < $1.name }?.id
                state.workspaceID = profile.defaultWorkspaceID.flatMap { catalog.workspaces[$0] != nil ? $0 : nil } ?? fallback
            }
            // `/me` brings about the last nine days of entries.
            state.fetchedWindows.append(DateInterval(start: state.now.addingTimeInterval(-8 * 86_400), end: .distantFuture))
            if isFirstLoad { state.day = state.today }
            state.sync = .synced(state.now)
            if !isFirstLoad { inform(&state, "Synced.", level: .success) }
            return fetchIfNeeded(&state)
        }
    }

    static func entriesFetched(_ state: inout AppState, requestID: Int, _ result: Result<[TimeEntry], AppError>) -> [AppEffect] {
        guard let window = state.pendingFetches.removeValue(forKey: requestID) else { return [] }
        switch result {
        case .failure(let error):
            fail(&state, "Could not load older entries: \(error.message)")
        case .success(let entries):
            // The answer is the whole truth for its window: drop what Toggl no longer has.
            let returned = Set(entries.map(\.id))
            // The window's end belongs to the next window (DateInterval.contains would include it).
            for (id, entry) in state.catalog.entries
            where id > 0 && entry.start >= window.start && entry.start < window.end && !returned.contains(id)
                && state.pendingWrites[id] == nil {
                state.catalog.entries[id] = nil
            }
            state.catalog.merge(entries: entries.filter { state.pendingWrites[$0.id] == nil })
            state.fetchedWindows.append(window)
        }
        return []
    }

    // MARK: Writes

    static func entryCreated(_ state: inout AppState, localID: Int64, _ result: Result<TimeEntry, AppError>) -> [AppEffect] {
        guard state.pendingWrites.removeValue(forKey: localID) != nil else { return [] }
        let local = state.catalog.entries.removeValue(forKey: localID)
        let stopWasAsked = state.deferredStops.remove(localID) != nil
        // (An entry deleted meanwhile keeps its pending write for the delete's answer.)
        if let stoppedID = state.stoppedByStart.removeValue(forKey: localID), state.catalog.entries[stoppedID] != nil,
           case .some(.some(let original)) = state.pendingWrites.removeValue(forKey: stoppedID),
           case .failure(let error) = result, error.kind != .unknownOutcome {
            // Toggl did not start the new entry, so it did not stop this one either.
            state.catalog.entries[stoppedID] = original
        }
        switch result {
        case .failure(let error):
            fail(&state, "Not saved: \(error.message)")
            // A sync already under way reconciles too; asking for one would only hide the error.
            return error.kind == .unknownOutcome && state.pendingBootstrap == nil ? beginSync(&state) : []
        case .success(let entry):
            if state.selection[.entries] == localID { state.selection[.entries] = entry.id }
            guard stopWasAsked, let local else {
                state.catalog.entries[entry.id] = entry
                return []
            }
            // The user stopped it while it was being created: keep showing it stopped, and stop it on Toggl.
            var stopped = entry
            stopped.stop = local.stop
            stopped.duration = local.duration
            state.catalog.entries[entry.id] = stopped
            state.pendingWrites[entry.id] = .some(entry)
            return [.stopEntry(id: entry.id, workspaceID: entry.workspaceID)]
        }
    }

    static func entryUpdated(_ state: inout AppState, id: Int64, _ result: Result<TimeEntry, AppError>) -> [AppEffect] {
        guard let original = state.pendingWrites.removeValue(forKey: id) else { return [] }
        switch result {
        case .success(let entry):
            if state.catalog.entries[id] != nil { state.catalog.entries[id] = entry }
        case .failure(let error):
            if let original { state.catalog.entries[id] = original }
            fail(&state, "Not saved: \(error.message)")
        }
        return []
    }

    static func entryDeleted(_ state: inout AppState, id: Int64, _ result: Result<Bool, AppError>) -> [AppEffect] {
        guard let original = state.pendingWrites.removeValue(forKey: id) else { return [] }
        if case .failure(let error) = result, error.kind != .notFound {
            if let original { state.catalog.entries[id] = original }
            fail(&state, "Not deleted: \(error.message)")
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
