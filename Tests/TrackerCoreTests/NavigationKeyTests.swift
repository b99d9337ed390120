import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Pane focus, movement and Enter in each pane, from the main view.
@Suite struct NavigationKeyTests {
    // MARK: Pane focus

    @Test func tabCyclesForwardAndWraps() {
        var state = Sample.loadedState()
        #expect(state.focus == .projects)
        state.expect(key: .tab) { $0.focus = .timer }
        state.expect(key: .tab) { $0.focus = .entries }
        state.expect(key: .tab) { $0.focus = .workspaces }
        state.expect(key: .tab) { $0.focus = .clients }
        state.expect(key: .tab) { $0.focus = .projects }
    }

    @Test func shiftTabCyclesBackwardAndWraps() {
        var state = Sample.loadedState()
        state.expect(key: .backTab) { $0.focus = .clients }
        state.expect(key: .backTab) { $0.focus = .workspaces }
        state.expect(key: .backTab) { $0.focus = .entries }
        state.expect(key: .backTab) { $0.focus = .timer }
        state.expect(key: .backTab) { $0.focus = .projects }
    }

    @Test(arguments: Pane.allCases)
    func digitsJumpToPanes(pane: Pane) {
        var state = Sample.loadedState()
        state.focus = pane == .entries ? .workspaces : .entries
        state.expect(key: .character(Character(String(pane.rawValue)))) { $0.focus = pane }
    }

    // MARK: Movement

    @Test func jkAndArrowsMoveAndClampAtTheEnds() {
        // Projects by name: Admin (1003), Mobile App (1002), Website Redesign (1001).
        var state = Sample.loadedState()
        #expect(state.selectedID(in: .projects) == Sample.admin)
        state.expect(key: .character("k")) { $0.selection[.projects] = Sample.admin }
        state.expect(key: .up) { $0.selection[.projects] = Sample.admin }
        state.expect(key: .character("j")) { $0.selection[.projects] = Sample.mobile }
        state.expect(key: .down) { $0.selection[.projects] = Sample.website }
        state.expect(key: .character("j"))
        state.expect(key: .down)
        state.expect(key: .character("k")) { $0.selection[.projects] = Sample.mobile }
        state.expect(key: .up) { $0.selection[.projects] = Sample.admin }
    }

    @Test func topAndBottomKeys() {
        var state = Sample.loadedState()
        state.expect(key: .character("G")) { $0.selection[.projects] = Sample.website }
        state.expect(key: .character("g")) { $0.selection[.projects] = Sample.admin }
        state.expect(key: .end) { $0.selection[.projects] = Sample.website }
        state.expect(key: .home) { $0.selection[.projects] = Sample.admin }
    }

    @Test func pagingMovesByTheTerminalHeightLessTheChrome() {
        var state = Sample.loadedState()
        for number in 1...20 {
            let id = Int64(5000 + number)
            state.catalog.projects[id] = Project(id: id, workspaceID: Sample.studio, name: String(format: "P%02d", number))
        }
        // Rows: Admin, Mobile App, P01 … P20, Website Redesign (23 rows). 13 rows leave a page of 3.
        state.expect(.resized(columns: 80, rows: 13)) { $0.screenRows = 13 }
        state.expect(key: .pageDown) { $0.selection[.projects] = 5002 }
        state.expect(key: .ctrl("d")) { $0.selection[.projects] = 5005 }
        state.expect(key: .pageUp) { $0.selection[.projects] = 5002 }
        state.expect(key: .ctrl("u")) { $0.selection[.projects] = Sample.admin }
        state.expect(key: .ctrl("u")) { $0.selection[.projects] = Sample.admin }
        state.expect(key: .character("G")) { $0.selection[.projects] = Sample.website }
        state.expect(key: .pageDown) { $0.selection[.projects] = Sample.website }
        // A tiny terminal still pages by one row.
        state.expect(.resized(columns: 80, rows: 5)) { $0.screenRows = 5 }
        state.expect(key: .pageUp) { $0.selection[.projects] = 5020 }
    }

    @Test func movingInAnEmptyPaneOrTheTimerChangesNothing() {
        var state = Sample.loadedState()
        state.focus = .timer
        for key in [KeyEvent.character("j"), .character("k"), .character("g"), .character("G"), .pageDown, .pageUp] {
            state.expect(key: key)
        }
        state.focus = .entries
        state.day = Sample.november(20) // no entries that day
        for key in [KeyEvent.character("j"), .character("G"), .pageDown] {
            state.expect(key: key)
        }
        // The week summary has no rows to move through either.
        state.day = Sample.today
        state.entriesMode = .weekSummary
        state.expect(key: .character("j"))
    }

    @Test func theSelectionFollowsItsRowWhenDataChanges() {
        var state = Sample.loadedState()
        state.press(.character("j"))
        #expect(state.selectedIndex(in: .projects) == 1)
        // A project sorting before Mobile App arrives: the selection stays on Mobile App.
        var account = Sample.me
        account.projects = (account.projects ?? []) + [Project(id: 1004, workspaceID: Sample.studio, name: "Billing")]
        state.press(.character("r"))
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: account))))
        #expect(state.selectedID(in: .projects) == Sample.mobile)
        #expect(state.selectedIndex(in: .projects) == 2)
        // The selected project is archived elsewhere: the first row is selected.
        account.projects = account.projects?.map { project in
            var project = project
            if project.id == Sample.mobile { project.active = false }
            return project
        }
        state.press(.character("r"))
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 3, .success(Bootstrap(me: account))))
        #expect(state.selectedID(in: .projects) == Sample.admin)
        // Moving from a vanished row starts from the first one.
        state.expect(key: .character("j")) { $0.selection[.projects] = 1004 }
    }

    @Test func theWorkspacesPaneStartsOnTheCurrentWorkspace() {
        var state = Sample.loadedState()
        state.workspaceID = Sample.personal
        state.focus = .workspaces
        #expect(state.selectedID(in: .workspaces) == Sample.personal)
        state.expect(key: .character("k")) { $0.selection[.workspaces] = Sample.studio }
    }

    // MARK: Enter

    @Test func enterOnAWorkspaceSwitchesAndResetsNarrowingAndSelections() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("j"), .enter) // narrow to Acme Corp
        state.press(.character("5"), .character("j"))
        #expect(state.clientFilter == Sample.acme)
        state.press(.character("1"))
        state.expect(key: .character("j")) { $0.selection[.workspaces] = Sample.personal }
        state.expect(key: .enter) {
            $0.workspaceID = Sample.personal
            $0.clientFilter = nil
            $0.selection = [.workspaces: Sample.personal]
            $0.status = info("Workspace: Personal")
        }
        #expect(state.projectRows.isEmpty)
        #expect(state.dayEntries.isEmpty)
    }

    @Test func enterOnTheCurrentWorkspaceDoesNothing() {
        var state = Sample.loadedState()
        state.press(.character("1"))
        state.expect(key: .enter)
    }

    @Test func enterOnAClientNarrowsTheProjectsAndAllClientsClears() {
        var state = Sample.loadedState()
        state.press(.character("j")) // Mobile App selected in projects
        state.press(.character("2"))
        state.expect(key: .character("j")) { $0.selection[.clients] = Sample.acme }
        state.expect(key: .enter) {
            $0.clientFilter = Sample.acme
            $0.selection[.projects] = nil
            $0.focus = .projects
        }
        #expect(state.projectRows.map(\.id) == [Sample.website])
        state.press(.character("2"))
        state.expect(key: .character("j")) { $0.selection[.clients] = Sample.globex }
        state.expect(key: .enter) {
            $0.clientFilter = Sample.globex
            $0.focus = .projects
        }
        #expect(state.projectRows.map(\.id) == [Sample.mobile])
        state.press(.character("2"))
        state.expect(key: .character("g")) { $0.selection[.clients] = 0 }
        state.expect(key: .enter) {
            $0.clientFilter = nil
            $0.focus = .projects
        }
        #expect(state.projectRows.count == 3)
    }

    @Test func enterOnAProjectStartsATimerOnIt() {
        var state = Sample.loadedState()
        state.press(.character("j")) // Mobile App
        let entry = TimeEntry(id: -1, workspaceID: Sample.studio, projectID: Sample.mobile, userID: Sample.userID,
                              start: Sample.now, duration: -1)
        state.expect(key: .enter, [.startEntry(localID: -1, workspaceID: Sample.studio,
                                               TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1,
                                                                projectID: .set(Sample.mobile)))]) {
            $0.catalog.entries[-1] = entry
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.selection[.entries] = -1
            $0.nextLocalID = -2
            $0.status = info("Started Mobile App", .success)
            $0.undoSteps = [UndoStep(.started(entryID: -1, stoppedID: nil), label: "Mobile App")]
        }
    }

    @Test func enterOnABillableProjectStartsABillableTimer() {
        var state = Sample.loadedState()
        state.catalog.projects[Sample.admin]?.billable = true
        let effects = state.press(.enter)
        #expect(effects == [.startEntry(localID: -1, workspaceID: Sample.studio,
                                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1,
                                                         projectID: .set(Sample.admin), billable: true))])
        #expect(state.runningEntry?.billable == true)
    }

    @Test func enterOnAProjectStillBeingCreatedWaits() {
        var state = Sample.loadedState()
        state.catalog.projects[-7] = Project(id: -7, workspaceID: Sample.studio, name: "AAA new")
        state.expect(key: .enter) { $0.status = info("The project is still being created; try again in a moment.") }
    }

    @Test func enterOnAProjectFromAnEarlierDayShowsToday() {
        var state = Sample.loadedState()
        state.day = Sample.november(20)
        state.press(.enter)
        #expect(state.day == Sample.today)
        #expect(state.dayEntries.first?.id == -1)
    }

    @Test func enterOnTheTimerPaneEditsTheRunningEntry() {
        var state = Sample.loadedState(running: true)
        state.press(.character("4"))
        state.expect(key: .enter) {
            $0.overlay = .editor(EntryEditor(mode: .edit(entryID: 504), workspaceID: Sample.studio, day: Sample.today,
                                             description: "Inbox", projectID: Sample.admin, start: "09:30", isRunning: true))
        }
    }

    @Test func enterOnTheTimerPaneWithNothingRunningOpensTheStartEditor() {
        var state = Sample.loadedState()
        state.press(.character("4"))
        state.expect(key: .enter) {
            $0.overlay = .editor(EntryEditor(mode: .start, workspaceID: Sample.studio, day: Sample.today))
        }
    }

    @Test func enterOnAnEntryContinuesIt() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("j")) // Wireframes (501)
        state.expect(key: .enter, [.startEntry(localID: -1, workspaceID: Sample.studio,
                                               TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1,
                                                                description: .set("Wireframes"), projectID: .set(Sample.website),
                                                                tags: ["deep-work"]))]) {
            $0.catalog.entries[-1] = TimeEntry(id: -1, workspaceID: Sample.studio, projectID: Sample.website, userID: Sample.userID,
                                               start: Sample.now, duration: -1, description: "Wireframes", tags: ["deep-work"])
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.selection[.entries] = -1
            $0.nextLocalID = -2
            $0.status = info("Started “Wireframes”", .success)
            $0.undoSteps = [UndoStep(.started(entryID: -1, stoppedID: nil), label: "“Wireframes”")]
        }
    }

    @Test func enterOnTheRunningEntrySaysItIsRunning() {
        var state = Sample.loadedState(running: true)
        state.press(.character("5"))
        #expect(state.selectedID(in: .entries) == 504)
        state.expect(key: .enter) { $0.status = info("That entry is already running.") }
    }

    @Test func enterInTheWeekSummaryOrOnAnEmptyDayDoesNothing() {
        var state = Sample.loadedState()
        state.press(.character("w"))
        state.expect(key: .enter)
        state.press(.character("w"))
        state.day = Sample.november(20)
        state.expect(key: .enter)
    }

    @Test func nothingHappensBeforeTheFirstLoad() {
        var state = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        for key in [KeyEvent.enter, .character("s"), .character("a"), .character("n"), .character("j")] {
            state.expect(key: key)
        }
        state.focus = .entries
        state.expect(key: .character("e")) { $0.status = info("No entry selected.") }
    }
}
