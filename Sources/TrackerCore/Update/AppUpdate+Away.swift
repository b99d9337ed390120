#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    /// The user was away from `from` to `until`: with a timer running through it and at least
    /// `away_after` away, ask what to do with the away time. A sleep counts only when the timer
    /// ran since before it began (a timer started meanwhile was started elsewhere, by someone
    /// awake); idle time is clipped to the timer's start.
    static func away(_ state: inout AppState, from: Date, until: Date, cause: AwayDialog.Cause) -> [AppEffect] {
        let limit = state.settings.awayAfterMinutes * 60
        guard limit > 0, let running = state.runningEntry else { return [] }
        var from = from
        switch cause {
        case .sleep:
            guard running.start < from else { return [] }
        case .idle:
            from = max(from, running.start)
        }
        guard until.timeIntervalSince(from) >= limit else { return [] }
        var dialog = AwayDialog(entryID: running.id, from: from, until: until)
        // A second sleep before the first was answered: one stretch, from the first to the last.
        let earlier: AwayDialog?
        if case .away(let open)? = state.overlay { earlier = open } else { earlier = state.pendingAway }
        if let earlier, earlier.entryID == running.id {
            dialog = AwayDialog(entryID: running.id, from: min(earlier.from, from), until: max(earlier.until, until))
        }
        switch state.overlay {
        case nil, .away?:
            state.overlay = .away(dialog)
            state.pendingAway = nil
        default:
            // The user is in another dialog: asked once it closes (see ``askAboutPendingAway(_:)``).
            state.pendingAway = dialog
        }
        return []
    }

    /// Opens the away dialog kept while another one was open, once nothing is open.
    static func askAboutPendingAway(_ state: inout AppState) {
        guard state.overlay == nil, let pending = state.pendingAway else { return }
        state.pendingAway = nil
        guard state.catalog.entries[pending.entryID]?.isRunning == true else { return }
        state.overlay = .away(pending)
    }

    /// Carries out the user's choice for the away time.
    static func answer(_ state: inout AppState, _ dialog: AwayDialog, _ choice: AwayDialog.Choice) -> [AppEffect] {
        state.overlay = nil
        guard choice != .keep else { return [] }
        guard let running = state.catalog.entries[dialog.entryID], running.isRunning else {
            inform(&state, "That timer is no longer running.")
            return []
        }
        let zone = state.timeZone
        let format = state.timeFormat
        let name = label(of: running, in: state)
        // Ended by an update of its stop: a stop write just before a start is sent as the start
        // alone, and Toggl would stop the timer at its own now instead of when the user left.
        var stopped = running
        stopped.stop = dialog.from
        stopped.duration = DurationLimit.wholeSeconds(dialog.from.timeIntervalSince(running.start))
        var effects = saveLocally(&state, original: running, updated: stopped)
        remember(&state, .stopped(entryID: running.id), label: name)
        inform(&state, "Stopped \(name) at \(format.time(dialog.from, in: zone))", level: .success)
        switch choice {
        case .keep, .stop:
            break
        case .stopAndContinue:
            effects += continueEntry(&state, state.catalog.entries[running.id] ?? stopped)
        case .stopAndStartOther:
            openStartEditor(&state)
        case .giveAway:
            effects += continueEntry(&state, state.catalog.entries[running.id] ?? stopped)
            let gap = DateInterval(start: dialog.from, end: max(dialog.from, dialog.until))
            var editor = EntryEditor(
                mode: .add, workspaceID: running.workspaceID, day: LocalDay.containing(gap.start, in: zone), projectID: nil,
                start: format.time(gap.start, in: zone), stop: format.time(gap.end, in: zone))
            editor.filled = gap
            state.overlay = .editor(editor)
        }
        return effects
    }
}
