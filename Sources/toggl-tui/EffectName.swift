import TrackerCore

/// A short name for an effect in the log: what was asked, never its contents.
enum EffectName {
    static func of(_ effect: AppEffect) -> String {
        switch effect {
        case .loadBootstrap: return "load-bootstrap"
        case .fetchEntries(_, let window): return "fetch-entries \(window.start)…\(window.end)"
        case .fetchReportedEntries(_, let window, let workspaces, _, _):
            return "fetch-reported-entries \(window.start)…\(window.end) in \(workspaces.count) workspaces"
        case .fetchChangedEntries(_, let since): return "fetch-changed-entries since \(since)"
        case .loadStoredEntries(_, let window): return "load-stored-entries \(window.start)…\(window.end)"
        case .startEntry(let id, let workspace, _): return "start-entry local \(id) in \(workspace)"
        case .createEntry(let id, let workspace, _): return "create-entry local \(id) in \(workspace)"
        case .updateEntry(let id, let workspace, _, _): return "update-entry \(id) in \(workspace)"
        case .stopEntry(let id, let workspace, _, _): return "stop-entry \(id) in \(workspace)"
        case .deleteEntry(let id, let workspace, _): return "delete-entry \(id) in \(workspace)"
        case .discardFailed(let id): return "discard-failed \(id)"
        case .createClient(let id, let workspace, _): return "create-client local \(id) in \(workspace)"
        case .createProject(let id, let workspace, _): return "create-project local \(id) in \(workspace)"
        case .quit: return "quit"
        case .remind: return "remind"
        }
    }
}
