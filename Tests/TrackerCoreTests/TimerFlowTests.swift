import Foundation
import Testing
import TogglModels
@testable import TrackerCore

@Suite struct TimerFlowTests {
    @Test func enterOnAProjectStartsATimerOnIt() {
        var state = Sample.loadedState()
        state.press(.character("3"))
        // Projects by name: Admin, Mobile App, Website Redesign.
        let effects = state.press(KeyEvent(.enter))
        #expect(effects == [.startEntry(localID: -1, workspaceID: Sample.studio,
                                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1, projectID: .set(Sample.admin)))])
        #expect(state.runningEntry?.id == -1)
        #expect(state.runningEntry?.projectID == Sample.admin)
    }

    @Test func startWithDescriptionFromTheEditor() {
        var state = Sample.loadedState()
        state.press(.character("2"))
        state.press(.character("s"))
        state.type("Write report")
        let effects = state.press(KeyEvent(.enter))
        #expect(effects == [.startEntry(localID: -1, workspaceID: Sample.studio,
                                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1, description: .set("Write report")))])
        #expect(state.overlay == nil)
        #expect(state.status?.text == "Started “Write report”")
    }

    @Test func startingStopsTheRunningEntryLocally() {
        var state = Sample.loadedState(running: true)
        state.press(.character("3"), KeyEvent(.enter))
        let previous = state.catalog.entries[504]
        #expect(previous?.stop == Sample.now)
        #expect(previous?.duration == 1800)
        #expect(state.runningEntry?.id == -1)
    }

    @Test func createdEntryReplacesItsLocalID() {
        var state = Sample.loadedState()
        state.press(.character("3"), KeyEvent(.enter))
        let saved = TimeEntry(id: 9001, workspaceID: Sample.studio, projectID: Sample.admin, userID: Sample.userID, start: Sample.now, duration: -1)
        #expect(AppUpdate.update(&state, .entryCreated(localID: -1, .success(saved))) == [])
        #expect(state.catalog.entries[-1] == nil)
        #expect(state.runningEntry == saved)
        #expect(state.pendingWrites.isEmpty)
    }

    @Test func failedStartStaysShownMarkedAndSaysWhy() {
        var state = Sample.loadedState()
        state.press(.character("3"), KeyEvent(.enter))
        let error = AppError(.rejected, "Toggl rejected the request: Workspace needs to have this feature enabled")
        #expect(AppUpdate.update(&state, .entryCreated(localID: -1, .failure(error))) == [])
        #expect(state.runningEntry?.id == -1)
        #expect(state.failedWrites[-1] == FailedWrite(kind: .create, message: error.message))
        #expect(state.status?.level == .error)
    }

    @Test func stopSendsOneStop() {
        var state = Sample.loadedState(running: true)
        #expect(state.press(.character("x")) == [.stopEntry(id: 504, workspaceID: Sample.studio, at: Sample.now)])
        #expect(state.runningEntry == nil)
        #expect(state.catalog.entries[504]?.stop == Sample.now)
    }

    @Test func stopWithNothingRunningSaysSo() {
        var state = Sample.loadedState()
        #expect(state.press(.character("x")) == [])
        #expect(state.status?.text == "No timer is running.")
    }

    @Test func stoppingAnUnsavedTimerIsSentAtOnceUnderItsLocalID() {
        var state = Sample.loadedState()
        state.press(.character("3"), KeyEvent(.enter))
        _ = AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(60)))
        #expect(state.press(.character("x")) == [.stopEntry(id: -1, workspaceID: Sample.studio, at: Sample.now.addingTimeInterval(60))])
        let saved = TimeEntry(id: 9001, workspaceID: Sample.studio, projectID: Sample.admin, userID: Sample.userID, start: Sample.now, duration: -1)
        #expect(AppUpdate.update(&state, .entryCreated(localID: -1, .success(saved))) == [])
        #expect(state.catalog.entries[9001]?.stop == Sample.now.addingTimeInterval(60))
    }

    @Test func failedStopStaysShownStoppedAndMarked() {
        var state = Sample.loadedState(running: true)
        state.press(.character("x"))
        _ = AppUpdate.update(&state, .entryUpdated(id: 504, .failure(AppError(.rejected, "Entry is locked"))))
        #expect(state.runningEntry == nil)
        #expect(state.failedWrites[504] == FailedWrite(kind: .update, message: "Entry is locked", original: Sample.running))
    }

    @Test func continueOnTheEntriesPaneRestartsTheSelectedEntry() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("j"))
        let effects = state.press(.character("c"))
        #expect(effects == [.startEntry(localID: -1, workspaceID: Sample.studio,
                                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1, description: .set("Wireframes"),
                                                         projectID: .set(Sample.website), tags: ["deep-work"]))])
    }

    @Test func forgottenTimersAreFlagged() {
        var state = Sample.loadedState(running: true)
        #expect(!state.isTimerForgotten)
        _ = AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(10 * 3600)))
        #expect(state.isTimerForgotten)
    }
}
