import TogglModels
import TrackerCore
import TrackerStore

extension JournalOperation {
    /// The journal's record of a write effect; nil for effects that are not writes.
    init?(_ effect: AppEffect) {
        switch effect {
        case .startEntry(let localID, let workspace, let payload):
            self = .startEntry(workspaceID: workspace, localID: localID, payload: payload)
        case .createEntry(let localID, let workspace, let payload):
            self = .createEntry(workspaceID: workspace, localID: localID, payload: payload)
        case .updateEntry(let id, let workspace, let payload, _):
            self = .updateEntry(workspaceID: workspace, id: id, payload: payload)
        case .stopEntry(let id, let workspace, let at, _):
            self = .stopEntry(workspaceID: workspace, id: id, stop: at)
        case .deleteEntry(let id, let workspace, _):
            self = .deleteEntry(workspaceID: workspace, id: id)
        case .createClient(let localID, let workspace, let payload):
            self = .createClient(workspaceID: workspace, localID: localID, payload: payload)
        case .createProject(let localID, let workspace, let payload):
            self = .createProject(workspaceID: workspace, localID: localID, payload: payload)
        case .loadBootstrap, .fetchEntries, .fetchReportedEntries, .fetchChangedEntries, .loadStoredEntries, .discardFailed, .quit, .remind:
            return nil
        }
    }
}

extension AppEffect {
    /// The app's effect for a journaled entry write (ids through `resolve`: Toggl's where a
    /// create was answered); nil for other records.
    init?(entryWrite operation: JournalOperation, resolve: (Int64) -> Int64) {
        switch operation {
        case .startEntry(let workspace, let localID, let payload):
            self = .startEntry(localID: localID, workspaceID: workspace, payload)
        case .createEntry(let workspace, let localID, let payload):
            self = .createEntry(localID: localID, workspaceID: workspace, payload)
        case .updateEntry(let workspace, let id, let payload):
            self = .updateEntry(id: resolve(id), workspaceID: workspace, payload)
        case .stopEntry(let workspace, let id, let stop):
            self = .stopEntry(id: resolve(id), workspaceID: workspace, at: stop)
        case .deleteEntry(let workspace, let id):
            self = .deleteEntry(id: resolve(id), workspaceID: workspace)
        default:
            return nil
        }
    }
}
