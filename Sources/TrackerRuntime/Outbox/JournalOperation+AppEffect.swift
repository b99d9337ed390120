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
        case .loadBootstrap, .fetchEntries, .fetchChangedEntries, .loadStoredEntries, .discardFailed, .quit:
            return nil
        }
    }
}
