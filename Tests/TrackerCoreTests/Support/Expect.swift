import Foundation
import Testing
import TogglModels
@testable import TrackerCore

extension AppState {
    /// Sends one message and checks the WHOLE new state — the old state changed by `change` —
    /// and the WHOLE effect list. On a mismatch the differing top-level fields are named.
    mutating func expect(
        _ message: AppMessage, _ effects: [AppEffect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout AppState) -> Void = { _ in }
    ) {
        var expected = self
        change(&expected)
        let actual = AppUpdate.update(&self, message)
        #expect(actual == effects, sourceLocation: sourceLocation)
        if self != expected {
            Issue.record("state differs: \(AppState.differences(self, expected).joined(separator: "; "))", sourceLocation: sourceLocation)
        }
    }

    /// `expect(.key(key), …)`.
    mutating func expect(
        key: KeyEvent, _ effects: [AppEffect] = [],
        sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout AppState) -> Void = { _ in }
    ) {
        expect(.key(key), effects, sourceLocation: sourceLocation, change)
    }

    /// The names (and values) of the top-level fields that differ, for failure messages.
    static func differences(_ actual: AppState, _ expected: AppState) -> [String] {
        var lines: [String] = []
        func note<T: Equatable>(_ name: String, _ a: T, _ b: T) {
            if a != b { lines.append("\(name): got \(a), expected \(b)") }
        }
        note("settings", actual.settings, expected.settings)
        note("profile", actual.profile, expected.profile)
        for id in Set(actual.catalog.entries.keys).union(expected.catalog.entries.keys) {
            note("entries[\(id)]", actual.catalog.entries[id], expected.catalog.entries[id])
        }
        for id in Set(actual.catalog.projects.keys).union(expected.catalog.projects.keys) {
            note("projects[\(id)]", actual.catalog.projects[id], expected.catalog.projects[id])
        }
        for id in Set(actual.catalog.clients.keys).union(expected.catalog.clients.keys) {
            note("clients[\(id)]", actual.catalog.clients[id], expected.catalog.clients[id])
        }
        note("workspaces", actual.catalog.workspaces, expected.catalog.workspaces)
        note("tasks", actual.catalog.tasks, expected.catalog.tasks)
        note("tags", actual.catalog.tags, expected.catalog.tags)
        note("workspaceID", actual.workspaceID, expected.workspaceID)
        note("clientFilter", actual.clientFilter, expected.clientFilter)
        note("focus", actual.focus, expected.focus)
        note("selection", actual.selection, expected.selection)
        note("filters", actual.filters, expected.filters)
        note("filterEditor", actual.filterEditor, expected.filterEditor)
        note("day", actual.day, expected.day)
        note("entriesMode", actual.entriesMode, expected.entriesMode)
        note("timelineCursor", actual.timelineCursor, expected.timelineCursor)
        note("overlay", actual.overlay, expected.overlay)
        note("status", actual.status, expected.status)
        note("sync", actual.sync, expected.sync)
        note("quota", actual.quota, expected.quota)
        note("now", actual.now, expected.now)
        note("screenRows", actual.screenRows, expected.screenRows)
        note("nextLocalID", actual.nextLocalID, expected.nextLocalID)
        note("nextRequestID", actual.nextRequestID, expected.nextRequestID)
        note("pendingBootstrap", actual.pendingBootstrap, expected.pendingBootstrap)
        note("pendingFetches", actual.pendingFetches, expected.pendingFetches)
        note("fetchedWindows", actual.fetchedWindows, expected.fetchedWindows)
        note("storedWindows", actual.storedWindows, expected.storedWindows)
        note("entriesSince", actual.entriesSince, expected.entriesSince)
        note("deletedEntries", actual.deletedEntries, expected.deletedEntries)
        note("pendingDelta", actual.pendingDelta, expected.pendingDelta)
        note("syncStartedAt", actual.syncStartedAt, expected.syncStartedAt)
        note("isQuietSync", actual.isQuietSync, expected.isQuietSync)
        note("pendingWrites", actual.pendingWrites, expected.pendingWrites)
        note("failedWrites", actual.failedWrites, expected.failedWrites)
        note("account", actual.account, expected.account)
        note("preferences", actual.preferences, expected.preferences)
        note("waitingWrites", actual.waitingWrites, expected.waitingWrites)
        note("isQuitting", actual.isQuitting, expected.isQuitting)
        note("undoSteps", actual.undoSteps, expected.undoSteps)
        return lines
    }

    /// The open entry editor (nil when something else is open).
    var editor: EntryEditor? {
        if case .editor(let editor) = overlay { return editor }
        return nil
    }
}

/// Status messages as `inform` and `fail` write them at the sample's clock.
func info(_ text: String, _ level: StatusMessage.Level = .info, at now: Date = Sample.now) -> StatusMessage {
    StatusMessage(text, level: level, expiresAt: now.addingTimeInterval(4))
}

func failure(_ text: String) -> StatusMessage {
    StatusMessage(text, level: .error)
}

extension KeyEvent {
    static let enter = KeyEvent(.enter)
    static let escape = KeyEvent(.escape)
    static let tab = KeyEvent(.tab)
    static let backTab = KeyEvent(.backTab)
    static let up = KeyEvent(.up)
    static let down = KeyEvent(.down)
    static let left = KeyEvent(.left)
    static let right = KeyEvent(.right)
    static let home = KeyEvent(.home)
    static let end = KeyEvent(.end)
    static let backspace = KeyEvent(.backspace)
    static let delete = KeyEvent(.delete)
    static let pageUp = KeyEvent(.pageUp)
    static let pageDown = KeyEvent(.pageDown)
    static let space = KeyEvent.character(" ")
}
