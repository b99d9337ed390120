import Foundation
import TogglModels
import TrackerCore

/// The status line: the latest message (else a refused entry's hint, else the reminder due) on
/// the left; sync state and what is left of each
/// hourly quota on the right, on the status bar's background (only warnings and errors stand out).
enum StatusBarView {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        var level: StatusLine.Level
        switch state.status?.level ?? .info {
        case .info: level = .info
        case .success: level = .success
        case .warning: level = .warning
        case .error: level = .error
        }
        var message = state.status?.text ?? ""
        if state.status == nil, let failure = failureHint(state) {
            message = failure
            level = .error
        } else if state.status == nil, let reminder = state.reminder {
            // "Not tracking for 17m." while nothing runs in work hours, until something does.
            message = reminder.text
            level = .warning
        }
        StatusLine(message: message, level: level, segments: waitingSegment(state) + quotaSegments(state) + [syncSegment(state)])
            .draw(in: rect, on: &buffer)
    }

    /// `Not saved: <Toggl's reason> — e edit and retry · d discard` while a refused entry is selected.
    static func failureHint(_ state: AppState) -> String? {
        guard let failure = state.selectedFailure else { return nil }
        let what = failure.kind == .delete ? "Not deleted: " : "Not saved: "
        let keys = [(AppAction.edit, "edit and retry"), (.delete, "discard")].compactMap { action, words in
            PaneView.key(for: action, in: state).map { "\($0) \(words)" }
        }
        return what + failure.message + (keys.isEmpty ? "" : " — " + keys.joined(separator: " · "))
    }

    /// `3 unsent` while writes wait in the journal for Toggl.
    static func waitingSegment(_ state: AppState) -> [[Span]] {
        state.waitingWrites > 0 ? [[Span("\(state.waitingWrites) unsent", role: .warning)]] : []
    }

    static func syncSegment(_ state: AppState) -> [Span] {
        switch state.sync {
        case .starting: return [Span("connecting…", role: .statusBar)]
        case .syncing: return [Span("syncing…", role: .statusBar)]
        case .synced(let date): return [Span("synced " + state.timeFormat.time(date, in: state.timeZone), role: .statusBar)]
        case .failed(let error):
            return [Span(error.kind == .offline ? "offline" : "sync failed", role: .warning)]
        }
    }

    /// `me 27 left` and one per organization, named by one of its workspaces; a used-up bucket
    /// says when it resets.
    static func quotaSegments(_ state: AppState) -> [[Span]] {
        state.quota.map { gauge in
            let name: String
            switch gauge.scope {
            case .user: name = "me"
            case .organization(let id):
                name = state.catalog.workspaces.values.filter { $0.organizationID == id }.map(\.name).min() ?? "org"
            case .workspace(let id):
                name = state.catalog.workspaces[id]?.name ?? "workspace"
            }
            let short = TextLayout.truncate(name, to: 12)
            if gauge.remaining <= 0 {
                let minutes = max(1, DurationLimit.wholeSeconds(gauge.resetsAt.timeIntervalSince(state.now) / 60 + 0.99))
                return [Span("\(short) 0 left, resets in \(minutes) min", role: .error)]
            }
            return [Span(short + " ", role: .statusBar), Span("\(gauge.remaining)", role: gauge.remaining <= 5 ? .warning : .statusBar), Span(" left", role: .statusBar)]
        }
    }
}
