#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    // MARK: Starting, stopping, continuing

    /// Starts a timer now: shown at once under a local id, sent as one create. A running timer
    /// is stopped first, by its own write, so the stop keeps this moment even if it is sent later.
    static func startEntry(
        _ state: inout AppState, workspaceID: Int64, description: String?, projectID: Int64?, taskID: Int64? = nil,
        tags: [String] = [], billable: Bool = false, start: Date? = nil
    ) -> [AppEffect] {
        let startDate = start ?? state.now
        let stoppedID = state.runningEntry?.id
        let stop = stopLocally(&state)
        let localID = state.makeLocalID()
        let text = description.flatMap { $0.isEmpty ? nil : $0 }
        let entry = TimeEntry(
            id: localID, workspaceID: workspaceID, projectID: projectID, taskID: taskID, userID: state.profile?.userID ?? 0,
            billable: billable, start: startDate, duration: -1, description: text, tags: tags)
        state.catalog.entries[localID] = entry
        markPending(&state, localID, original: nil)
        let payload = createPayload(entry)
        state.day = LocalDay.containing(startDate, in: state.timeZone)
        state.selection[.entries] = localID
        let name = label(of: state.catalog.entries[localID], in: state)
        remember(&state, .started(entryID: localID, stoppedID: stoppedID), label: name)
        inform(&state, "Started " + name, level: .success)
        return stop + [.startEntry(localID: localID, workspaceID: workspaceID, payload)]
    }

    /// Starts a new timer like an earlier entry: same description, project, task, tags, billable
    /// (where the workspace still allows billable entries).
    static func continueEntry(_ state: inout AppState, _ entry: TimeEntry) -> [AppEffect] {
        if entry.isRunning {
            inform(&state, "That entry is already running.")
            return []
        }
        return startEntry(&state, workspaceID: entry.workspaceID, description: entry.description, projectID: entry.projectID,
                          taskID: entry.taskID, tags: entry.tags,
                          billable: entry.billable && state.allowsBillable(inWorkspace: entry.workspaceID))
    }

    /// Stops the running timer.
    static func stopRunning(_ state: inout AppState) -> [AppEffect] {
        guard let running = state.runningEntry else {
            inform(&state, "No timer is running.")
            return []
        }
        let effects = stopLocally(&state)
        let name = label(of: state.catalog.entries[running.id], in: state)
        remember(&state, .stopped(entryID: running.id), label: name)
        inform(&state, "Stopped " + name, level: .success)
        return effects
    }

    /// Shows the running entry stopped now and returns the write that stops it on Toggl (none
    /// when nothing runs).
    static func stopLocally(_ state: inout AppState) -> [AppEffect] {
        guard var running = state.runningEntry else { return [] }
        markPending(&state, running.id, original: running)
        let stop = max(state.now, running.start)
        running.stop = stop
        running.duration = max(0, Int(state.now.timeIntervalSince(running.start)))
        state.catalog.entries[running.id] = running
        return [.stopEntry(id: running.id, workspaceID: running.workspaceID, at: stop, baseAt: running.at)]
    }

    /// Notes one more write on entry `id` whose answer is due; `original` is how it was before
    /// the first of them.
    static func markPending(_ state: inout AppState, _ id: Int64, original: TimeEntry?) {
        if state.pendingWrites[id] != nil {
            state.pendingWrites[id]?.count += 1
        } else {
            state.pendingWrites[id] = PendingWrite(original: original)
        }
    }

    /// A short description of an entry for messages: its description or project.
    static func label(of entry: TimeEntry?, in state: AppState) -> String {
        guard let entry else { return "" }
        if let text = entry.description, !text.isEmpty { return "“\(text)”" }
        if let name = entry.projectID.flatMap({ state.catalog.projects[$0]?.name }) { return name }
        return "an entry without description"
    }

    // MARK: Opening the editor

    static func openStartEditor(_ state: inout AppState) {
        guard let workspaceID = state.workspaceID else { return }
        let projectID = state.focus == .projects ? state.selectedID(in: .projects) : nil
        var editor = EntryEditor(mode: .start, workspaceID: workspaceID, day: state.today, projectID: projectID)
        editor.billable = state.billableDefault(forProject: projectID)
        state.overlay = .editor(editor)
    }

    static func openAddEditor(_ state: inout AppState) {
        guard let workspaceID = state.workspaceID else { return }
        let zone = state.timeZone
        let format = state.timeFormat
        let stop: Date
        let start: Date
        if state.day == state.today {
            stop = state.now
            // All the day's entries, whatever the filter hides: the new one starts after them.
            let (dayStart, dayEnd) = (state.day.start(in: zone), state.day.end(in: zone))
            let lastStop = state.catalog.entries.values
                .filter { $0.workspaceID == workspaceID && $0.start >= dayStart && $0.start < dayEnd }
                .compactMap(\.stop).max()
            start = min(lastStop ?? state.now.addingTimeInterval(-3600), state.now)
        } else {
            start = state.day.start(in: zone).addingTimeInterval(9 * 3600)
            stop = start.addingTimeInterval(3600)
        }
        let projectID = state.focus == .projects ? state.selectedID(in: .projects) : nil
        state.overlay = .editor(EntryEditor(
            mode: .add, workspaceID: workspaceID, day: state.day, projectID: projectID,
            billable: state.billableDefault(forProject: projectID),
            start: format.time(start, in: zone), stop: format.time(stop, in: zone)))
    }

    static func openEditEditor(_ state: inout AppState) {
        let entry: TimeEntry?
        if state.focus == .entries, state.entriesMode == .day {
            entry = state.selectedID(in: .entries).flatMap { state.catalog.entries[$0] }
        } else {
            entry = state.runningEntry
        }
        guard let entry else {
            inform(&state, state.focus == .entries ? "No entry selected." : "No timer is running: select an entry to edit.")
            return
        }
        openEditEditor(&state, entry)
    }

    /// Opens the editor on `entry`.
    static func openEditEditor(_ state: inout AppState, _ entry: TimeEntry) {
        let zone = state.timeZone
        let format = state.timeFormat
        let day = LocalDay.containing(entry.start, in: zone)
        state.overlay = .editor(EntryEditor(
            mode: .edit(entryID: entry.id), workspaceID: entry.workspaceID, day: day, description: entry.description ?? "",
            projectID: entry.projectID, taskID: entry.taskID, tags: entry.tags, billable: entry.billable,
            start: format.time(entry.start, in: zone), stop: entry.stop.map { format.time($0, in: zone) } ?? "",
            isRunning: entry.isRunning))
    }

    // MARK: Deleting

    static func askToDelete(_ state: inout AppState) {
        guard state.focus == .entries, state.entriesMode == .day,
              let id = state.selectedID(in: .entries), let entry = state.catalog.entries[id] else {
            inform(&state, "Select an entry in the time entries pane to delete it.")
            return
        }
        askToDelete(&state, entry)
    }

    /// Asks whether to delete `entry` (or discard its refused change).
    static func askToDelete(_ state: inout AppState, _ entry: TimeEntry) {
        let id = entry.id
        if let failed = state.failedWrites[id] {
            let outcome = failed.original == nil && id < 0 ? "will be removed: Toggl never had it." : "goes back to Toggl's version."
            state.overlay = .confirm(ConfirmDialog(
                title: "Discard this change?", message: "\(label(of: entry, in: state)) \(outcome)", action: .discardFailed(id: id)))
            return
        }
        let duration = TimeFormat.duration(state.seconds(of: entry))
        state.overlay = .confirm(ConfirmDialog(
            title: "Delete entry?", message: "\(label(of: entry, in: state)) (\(duration)) will be deleted from Toggl.",
            action: .deleteEntry(id: id)))
    }

    static func confirm(_ state: inout AppState, _ action: ConfirmDialog.Action) -> [AppEffect] {
        switch action {
        case .deleteEntry(let id):
            guard let entry = state.catalog.entries[id] else { return [] }
            let name = label(of: entry, in: state)
            remember(&state, .deleted(entry), label: name)
            inform(&state, "Deleted " + name, level: .success)
            return deleteLocally(&state, entry)
        case .discardFailed(let id):
            return discardFailure(&state, id)
        case .joinEntries(let firstID, let nextID):
            return joinEntries(&state, firstID: firstID, nextID: nextID)
        }
    }

    /// Removes an entry from the screen at once and returns the write that deletes it on Toggl.
    static func deleteLocally(_ state: inout AppState, _ entry: TimeEntry) -> [AppEffect] {
        markPending(&state, entry.id, original: entry)
        state.catalog.entries[entry.id] = nil
        return [.deleteEntry(id: entry.id, workspaceID: entry.workspaceID, baseAt: entry.at)]
    }

    // MARK: New clients and projects

    static func openNewPrompt(_ state: inout AppState) {
        guard let workspaceID = state.workspaceID else { return }
        switch state.focus {
        case .clients:
            state.overlay = .prompt(TextPrompt(purpose: .newClient(workspaceID: workspaceID)))
        case .projects:
            if let clientID = state.clientFilter, clientID < 0 {
                // Toggl cannot file a project under a client it has not confirmed yet.
                inform(&state, "The client is still being created; try again in a moment.")
                return
            }
            state.overlay = .prompt(TextPrompt(purpose: .newProject(workspaceID: workspaceID, clientID: state.clientFilter)))
        default:
            inform(&state, "Focus the clients or projects pane to create one.")
        }
    }

    /// The colours Toggl offers for projects; new projects take the next in turn.
    static let projectPalette = ["#0b83d9", "#9e5bd9", "#d94182", "#e36a00", "#bf7000", "#2da608", "#06a893",
                                 "#c9806b", "#465bb3", "#990099", "#c7af14", "#566614", "#d92b2b", "#525266"]

    static func submit(_ state: inout AppState, _ prompt: TextPrompt) -> [AppEffect] {
        if case .splitEntry(let entryID, let day) = prompt.purpose {
            return splitEntry(&state, prompt, entryID: entryID, day: day)
        }
        let name = TextBasics.trimmingSpaces(prompt.editor.text)
        guard !name.isEmpty else {
            state.overlay = nil
            return []
        }
        state.overlay = nil
        let localID = state.makeLocalID()
        switch prompt.purpose {
        case .newClient(let workspaceID):
            state.catalog.clients[localID] = Client(id: localID, workspaceID: workspaceID, name: name)
            state.selection[.clients] = localID
            return [.createClient(localID: localID, workspaceID: workspaceID, ClientPayload(name: name))]
        case .splitEntry:
            return []
        case .newProject(let workspaceID, let clientID):
            let count = state.catalog.projects.values.filter { $0.workspaceID == workspaceID }.count
            let color = projectPalette[count % projectPalette.count]
            state.catalog.projects[localID] = Project(id: localID, workspaceID: workspaceID, clientID: clientID, name: name, color: color)
            state.selection[.projects] = localID
            return [.createProject(localID: localID, workspaceID: workspaceID,
                                   ProjectPayload(name: name, clientID: clientID.map { .set($0) }, color: color, active: true))]
        }
    }
}
