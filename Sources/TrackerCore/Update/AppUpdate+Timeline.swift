#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The timeline (`v`): the shown day as a picture with a cursor that visits entries, gaps and
/// overlaps in time order. A gap is filled through the add dialog, an overlap trimmed, an entry
/// split or joined with the next — each an ordinary journaled write, undoable with `u`.
extension AppUpdate {
    /// Switches the entries pane to the timeline (or back to the list), the cursor on the entry
    /// selected in the list when it is on the day.
    static func openTimeline(_ state: inout AppState) {
        state.focus = .entries
        state.filterEditor = nil
        if state.entriesMode == .timeline {
            state.entriesMode = .day
            if case .entry(let id) = state.timelineCursor { state.selection[.entries] = id }
            state.timelineCursor = nil
            return
        }
        state.entriesMode = .timeline
        let selected = state.selection[.entries]
        let onDay = selected.map { id in state.dayTimeline.blocks.contains { $0.entry.id == id } } ?? false
        state.timelineCursor = onDay ? selected.map(TimelineCursor.entry) : nil
    }

    /// Keymap actions while the timeline shows; nil when the action does what it does elsewhere.
    static func performInTimeline(_ action: AppAction, _ state: inout AppState) -> [AppEffect]? {
        switch action {
        case .moveUp: moveTimelineCursor(&state, by: -1)
        case .moveDown: moveTimelineCursor(&state, by: 1)
        case .pageUp, .moveTop: moveTimelineCursor(&state, by: -Int.max / 2)
        case .pageDown, .moveBottom: moveTimelineCursor(&state, by: Int.max / 2)
        case .nextPane, .previousPane, .focusWorkspaces, .focusClients, .focusProjects, .focusTimer, .filter:
            // The panes are behind the timeline: going to one shows the list again.
            openTimeline(&state)
            return nil
        case .focusEntries:
            state.focus = .entries
        case .activate:
            switch timelineItem(state) {
            case .stretch(let stretch) where stretch.kind == .gap: openGapFill(&state, stretch)
            case .stretch(let stretch): return trimOverlap(&state, stretch)
            case .entry(let block): return continueEntry(&state, block.entry)
            case nil: break
            }
        case .continueEntry, .edit, .delete:
            guard let entry = cursorEntry(&state) else { return [] }
            switch action {
            case .continueEntry: return continueEntry(&state, entry)
            case .edit: openEditEditor(&state, entry)
            default: askToDelete(&state, entry)
            }
        default:
            return nil
        }
        return []
    }

    /// The timeline's own keys (``TimelineCommand``).
    static func perform(_ command: TimelineCommand, _ state: inout AppState) -> [AppEffect] {
        switch command {
        case .earlier: moveTimelineCursor(&state, by: -1)
        case .later: moveTimelineCursor(&state, by: 1)
        case .split, .join:
            guard let entry = cursorEntry(&state) else { return [] }
            if command == .split { openSplitPrompt(&state, entry) } else { askToJoin(&state, entry) }
        case .fillGap:
            guard case .stretch(let stretch) = timelineItem(state), stretch.kind == .gap else {
                inform(&state, "Put the cursor on a gap (\(movementKeys(state))) to fill it.")
                return []
            }
            openGapFill(&state, stretch)
        case .trimOverlap:
            guard case .stretch(let stretch) = timelineItem(state), stretch.kind == .overlap else {
                inform(&state, "Put the cursor on an overlap (\(movementKeys(state))) to trim it.")
                return []
            }
            return trimOverlap(&state, stretch)
        }
        return []
    }

    /// The entry under the cursor; on a gap or an overlap, nil and a hint.
    static func cursorEntry(_ state: inout AppState) -> TimeEntry? {
        guard case .entry(let block) = timelineItem(state), let entry = state.catalog.entries[block.entry.id] else {
            inform(&state, "Put the cursor on an entry (\(movementKeys(state))).")
            return nil
        }
        return entry
    }

    /// The cursor's keys as hints spell them: `←/→`.
    static func movementKeys(_ state: AppState) -> String { "←/→" }

    /// What the timeline's cursor is on.
    static func timelineItem(_ state: AppState) -> DayTimeline.Item? {
        let timeline = state.dayTimeline
        return timeline.index(of: state.timelineCursor).map { timeline.items[$0] }
    }

    static func moveTimelineCursor(_ state: inout AppState, by delta: Int) {
        let timeline = state.dayTimeline
        guard let index = timeline.index(of: state.timelineCursor) else {
            inform(&state, "Nothing tracked on this day.")
            return
        }
        let target = min(timeline.items.count - 1, max(0, index + delta))
        state.timelineCursor = timeline.items[target].cursor
    }

    // MARK: Gaps

    /// Opens the add dialog over a gap: its start and end filled in (kept to the second while
    /// unchanged), the project of the entry before it (else after it) chosen, and both
    /// neighbours' projects first in the project picker.
    static func openGapFill(_ state: inout AppState, _ gap: DayGaps.Stretch) {
        let zone = state.timeZone
        let format = state.timeFormat
        var neighbours: [Int64] = []
        for id in [gap.before.projectID, gap.after.projectID].compactMap({ $0 }) where state.catalog.projects[id] != nil && !neighbours.contains(id) {
            neighbours.append(id)
        }
        let projectID = neighbours.first
        var editor = EntryEditor(
            mode: .add, workspaceID: gap.before.workspaceID, day: LocalDay.containing(gap.start, in: zone), projectID: projectID,
            billable: projectID.flatMap { state.catalog.projects[$0]?.billable } ?? false,
            start: format.time(gap.start, in: zone), stop: format.time(gap.end, in: zone))
        editor.filled = DateInterval(start: gap.start, end: gap.end)
        editor.offeredProjects = neighbours
        state.overlay = .editor(editor)
    }

    // MARK: Overlaps

    /// Trims the earlier entry of an overlap to end where the later starts: an update of its
    /// stop (a running one is stopped there).
    static func trimOverlap(_ state: inout AppState, _ overlap: DayGaps.Stretch) -> [AppEffect] {
        guard let earlier = state.catalog.entries[overlap.before.id], let later = state.catalog.entries[overlap.after.id] else { return [] }
        let zone = state.timeZone
        let format = state.timeFormat
        guard later.start > earlier.start else {
            inform(&state, "Both start at \(format.time(later.start, in: zone)): edit or delete one instead.")
            return []
        }
        let name = label(of: earlier, in: state)
        var trimmed = earlier
        trimmed.stop = later.start
        trimmed.duration = DurationLimit.wholeSeconds(later.start.timeIntervalSince(earlier.start))
        // An update of the stop, also for a running entry (a stop write sent together with a
        // start that follows is folded into it, and Toggl would stop the timer at its own now).
        let effects = saveLocally(&state, original: earlier, updated: trimmed)
        guard let saved = state.catalog.entries[earlier.id] else { return effects }
        // Undone, a running entry runs again; a finished one gets its old end back.
        remember(&state, earlier.isRunning ? .stopped(entryID: earlier.id) : .edited(entryID: earlier.id, before: earlier, after: saved),
                 label: name)
        state.timelineCursor = .entry(earlier.id)
        inform(&state, "Trimmed \(name) to end at \(format.time(later.start, in: zone))", level: .success)
        return effects
    }

    // MARK: Splitting

    /// Asks where to split a finished entry, offering its middle (to the minute).
    static func openSplitPrompt(_ state: inout AppState, _ entry: TimeEntry) {
        // A running entry is split between its start and now.
        guard let stop = entry.isRunning ? max(state.now, entry.start) : entry.stop else { return }
        let middle = entry.start.addingTimeInterval((stop.timeIntervalSince(entry.start) / 120).rounded(.down) * 60)
        let zone = state.timeZone
        state.overlay = .prompt(TextPrompt(purpose: .splitEntry(entryID: entry.id, day: state.day),
                                           text: state.timeFormat.time(middle, in: zone)))
    }

    /// Splits an entry at the prompt's time: it ends there (an update) and a copy with the same
    /// fields covers the rest (a create). A running entry ends there the same way, and the copy
    /// runs on from that moment (a start).
    static func splitEntry(_ state: inout AppState, _ prompt: TextPrompt, entryID: Int64, day: LocalDay) -> [AppEffect] {
        var prompt = prompt
        guard let entry = state.catalog.entries[entryID], let stop = entry.isRunning ? max(state.now, entry.start) : entry.stop else {
            state.overlay = nil
            fail(&state, "That entry no longer exists.")
            return []
        }
        let zone = state.timeZone
        let format = state.timeFormat
        guard let at = TimeInput.parseTime(prompt.editor.text, on: day, in: zone) else {
            prompt.problem = "“\(prompt.editor.text)” is not a time (try 12:30 or 2:10 PM)."
            state.overlay = .prompt(prompt)
            return []
        }
        guard at > entry.start, at < stop else {
            prompt.problem = "Pick a time after \(format.time(entry.start, in: zone)) and before \(entry.isRunning ? "now" : format.time(stop, in: zone))."
            state.overlay = .prompt(prompt)
            return []
        }
        state.overlay = nil
        var first = entry
        first.stop = at
        first.duration = DurationLimit.wholeSeconds(at.timeIntervalSince(entry.start))
        // An update (stop and duration), also for a running entry: a stop right before a start
        // is sent as the start alone, and Toggl would stop the old timer at its own now.
        var effects = saveLocally(&state, original: entry, updated: first)
        var rest = entry
        rest.start = at
        let addedID: Int64
        if entry.isRunning {
            addedID = state.makeLocalID()
            let running = TimeEntry(
                id: addedID, workspaceID: entry.workspaceID, projectID: entry.projectID, taskID: entry.taskID,
                userID: state.profile?.userID ?? entry.userID, billable: entry.billable, start: at, duration: -1,
                description: entry.description, tags: entry.tags)
            state.catalog.entries[addedID] = running
            markPending(&state, addedID, original: nil)
            state.selection[.entries] = addedID
            state.timelineCursor = .entry(addedID)
            effects.append(.startEntry(localID: addedID, workspaceID: entry.workspaceID, createPayload(running)))
        } else {
            rest.duration = DurationLimit.wholeSeconds(stop.timeIntervalSince(at))
            let added = addLocally(&state, rest)
            addedID = added.id
            effects += added.effects
        }
        let name = label(of: entry, in: state)
        remember(&state, .split(entryID: entry.id, before: entry, after: state.catalog.entries[entry.id] ?? first, addedID: addedID), label: name)
        inform(&state, "Split \(name) at \(format.time(at, in: zone))", level: .success)
        return effects
    }

    // MARK: Joining

    /// The entry after `entry` on the timeline (by start).
    static func nextEntry(after entry: TimeEntry, in state: AppState) -> TimeEntry? {
        let blocks = state.dayTimeline.blocks
        guard let index = blocks.firstIndex(where: { $0.entry.id == entry.id }), index + 1 < blocks.count else { return nil }
        return state.catalog.entries[blocks[index + 1].entry.id]
    }

    /// Asks before joining an entry with the next (the next is deleted).
    static func askToJoin(_ state: inout AppState, _ entry: TimeEntry) {
        guard let next = nextEntry(after: entry, in: state) else {
            inform(&state, "No entry after this one on the day to join with.")
            return
        }
        guard !entry.isRunning, !next.isRunning, let stop = entry.stop, let nextStop = next.stop else {
            inform(&state, "Stop the timer before joining its entry.")
            return
        }
        let end = state.timeFormat.time(max(stop, nextStop), in: state.timeZone)
        state.overlay = .confirm(ConfirmDialog(
            title: "Join entries?",
            message: "\(label(of: entry, in: state)) will end at \(end), and \(label(of: next, in: state)) (\(TimeFormat.duration(state.seconds(of: next)))) will be deleted from Toggl.",
            action: .joinEntries(firstID: entry.id, nextID: next.id)))
    }

    /// Extends the first entry to the next one's end (an update) and deletes the next (a delete).
    static func joinEntries(_ state: inout AppState, firstID: Int64, nextID: Int64) -> [AppEffect] {
        guard let first = state.catalog.entries[firstID], let next = state.catalog.entries[nextID],
              !first.isRunning, !next.isRunning, let stop = first.stop, let nextStop = next.stop else {
            fail(&state, "Those entries changed; nothing was joined.")
            return []
        }
        var joined = first
        joined.stop = max(stop, nextStop)
        joined.duration = DurationLimit.wholeSeconds(max(stop, nextStop).timeIntervalSince(first.start))
        var effects = saveLocally(&state, original: first, updated: joined)
        effects += deleteLocally(&state, next)
        let name = label(of: first, in: state)
        remember(&state, .joined(entryID: firstID, before: first, after: state.catalog.entries[firstID] ?? joined, deleted: next), label: name)
        state.timelineCursor = .entry(firstID)
        inform(&state, "Joined \(name) and \(label(of: next, in: state))", level: .success)
        return effects
    }
}
