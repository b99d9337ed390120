#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    /// Routes a key: Ctrl-C quits from anywhere; an open overlay or filter takes keys first;
    /// otherwise the keymap decides.
    static func handleKey(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        if key == .ctrl("c") {
            state.isQuitting = true
            return [.quit]
        }
        if state.status?.level == .error { state.status = nil }
        if let overlay = state.overlay {
            return handleOverlayKey(&state, overlay, key)
        }
        if state.filterEditor != nil {
            return handleFilterKey(&state, key)
        }
        if key.key == .escape, state.entriesMode == .timeline {
            // Esc backs out of the timeline to the list.
            openTimeline(&state)
            return []
        }
        if key.key == .escape {
            if state.filters[state.focus] != nil {
                state.filters[state.focus] = nil
            } else if state.clientFilter != nil, state.focus == .projects || state.focus == .clients {
                state.clientFilter = nil
            }
            return []
        }
        if state.entriesMode == .timeline, let command = TimelineCommand.command(for: key) {
            return perform(command, &state)
        }
        guard let action = state.settings.keymap.action(for: key) else { return [] }
        return perform(action, &state)
    }

    /// Typing a `/` filter: edits apply live; Enter keeps the filter, Esc drops it.
    static func handleFilterKey(_ state: inout AppState, _ key: KeyEvent) -> [AppEffect] {
        guard var editor = state.filterEditor else { return [] }
        switch key.key {
        case .escape:
            state.filterEditor = nil
            state.filters[state.focus] = nil
        case .enter:
            state.filterEditor = nil
            state.filters[state.focus] = editor.text.isEmpty ? nil : editor.text
        case .up, .down:
            state.filters[state.focus] = editor.text.isEmpty ? nil : editor.text
            state.filterEditor = nil
            return perform(key.key == .up ? .moveUp : .moveDown, &state)
        default:
            editor.handle(key)
            state.filterEditor = editor
            state.selection[state.focus] = nil
        }
        return []
    }

    static func handleOverlayKey(_ state: inout AppState, _ overlay: Overlay, _ key: KeyEvent) -> [AppEffect] {
        switch overlay {
        case .help:
            if key.key == .escape || key == .character("?") || key == .character("q") { state.overlay = nil }
            return []
        case .confirm(let dialog):
            switch key.key {
            case .character("y"), .character("Y"), .enter:
                state.overlay = nil
                return confirm(&state, dialog.action)
            case .character("n"), .character("N"), .escape:
                state.overlay = nil
            default:
                break
            }
            return []
        case .prompt(var prompt):
            switch key.key {
            case .escape:
                state.overlay = nil
                return []
            case .enter:
                return submit(&state, prompt)
            default:
                prompt.editor.handle(key)
                state.overlay = .prompt(prompt)
                return []
            }
        case .editor(let editor):
            return handleEditorKey(&state, editor, key)
        case .away(let dialog):
            if key.key == .escape { return answer(&state, dialog, .keep) }
            guard case .character(let character) = key.key, let choice = AwayDialog.Choice(rawValue: character) else { return [] }
            return answer(&state, dialog, choice)
        }
    }

    // MARK: Actions

    /// Carries out a keymap action in the main view.
    static func perform(_ action: AppAction, _ state: inout AppState) -> [AppEffect] {
        if state.entriesMode == .timeline, let effects = performInTimeline(action, &state) { return effects }
        switch action {
        case .quit:
            state.isQuitting = true
            return [.quit]
        case .help:
            state.overlay = .help
        case .sync:
            return beginSync(&state)
        case .undo:
            return undo(&state)
        case .nextPane:
            state.focus = state.focus.next
        case .previousPane:
            state.focus = state.focus.previous
        case .focusWorkspaces: state.focus = .workspaces
        case .focusClients: state.focus = .clients
        case .focusProjects: state.focus = .projects
        case .focusTimer: state.focus = .timer
        case .focusEntries: state.focus = .entries
        case .moveUp: moveSelection(&state, by: -1)
        case .moveDown: moveSelection(&state, by: 1)
        case .moveTop: moveSelection(&state, to: 0)
        case .moveBottom: moveSelection(&state, to: Int.max)
        case .pageUp: moveSelection(&state, by: -pageSize(state))
        case .pageDown: moveSelection(&state, by: pageSize(state))
        case .activate:
            return activate(&state)
        case .start:
            openStartEditor(&state)
        case .stop:
            return stopRunning(&state)
        case .continueEntry:
            let entry = state.focus == .entries ? state.selectedID(in: .entries).flatMap { state.catalog.entries[$0] } : latestEntry(state)
            guard let entry else {
                inform(&state, "No entry to continue.")
                return []
            }
            return continueEntry(&state, entry)
        case .addEntry:
            openAddEditor(&state)
        case .edit:
            openEditEditor(&state)
        case .delete:
            askToDelete(&state)
        case .new:
            openNewPrompt(&state)
        case .filter:
            guard state.focus.isList else { return [] }
            state.filterEditor = LineEditor(state.filters[state.focus] ?? "")
        case .previousDay: return showDay(&state, state.day.adding(days: -1))
        case .nextDay: return showDay(&state, state.day.adding(days: 1))
        case .previousWeek: return showDay(&state, state.day.adding(days: -7))
        case .nextWeek: return showDay(&state, state.day.adding(days: 7))
        case .today: return showDay(&state, state.today)
        case .toggleSummary:
            state.entriesMode = state.entriesMode == .weekSummary ? .day : .weekSummary
            state.focus = .entries
        case .timeline:
            openTimeline(&state)
        }
        return []
    }

    /// Enter: switch workspace, narrow to a client, start on a project, continue an entry.
    static func activate(_ state: inout AppState) -> [AppEffect] {
        switch state.focus {
        case .workspaces:
            guard let id = state.selectedID(in: .workspaces), id != state.workspaceID else { return [] }
            switchWorkspace(&state, to: id)
        case .clients:
            guard let id = state.selectedID(in: .clients) else { return [] }
            state.clientFilter = id == 0 ? nil : id
            state.selection[.projects] = nil
            state.focus = .projects
        case .projects:
            guard let id = state.selectedID(in: .projects), let workspaceID = state.workspaceID else { return [] }
            guard id > 0 else {
                inform(&state, "The project is still being created; try again in a moment.")
                return []
            }
            return startEntry(&state, workspaceID: workspaceID, description: nil, projectID: id,
                              billable: state.billableDefault(forProject: id))
        case .timer:
            if state.runningEntry != nil { openEditEditor(&state) } else { openStartEditor(&state) }
        case .entries:
            guard state.entriesMode == .day, let id = state.selectedID(in: .entries), let entry = state.catalog.entries[id] else { return [] }
            return continueEntry(&state, entry)
        }
        return []
    }

    static func switchWorkspace(_ state: inout AppState, to id: Int64) {
        state.workspaceID = id
        state.clientFilter = nil
        state.selection[.workspaces] = id
        state.selection[.clients] = nil
        state.selection[.projects] = nil
        state.selection[.entries] = nil
        inform(&state, "Workspace: \(state.catalog.workspaces[id]?.name ?? "\(id)")")
    }

    static func showDay(_ state: inout AppState, _ day: LocalDay) -> [AppEffect] {
        state.day = day
        state.selection[.entries] = nil
        state.timelineCursor = nil
        return fetchIfNeeded(&state)
    }

    // MARK: Selection

    static func pageSize(_ state: AppState) -> Int { max(1, state.screenRows - 10) }

    static func moveSelection(_ state: inout AppState, by delta: Int) {
        guard let index = state.selectedIndex(in: state.focus) else { return }
        moveSelection(&state, to: max(0, index + delta))
    }

    static func moveSelection(_ state: inout AppState, to target: Int) {
        let ids = state.rowIDs(in: state.focus)
        guard !ids.isEmpty else { return }
        state.selection[state.focus] = ids[min(ids.count - 1, max(0, target))]
    }

    /// The newest entry of the workspace that is not running (what `c` continues outside the list).
    static func latestEntry(_ state: AppState) -> TimeEntry? {
        state.catalog.entries.values
            .filter { $0.workspaceID == state.workspaceID && !$0.isRunning }
            .max { $0.start < $1.start }
    }
}
