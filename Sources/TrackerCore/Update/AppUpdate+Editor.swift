#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    /// Keys in the entry editor: fields edit like shell lines, Tab moves between fields,
    /// Enter opens a picker on the project/task/tags fields and submits elsewhere, Ctrl-S
    /// submits from anywhere — with a picker open, keeping what it was told (the tags chosen
    /// with Space; a project or task only once chosen) — Esc discards.
    static func handleEditorKey(_ state: inout AppState, _ editor: EntryEditor, _ key: KeyEvent) -> [AppEffect] {
        var editor = editor
        if let picker = editor.picker, key == .ctrl("s") {
            if picker.kind == .tags { editor.tags = picker.chosenTags }
            editor.picker = nil
            return submit(&state, editor)
        }
        if editor.picker != nil {
            handlePickerKey(&state, &editor, key)
            state.overlay = .editor(editor)
            return []
        }
        if key == .ctrl("s") { return submit(&state, editor) }
        let suggestions = editor.focus == .description ? state.descriptionSuggestions(for: editor.description.text) : []
        switch key.key {
        case .escape:
            if editor.suggestion != nil {
                editor.suggestion = nil
            } else {
                state.overlay = nil
                return []
            }
        case .tab:
            editor.focus = neighbour(of: editor.focus, in: editor.fields, step: 1)
            editor.suggestion = nil
        case .backTab:
            editor.focus = neighbour(of: editor.focus, in: editor.fields, step: -1)
            editor.suggestion = nil
        case .down where !suggestions.isEmpty:
            editor.suggestion = min(suggestions.count - 1, (editor.suggestion ?? -1) + 1)
        case .up where editor.suggestion != nil:
            editor.suggestion = (editor.suggestion ?? 0) > 0 ? (editor.suggestion ?? 0) - 1 : nil
        case .down:
            editor.focus = neighbour(of: editor.focus, in: editor.fields, step: 1)
        case .up:
            editor.focus = neighbour(of: editor.focus, in: editor.fields, step: -1)
        case .enter:
            if let index = editor.suggestion, suggestions.indices.contains(index) {
                accept(suggestions[index], into: &editor)
            } else if [.project, .task, .tags].contains(editor.focus) {
                openPicker(&editor, for: editor.focus)
            } else if editor.focus == .billable {
                editor.billable.toggle()
            } else {
                return submit(&state, editor)
            }
        default:
            editField(&editor, key)
        }
        state.overlay = .editor(editor)
        return []
    }

    /// Typing into the focused field; on a picker field, typing opens the picker with the text.
    static func editField(_ editor: inout EntryEditor, _ key: KeyEvent) {
        switch editor.focus {
        case .description:
            editor.description.handle(key)
            editor.suggestion = nil
            editor.problem = nil
        case .start:
            editor.start.handle(key)
            editor.problem = nil
        case .stop:
            editor.stop.handle(key)
            editor.problem = nil
        case .billable:
            if key == .character(" ") { editor.billable.toggle() }
        case .project, .task, .tags:
            if key == .character(" ") || key.key == .right {
                openPicker(&editor, for: editor.focus)
            } else if key.key == .backspace || key.key == .delete {
                switch editor.focus {
                case .project: editor.projectID = nil; editor.taskID = nil
                case .task: editor.taskID = nil
                default: editor.tags = []
                }
            } else if case .character = key.key, key.modifiers.isEmpty {
                openPicker(&editor, for: editor.focus)
                editor.picker?.query.handle(key)
            }
        }
    }

    static func neighbour(of field: EntryEditor.Field, in fields: [EntryEditor.Field], step: Int) -> EntryEditor.Field {
        guard let index = fields.firstIndex(of: field) else { return fields.first ?? .description }
        return fields[(index + step + fields.count) % fields.count]
    }

    /// Fills the editor from a past entry chosen among the description suggestions.
    static func accept(_ entry: TimeEntry, into editor: inout EntryEditor) {
        editor.description.setText(entry.description ?? "")
        editor.projectID = entry.projectID
        editor.taskID = entry.taskID
        editor.tags = entry.tags
        editor.billable = entry.billable
        editor.suggestion = nil
    }

    // MARK: Pickers

    static func openPicker(_ editor: inout EntryEditor, for field: EntryEditor.Field) {
        switch field {
        case .project: editor.picker = Picker(kind: .project)
        case .task:
            guard editor.projectID != nil else {
                editor.problem = "Pick a project first: tasks belong to projects."
                return
            }
            editor.picker = Picker(kind: .task)
        case .tags: editor.picker = Picker(kind: .tags, chosenTags: editor.tags)
        default: break
        }
    }

    static func handlePickerKey(_ state: inout AppState, _ editor: inout EntryEditor, _ key: KeyEvent) {
        guard var picker = editor.picker else { return }
        let candidates = state.pickerCandidates(for: picker, in: editor)
        switch key.key {
        case .escape:
            editor.picker = nil
            return
        case .up:
            picker.highlighted = max(0, picker.highlighted - 1)
        case .down:
            picker.highlighted = min(max(0, candidates.count - 1), picker.highlighted + 1)
        case .character(" ") where picker.kind == .tags && key.modifiers.isEmpty:
            if candidates.indices.contains(picker.highlighted) {
                toggle(candidates[picker.highlighted].value, in: &picker)
                picker.query.setText("")
                picker.highlighted = 0
            }
        case .enter:
            if picker.kind == .tags, picker.query.isEmpty, picker.highlighted == 0 {
                // Enter on the untouched list is "done": it keeps what Space chose and adds nothing.
                editor.tags = picker.chosenTags
                editor.picker = nil
            } else if candidates.indices.contains(picker.highlighted) {
                choose(candidates[picker.highlighted].value, picker: &picker, editor: &editor, state: state)
            } else if picker.kind == .tags {
                editor.tags = picker.chosenTags
                editor.picker = nil
            }
            return
        default:
            if key == .ctrl("n") {
                picker.highlighted = min(max(0, candidates.count - 1), picker.highlighted + 1)
            } else if key == .ctrl("p") {
                picker.highlighted = max(0, picker.highlighted - 1)
            } else {
                picker.query.handle(key)
                picker.highlighted = 0
            }
        }
        editor.picker = picker
    }

    static func toggle(_ value: PickerCandidate.Value, in picker: inout Picker) {
        switch value {
        case .tag(let name), .newTag(let name):
            if let index = picker.chosenTags.firstIndex(of: name) {
                picker.chosenTags.remove(at: index)
            } else {
                picker.chosenTags.append(name)
            }
        default:
            break
        }
    }

    static func choose(_ value: PickerCandidate.Value, picker: inout Picker, editor: inout EntryEditor, state: AppState) {
        switch value {
        case .none:
            if picker.kind == .project { editor.projectID = nil; editor.taskID = nil } else { editor.taskID = nil }
        case .project(let id):
            if editor.projectID != id { editor.taskID = nil }
            editor.projectID = id
            // New entries take the project's billable default; edits keep what the entry has.
            // (Not where the workspace's plan has no billable entries: Toggl would refuse the entry.)
            if editor.mode == .start || editor.mode == .add, state.catalog.projects[id]?.billable != nil {
                editor.billable = state.billableDefault(forProject: id)
            }
        case .task(let id):
            editor.taskID = id
        case .tag, .newTag:
            // Enter on a tag adds it (if not chosen yet) and closes the picker.
            var chosen = picker
            if case .tag(let name) = value, chosen.chosenTags.contains(name) {
                // already chosen: just confirm
            } else {
                toggle(value, in: &chosen)
            }
            editor.tags = chosen.chosenTags
        }
        editor.picker = nil
        editor.problem = nil
    }

    // MARK: Submitting

    static func submit(_ state: inout AppState, _ editor: EntryEditor) -> [AppEffect] {
        var editor = editor
        let description = TextBasics.trimmingSpaces(editor.description.text)
        let zone = state.timeZone
        if let projectID = editor.projectID, projectID < 0 {
            // Toggl does not know the project's local id; the editor gets the real one when it is confirmed.
            editor.problem = "The project is still being created; try again in a moment."
            state.overlay = .editor(editor)
            return []
        }
        switch editor.mode {
        case .start:
            state.overlay = nil
            return startEntry(&state, workspaceID: editor.workspaceID, description: description, projectID: editor.projectID,
                              taskID: editor.taskID, tags: editor.tags, billable: editor.billable)
        case .add:
            guard var (start, stop) = readTimes(&editor, zone: zone, needsStop: true), var stop else {
                state.overlay = .editor(editor)
                return []
            }
            // A gap's fill keeps the gap's exact instants while the fields still show them.
            if let filled = editor.filled {
                let format = state.timeFormat
                if editor.start.text == format.time(filled.start, in: zone), editor.day == LocalDay.containing(filled.start, in: zone) {
                    start = filled.start
                }
                if editor.stop.text == format.time(filled.end, in: zone), filled.end > start { stop = filled.end }
            }
            state.overlay = nil
            let duration = Int(stop.timeIntervalSince(start))
            let (localID, effects) = addLocally(&state, TimeEntry(
                id: 0, workspaceID: editor.workspaceID, projectID: editor.projectID, taskID: editor.taskID,
                billable: editor.billable, start: start, stop: stop, duration: duration,
                description: description.isEmpty ? nil : description, tags: editor.tags))
            remember(&state, .added(entryID: localID), label: label(of: state.catalog.entries[localID], in: state))
            inform(&state, "Added \(TimeFormat.duration(duration))", level: .success)
            // The entry's day is now shown: load its week if that was never done.
            return effects + fetchIfNeeded(&state)
        case .edit(let id):
            guard let original = state.catalog.entries[id] else {
                state.overlay = nil
                fail(&state, "That entry no longer exists.")
                return []
            }
            guard let (start, stop) = readTimes(&editor, zone: zone, needsStop: !original.isRunning) else {
                state.overlay = .editor(editor)
                return []
            }
            state.overlay = nil
            return applyEdit(&state, original: original, editor: editor, description: description, start: start, stop: stop)
        }
    }

    /// Reads the start and stop fields; on failure sets the editor's problem and returns nil.
    /// A stop before the start (and on no explicit date) is taken to be the next day.
    static func readTimes(_ editor: inout EntryEditor, zone: Zone, needsStop: Bool) -> (Date, Date?)? {
        guard let start = TimeInput.parseTime(editor.start.text, on: editor.day, in: zone) else {
            editor.problem = "Start time “\(editor.start.text)” is not a time (try 9:30, 14:05 or 2:10 PM)."
            editor.focus = .start
            return nil
        }
        guard needsStop else { return (start, nil) }
        guard var stop = TimeInput.parseTime(editor.stop.text, on: editor.day, in: zone) else {
            editor.problem = "Stop time “\(editor.stop.text)” is not a time (try 17:30 or 5:30 PM)."
            editor.focus = .stop
            return nil
        }
        if stop < start, TimeInput.parseClock(editor.stop.text) != nil {
            stop = stop.addingTimeInterval(86_400)
        }
        guard stop > start else {
            editor.problem = "The stop time must be after the start time."
            editor.focus = .stop
            return nil
        }
        return (start, stop)
    }

    /// Sends only what changed, shows it at once, and remembers the original to roll back. On
    /// a failed entry, saving sends it anew (``retryFailed(_:_:shown:updated:)``).
    static func applyEdit(_ state: inout AppState, original: TimeEntry, editor: EntryEditor, description: String, start: Date, stop: Date?) -> [AppEffect] {
        let updated = edited(original, editor: editor, description: description, start: start, stop: stop)
        if let failed = state.failedWrites[original.id] {
            return retryFailed(&state, failed, shown: original, updated: updated)
        }
        let effects = saveLocally(&state, original: original, updated: updated)
        guard !effects.isEmpty, let saved = state.catalog.entries[original.id] else {
            inform(&state, "No changes.")
            return []
        }
        let name = label(of: saved, in: state)
        remember(&state, .edited(entryID: original.id, before: original, after: saved), label: name)
        inform(&state, "Saved " + name, level: .success)
        return effects
    }

    /// Shows `updated` in place of `original` at once and returns the update that sends exactly
    /// the fields that differ (none when nothing does); the original is kept to roll back.
    static func saveLocally(_ state: inout AppState, original: TimeEntry, updated: TimeEntry) -> [AppEffect] {
        let payload = changes(from: original, to: updated)
        guard payload != TimeEntryPayload() else { return [] }
        markPending(&state, original.id, original: original)
        state.catalog.entries[original.id] = updated
        return [.updateEntry(id: original.id, workspaceID: original.workspaceID, payload, baseAt: original.at)]
    }

    /// `original` with the editor's fields. Times are compared at minute precision (the editor
    /// shows minutes): an unchanged minute keeps the original's seconds.
    static func edited(_ original: TimeEntry, editor: EntryEditor, description: String, start: Date, stop: Date?) -> TimeEntry {
        var updated = original
        updated.description = description.isEmpty ? nil : description
        if description.isEmpty, original.description?.isEmpty == true { updated.description = original.description }
        updated.projectID = editor.projectID
        updated.taskID = editor.taskID
        updated.tags = editor.tags
        updated.billable = editor.billable
        if Int(start.timeIntervalSince1970) / 60 != Int(original.start.timeIntervalSince1970) / 60 { updated.start = start }
        if let stop, let originalStop = original.stop, Int(stop.timeIntervalSince1970) / 60 != Int(originalStop.timeIntervalSince1970) / 60 {
            updated.stop = stop
        }
        if !updated.isRunning, let stop = updated.stop, updated.start != original.start || updated.stop != original.stop {
            updated.duration = Int(stop.timeIntervalSince(updated.start))
        }
        return updated
    }

    /// Shows a finished entry like `entry` (its id aside) at once under a new local id,
    /// selected on its day; returns that id and the write that creates it on Toggl.
    static func addLocally(_ state: inout AppState, _ entry: TimeEntry) -> (id: Int64, effects: [AppEffect]) {
        let added = TimeEntry(
            id: state.makeLocalID(), workspaceID: entry.workspaceID, projectID: entry.projectID, taskID: entry.taskID,
            userID: state.profile?.userID ?? entry.userID, billable: entry.billable, start: entry.start, stop: entry.stop,
            duration: entry.duration, description: entry.description, tags: entry.tags)
        state.catalog.entries[added.id] = added
        markPending(&state, added.id, original: nil)
        state.day = LocalDay.containing(added.start, in: state.timeZone)
        state.selection[.entries] = added.id
        if state.entriesMode == .timeline { state.timelineCursor = .entry(added.id) }
        return (added.id, [.createEntry(localID: added.id, workspaceID: added.workspaceID, createPayload(added))])
    }
}
