import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// `u`: each change to entries is remembered and undone by ordinary writes.
@Suite struct UndoTests {
    static let resume = TimeEntryPayload(duration: -1, stop: .clear)

    /// The sample after deleting Standup (502) from the entries pane.
    static func afterDeletingStandup() -> AppState {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("d"), .character("y"))
        return state
    }

    // MARK: Delete

    @Test func undoingADeleteCreatesTheEntryAgain() {
        var state = Self.afterDeletingStandup()
        let standup = Sample.entries[1]
        let restored = TimeEntry(id: -1, workspaceID: Sample.studio, projectID: Sample.mobile, userID: Sample.userID,
                                 start: standup.start, stop: standup.stop, duration: 1800, description: "Standup")
        state.expect(key: .character("u"), [.createEntry(localID: -1, workspaceID: Sample.studio, TimeEntryPayload(
            workspaceID: Sample.studio, start: standup.start, duration: 1800, stop: .set(Sample.at(9, 30)),
            description: .set("Standup"), projectID: .set(Sample.mobile)))]) {
            $0.catalog.entries[-1] = restored
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.selection[.entries] = -1
            $0.nextLocalID = -2
            $0.status = info("Undid: deleted “Standup”", .success)
            $0.undoSteps = []
        }
    }

    @Test func undoingADeletedTimerStartsItAgainFromItsStart() {
        var state = Sample.loadedState(running: true)
        state.press(.character("5"))
        state.selection[.entries] = 504
        state.press(.character("d"), .character("y"))
        #expect(state.runningEntry == nil)
        #expect(state.press(.character("u")) == [.startEntry(localID: -1, workspaceID: Sample.studio, TimeEntryPayload(
            workspaceID: Sample.studio, start: Sample.at(9, 30), duration: -1, description: .set("Inbox"), projectID: .set(Sample.admin)))])
        #expect(state.runningEntry?.id == -1)
        #expect(state.runningEntry?.start == Sample.at(9, 30))
        #expect(state.undoSteps.isEmpty)
        #expect(state.status == info("Undid: deleted “Inbox”", .success))
    }

    @Test func undoingADeleteTogglRefusedDiscardsItWithoutDuplicatingTheEntry() {
        var state = Self.afterDeletingStandup()
        _ = AppUpdate.update(&state, .entryDeleted(id: 502, .failure(AppError(.rejected, "Toggl rejected the request: no"))))
        #expect(state.catalog.entries[502] != nil)
        #expect(state.press(.character("u")) == [.discardFailed(entryID: 502)])
        #expect(state.failedWrites.isEmpty)
        #expect(state.catalog.entries.count == Sample.entries.count)
    }

    // MARK: Add

    @Test func undoingAnAddDeletesTheAddedEntry() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("a"))
        state.type("Notes")
        state.press(.enter)
        let added = state.catalog.entries[-1]
        state.expect(key: .character("u"), [.deleteEntry(id: -1, workspaceID: Sample.studio)]) {
            $0.catalog.entries[-1] = nil
            // The create and the delete are both unsent: the journal folds them into nothing.
            $0.pendingWrites[-1] = PendingWrite(original: nil, count: 2)
            $0.status = info("Undid: added “Notes”", .success)
            $0.undoSteps = []
        }
        #expect(added != nil)
    }

    // MARK: Edit

    @Test func undoingAnEditPutsBackOnlyTheFieldsItChanged() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .ctrl("u"))
        state.type("Daily standup")
        state.press(.enter)
        // Changed elsewhere meanwhile: not part of the edit, so undo leaves it.
        state.catalog.entries[502]?.billable = true
        var expected = Sample.entries[1]
        expected.billable = true
        state.expect(key: .character("u"), [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(description: .set("Standup")))]) {
            $0.catalog.entries[502] = expected
            $0.pendingWrites[502]?.count = 2
            $0.status = info("Undid: edited “Daily standup”", .success)
            $0.undoSteps = []
        }
    }

    @Test func undoingAnEditOfTheTimesRestoresStartAndDuration() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .backTab, .backTab, .ctrl("u")) // Standup 9:00–9:30, start field
        state.type("8:45")
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 502, workspaceID: Sample.studio,
                                                         TimeEntryPayload(start: Sample.at(8, 45), duration: 2700))])
        #expect(state.press(.character("u")) == [.updateEntry(id: 502, workspaceID: Sample.studio,
                                                              TimeEntryPayload(start: Sample.at(9), duration: 1800))])
        #expect(state.catalog.entries[502] == Sample.entries[1])
    }

    @Test func undoingAnEditOfTheRunningTimerKeepsItRunning() {
        var state = Sample.loadedState(running: true)
        state.press(.character("e"), .ctrl("u"))
        state.type("Email")
        state.press(.enter)
        #expect(state.press(.character("u")) == [.updateEntry(id: 504, workspaceID: Sample.studio, TimeEntryPayload(description: .set("Inbox")))])
        #expect(state.runningEntry == Sample.running)
    }

    @Test func anEditWithNoChangesIsNotRemembered() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .enter)
        #expect(state.undoSteps.isEmpty)
    }

    // MARK: Stop

    @Test func undoingAStopRunsTheEntryAgain() {
        var state = Sample.loadedState(running: true)
        state.press(.character("x"))
        state.expect(key: .character("u"), [.updateEntry(id: 504, workspaceID: Sample.studio, Self.resume)]) {
            $0.catalog.entries[504] = Sample.running
            $0.pendingWrites[504]?.count = 2
            $0.status = info("Undid: stopped “Inbox”", .success)
            $0.undoSteps = []
        }
    }

    @Test func undoingAStopWhileAnotherTimerRunsStopsThatOneFirst() {
        var state = Sample.loadedState(running: true)
        state.press(.character("x"))
        // A timer started elsewhere (another device), brought in by a sync.
        let other = TimeEntry(id: 600, workspaceID: Sample.studio, userID: Sample.userID, start: Sample.now, duration: -1, description: "Call")
        state.catalog.entries[600] = other
        #expect(state.press(.character("u")) == [.stopEntry(id: 600, workspaceID: Sample.studio, at: Sample.now),
                                                .updateEntry(id: 504, workspaceID: Sample.studio, Self.resume)])
        #expect(state.catalog.entries.values.filter(\.isRunning).map(\.id) == [504])
    }

    // MARK: Start and continue

    @Test func undoingAStartDeletesTheNewEntryAndResumesTheTimerItStopped() {
        var state = Sample.loadedState(running: true)
        state.press(.character("3"), .enter) // starts Admin as -1, stopping Inbox (504)
        state.expect(key: .character("u"), [.deleteEntry(id: -1, workspaceID: Sample.studio),
                                            .updateEntry(id: 504, workspaceID: Sample.studio, Self.resume)]) {
            $0.catalog.entries[-1] = nil
            $0.catalog.entries[504] = Sample.running
            $0.pendingWrites[-1]?.count = 2
            $0.pendingWrites[504]?.count = 2
            $0.status = info("Undid: started Admin", .success)
            $0.undoSteps = []
        }
    }

    @Test func undoingAContinueDeletesTheNewEntry() {
        var state = Sample.loadedState()
        state.press(.character("c")) // continues Standup as -1
        #expect(state.press(.character("u")) == [.deleteEntry(id: -1, workspaceID: Sample.studio)])
        #expect(state.runningEntry == nil)
        #expect(state.status == info("Undid: started “Standup”", .success))
    }

    // MARK: The stack

    @Test func pressingAgainWalksFurtherBack() {
        var state = Sample.loadedState(running: true)
        state.press(.character("x"), .character("5"))
        state.selection[.entries] = 502
        state.press(.character("d"), .character("y"))
        #expect(state.undoSteps.map(\.verb) == ["stopped", "deleted"])
        #expect(state.press(.character("u")).map(\.isWrite) == [true]) // Standup again, as -1
        #expect(state.press(.character("u")) == [.updateEntry(id: 504, workspaceID: Sample.studio, Self.resume)])
        #expect(state.catalog.entries[-1]?.description == "Standup")
        #expect(state.runningEntry == Sample.running)
        state.expect(key: .character("u")) { $0.status = info("Nothing to undo.") }
    }

    @Test func onlyTheLatestTwentyChangesAreKept() {
        var state = Sample.loadedState()
        for _ in 0..<25 { state.press(.character("c")) }
        #expect(state.undoSteps.count == UndoStep.limit)
        #expect(state.undoSteps.first?.action == .started(entryID: -6, stoppedID: -5))
        #expect(state.undoSteps.last?.action == .started(entryID: -25, stoppedID: -24))
    }

    // MARK: Ids

    @Test func stepsFollowTheIdTogglGivesACreatedEntry() {
        var state = Sample.loadedState()
        state.press(.character("3"), .enter, .character("x"))
        let saved = TimeEntry(id: 9001, workspaceID: Sample.studio, projectID: Sample.admin, userID: Sample.userID, start: Sample.now, duration: -1)
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .success(saved)))
        #expect(state.undoSteps.map(\.action) == [.started(entryID: 9001, stoppedID: nil), .stopped(entryID: 9001)])
        #expect(state.press(.character("u")) == [.updateEntry(id: 9001, workspaceID: Sample.studio, Self.resume)])
        #expect(state.press(.character("u")) == [.deleteEntry(id: 9001, workspaceID: Sample.studio)])
    }

    @Test func theTimerAStartStoppedIsFollowedToo() {
        var state = Sample.loadedState()
        state.press(.character("3"), .enter, .character("c")) // Admin as -1, then Standup as -2 stopping it
        let saved = TimeEntry(id: 9001, workspaceID: Sample.studio, projectID: Sample.admin, userID: Sample.userID, start: Sample.now, duration: -1)
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .success(saved)))
        #expect(state.undoSteps.last?.action == .started(entryID: -2, stoppedID: 9001))
    }

    @Test func undoingAnAddTogglRefusedDiscardsIt() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("a"))
        state.type("Notes")
        state.press(.enter)
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .failure(AppError(.rejected, "Toggl rejected the request: no"))))
        state.expect(key: .character("u"), [.discardFailed(entryID: -1)]) {
            $0.catalog.entries[-1] = nil
            $0.failedWrites = [:]
            $0.status = info("Undid: added “Notes”", .success)
            $0.undoSteps = []
        }
    }

    @Test func aStepWhoseEntryIsGoneIsDroppedWithAMessage() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("a"))
        state.type("Notes")
        state.press(.enter)
        state.catalog.entries[-1] = nil // gone meanwhile, as a sync of a delete elsewhere leaves it
        state.expect(key: .character("u")) {
            $0.status = info("Cannot undo: added “Notes” — that entry no longer exists.", .warning)
            $0.undoSteps = []
        }
    }
}
