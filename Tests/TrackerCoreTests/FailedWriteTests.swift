import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Writes Toggl refused: shown as the user made them, marked, until fixed (`e`, save: sent
/// anew) or discarded (`d`: Toggl's version back), and kept across a restart and a sync.
@Suite struct FailedWriteTests {
    static let refused = AppError(.rejected, "Project not found")

    /// Standup (502) renamed "Daily", and Toggl refused the rename.
    static func refusedRename() -> AppState {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .ctrl("u"))
        state.type("Daily")
        state.press(.ctrl("s"))
        _ = AppUpdate.update(&state, .entryUpdated(id: 502, .failure(refused)))
        return state
    }

    /// A timer started on the first project, and Toggl refused the start.
    static func refusedStart() -> AppState {
        var state = Sample.loadedState()
        state.press(.enter)
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .failure(refused)))
        return state
    }

    @Test func editAndSaveSendsTheEntryAnewAgainstTogglsVersion() {
        var state = Self.refusedRename()
        #expect(state.selectedID(in: .entries) == 502)
        let effects = state.press(.character("e"), .ctrl("s"))
        #expect(effects == [.discardFailed(entryID: 502),
                            .updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(description: .set("Daily")))])
        #expect(state.failedWrites.isEmpty)
        #expect(state.pendingWrites[502] == PendingWrite(original: Sample.entries[1]))
        #expect(state.catalog.entries[502]?.description == "Daily")
    }

    @Test func editingBackToTogglsVersionSendsNothing() {
        var state = Self.refusedRename()
        state.press(.character("e"), .ctrl("u"))
        state.type("Standup")
        #expect(state.press(.ctrl("s")) == [.discardFailed(entryID: 502)])
        #expect(state.failedWrites.isEmpty)
        #expect(state.pendingWrites.isEmpty)
        #expect(state.catalog.entries[502] == Sample.entries[1])
    }

    @Test func aRefusedCreateIsSentAgainAsOneNewCreate() {
        var state = Self.refusedStart()
        let refused = state.catalog.entries[-1]
        let effects = state.press(.character("5"), .character("e"), .ctrl("s"))
        guard case .startEntry(-2, Sample.studio, let payload)? = effects.last else {
            Issue.record("expected a start under a new local id: \(effects)")
            return
        }
        #expect(effects.first == .discardFailed(entryID: -1))
        #expect(effects.count == 2)
        #expect(payload.start == refused?.start)
        #expect(payload.projectID == refused?.projectID.map { .set($0) })
        #expect(state.catalog.entries[-1] == nil)
        #expect(state.catalog.entries[-2]?.isRunning == true)
        #expect(state.selection[.entries] == -2)
        #expect(state.pendingWrites == [-2: PendingWrite(original: nil)])
        #expect(state.failedWrites.isEmpty)
    }

    @Test func discardAsksThenPutsTogglsVersionBack() {
        var state = Self.refusedRename()
        #expect(state.press(.character("d")) == [])
        guard case .confirm(let dialog)? = state.overlay else {
            Issue.record("expected a confirmation")
            return
        }
        #expect(dialog.title == "Discard this change?")
        #expect(dialog.action == .discardFailed(id: 502))
        #expect(state.press(.character("y")) == [.discardFailed(entryID: 502)])
        #expect(state.catalog.entries[502] == Sample.entries[1])
        #expect(state.failedWrites.isEmpty)
    }

    @Test func discardingARefusedCreateRemovesIt() {
        var state = Self.refusedStart()
        #expect(state.press(.character("5"), .character("d"), .character("y")) == [.discardFailed(entryID: -1)])
        #expect(state.catalog.entries[-1] == nil)
        #expect(state.runningEntry == nil)
    }

    @Test func discardingARefusedDeleteKeepsTheEntry() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("d"), .character("y"))
        _ = AppUpdate.update(&state, .entryDeleted(id: 502, .failure(Self.refused)))
        #expect(state.catalog.entries[502] == Sample.entries[1])
        #expect(state.press(.character("d"), .character("y")) == [.discardFailed(entryID: 502)])
        #expect(state.catalog.entries[502] == Sample.entries[1])
        #expect(state.failedWrites.isEmpty)
    }

    @Test func aSyncKeepsTheFailedEntryAndLearnsTogglsVersion() {
        var state = Self.refusedRename()
        state.press(.character("r"))
        var account = Sample.me
        var web = Sample.entries[1]
        web.description = "Standup (web)"
        account.timeEntries = [Sample.entries[0], web, Sample.entries[2]]
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: account))))
        #expect(state.catalog.entries[502]?.description == "Daily")
        #expect(state.failedWrites[502]?.original == web)
        state.press(.character("5"), .character("d"), .character("y"))
        #expect(state.catalog.entries[502] == web)
    }

    @Test func restoredFailuresAreShownMarkedAndLearnTogglsVersionFromTheSync() {
        var state = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        var account = Sample.me
        var mine = Sample.entries[1]
        mine.description = "Daily"
        let local = TimeEntry(id: -3, workspaceID: Sample.studio, start: Sample.at(7), stop: Sample.at(8), duration: 3600, description: "Lost")
        account.timeEntries = [Sample.entries[0], mine, Sample.entries[2], local]
        let failed: [Int64: FailedWrite] = [502: FailedWrite(kind: .update, message: "Project not found"),
                                            -3: FailedWrite(kind: .create, message: "Workspace is read-only")]
        _ = AppUpdate.update(&state, .restored(Bootstrap(me: account), syncedAt: Sample.now, pendingWrites: [:], failedWrites: failed))
        #expect(state.failedWrites == failed)
        #expect(state.nextLocalID == -4)
        _ = AppUpdate.update(&state, .launched)
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: Sample.me))))
        #expect(state.catalog.entries[502] == mine)
        #expect(state.catalog.entries[-3] == local)
        #expect(state.failedWrites[502]?.original == Sample.entries[1])
    }

    @Test func writesCarryTheAtTheUserSaw() {
        var state = Sample.loadedState()
        var seen = Sample.entries[1]
        seen = TimeEntry(id: seen.id, workspaceID: seen.workspaceID, projectID: seen.projectID, userID: seen.userID, start: seen.start,
                         stop: seen.stop, duration: seen.duration, description: seen.description, at: Sample.at(9, 45))
        state.catalog.entries[502] = seen
        #expect(state.press(.character("5"), .character("d"), .character("y"))
            == [.deleteEntry(id: 502, workspaceID: Sample.studio, baseAt: Sample.at(9, 45))])
    }

    @Test func aConflictKeepsMineShownWithTogglsCopyToGoBackTo() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .ctrl("u"))
        state.type("Mine")
        state.press(.ctrl("s"))
        let theirs = TimeEntry(id: 502, workspaceID: Sample.studio, projectID: Sample.mobile, userID: Sample.userID, start: Sample.at(9),
                               stop: Sample.at(9, 30), duration: 1800, description: "Web's", at: Sample.at(9, 50))
        _ = AppUpdate.update(&state, .entryConflict(id: 502, theirs: theirs))
        #expect(state.catalog.entries[502]?.description == "Mine")
        #expect(state.pendingWrites.isEmpty)
        #expect(state.failedWrites[502] == FailedWrite(kind: .update, message: "Changed on Toggl at 09:50 since you edited it", original: theirs))
        // Keep mine: sent over Toggl's copy, as made on it.
        #expect(state.press(.character("e"), .ctrl("s")) == [
            .discardFailed(entryID: 502),
            .updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(description: .set("Mine")), baseAt: Sample.at(9, 50)),
        ])
    }
}
