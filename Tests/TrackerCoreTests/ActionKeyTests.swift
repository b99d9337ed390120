import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// `s`, `x`, `c`, `a`, `e`, `d`, `n` from the main view.
@Suite struct ActionKeyTests {
    // MARK: s

    @Test func startFromTheProjectsPanePresetsTheSelectedProject() {
        var state = Sample.loadedState()
        state.press(.character("j"))
        state.expect(key: .character("s")) {
            $0.overlay = .editor(EntryEditor(mode: .start, workspaceID: Sample.studio, day: Sample.today, projectID: Sample.mobile))
        }
    }

    @Test func startOnABillableProjectDefaultsToBillable() {
        var state = Sample.loadedState()
        state.catalog.projects[Sample.admin]?.billable = true
        state.expect(key: .character("s")) {
            $0.overlay = .editor(EntryEditor(mode: .start, workspaceID: Sample.studio, day: Sample.today, projectID: Sample.admin,
                                             billable: true))
        }
    }

    @Test(arguments: [Pane.workspaces, .clients, .timer, .entries])
    func startFromOtherPanesHasNoProject(pane: Pane) {
        var state = Sample.loadedState()
        state.catalog.projects[Sample.admin]?.billable = true
        state.focus = pane
        state.expect(key: .character("s")) {
            $0.overlay = .editor(EntryEditor(mode: .start, workspaceID: Sample.studio, day: Sample.today))
        }
    }

    @Test func startingWhileViewingAnotherDayStillStartsNow() {
        var state = Sample.loadedState()
        state.day = Sample.november(20)
        state.press(.character("2"), .character("s"))
        #expect(state.editor?.day == Sample.today)
    }

    // MARK: x

    @Test func stopStopsTheRunningEntryNow() {
        var state = Sample.loadedState(running: true)
        var stopped = Sample.running
        stopped.stop = Sample.now
        stopped.duration = 1800
        state.expect(key: .character("x"), [.stopEntry(id: 504, workspaceID: Sample.studio, at: Sample.now)]) {
            $0.catalog.entries[504] = stopped
            $0.pendingWrites[504] = PendingWrite(original: Sample.running)
            $0.status = info("Stopped “Inbox”", .success)
            $0.undoSteps = [UndoStep(.stopped(entryID: 504), label: "“Inbox”")]
        }
    }

    @Test func stopWorksForATimerInAnotherWorkspace() {
        var state = Sample.loadedState(running: true)
        state.catalog.entries[504]?.workspaceID = Sample.personal
        #expect(state.press(.character("x")) == [.stopEntry(id: 504, workspaceID: Sample.personal, at: Sample.now)])
    }

    @Test func stopWithNothingRunning() {
        var state = Sample.loadedState()
        state.expect(key: .character("x")) { $0.status = info("No timer is running.") }
    }

    // MARK: c

    @Test func continueOutsideTheEntriesPaneRestartsTheLatestEntry() {
        var state = Sample.loadedState(running: true)
        var stopped = Sample.running
        stopped.stop = Sample.now
        stopped.duration = 1800
        // The running entry is not "the latest entry": Standup (9:00) is.
        state.expect(key: .character("c"), [.stopEntry(id: 504, workspaceID: Sample.studio, at: Sample.now), .startEntry(localID: -1, workspaceID: Sample.studio,
                                                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1,
                                                                         description: .set("Standup"), projectID: .set(Sample.mobile)))]) {
            $0.catalog.entries[504] = stopped
            $0.catalog.entries[-1] = TimeEntry(id: -1, workspaceID: Sample.studio, projectID: Sample.mobile, userID: Sample.userID,
                                               start: Sample.now, duration: -1, description: "Standup")
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.pendingWrites[504] = PendingWrite(original: Sample.running)
            $0.selection[.entries] = -1
            $0.undoSteps = [UndoStep(.started(entryID: -1, stoppedID: 504), label: "“Standup”")]
            $0.nextLocalID = -2
            $0.status = info("Started “Standup”", .success)
        }
    }

    @Test func continueKeepsTaskTagsAndBillable() {
        var state = Sample.loadedState()
        state.catalog.entries[502]?.taskID = Sample.design
        state.catalog.entries[502]?.billable = true
        state.catalog.entries[502]?.tags = ["meeting"]
        #expect(state.press(.character("c")) == [
            .startEntry(localID: -1, workspaceID: Sample.studio,
                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1, description: .set("Standup"),
                                         projectID: .set(Sample.mobile), taskID: .set(Sample.design), tags: ["meeting"], billable: true)),
        ])
    }

    @Test func continueOnTheSelectedRunningEntrySaysSo() {
        var state = Sample.loadedState(running: true)
        state.press(.character("5"))
        state.expect(key: .character("c")) { $0.status = info("That entry is already running.") }
    }

    @Test func continueWithNothingToContinue() {
        var state = Sample.loadedState()
        state.workspaceID = Sample.personal
        state.expect(key: .character("c")) { $0.status = info("No entry to continue.") }
        state.workspaceID = Sample.studio
        state.focus = .entries
        state.day = Sample.november(20)
        state.expect(key: .character("c")) { $0.status = info("No entry to continue.") }
    }

    // MARK: a

    @Test func addTodayRunsFromTheLastStopUntilNow() {
        var state = Sample.loadedState()
        state.press(.character("5"))
        state.expect(key: .character("a")) {
            $0.overlay = .editor(EntryEditor(mode: .add, workspaceID: Sample.studio, day: Sample.today, start: "09:30", stop: "10:00"))
        }
    }

    @Test func addTodayIgnoresTheFilterWhenFindingTheLastStop() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("/"))
        state.type("Wire")
        state.press(.enter)
        state.press(.character("a"))
        #expect(state.editor?.start.text == "09:30")
    }

    @Test func addOnAnEmptyTodayTakesTheLastHour() {
        var state = Sample.loadedState()
        state.workspaceID = Sample.personal
        state.focus = .entries
        state.expect(key: .character("a")) {
            $0.overlay = .editor(EntryEditor(mode: .add, workspaceID: Sample.personal, day: Sample.today, start: "09:00", stop: "10:00"))
        }
    }

    @Test func addOnAnotherDayProposesNineToTen() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("["))
        state.expect(key: .character("a")) {
            $0.overlay = .editor(EntryEditor(mode: .add, workspaceID: Sample.studio, day: Sample.november(22), start: "09:00", stop: "10:00"))
        }
    }

    @Test func addFromTheProjectsPanePresetsTheProjectAndItsBillable() {
        var state = Sample.loadedState()
        state.catalog.projects[Sample.mobile]?.billable = true
        state.press(.character("j"))
        state.expect(key: .character("a")) {
            $0.overlay = .editor(EntryEditor(mode: .add, workspaceID: Sample.studio, day: Sample.today, projectID: Sample.mobile,
                                             billable: true, start: "09:30", stop: "10:00"))
        }
    }

    @Test func addUsesTheTwelveHourClockWhenPreferred() {
        var state = Sample.loadedState()
        state.profile?.timeOfDayFormat = "h:mm A"
        state.press(.character("a"))
        #expect(state.editor?.start.text == "9:30 AM")
        #expect(state.editor?.stop.text == "10:00 AM")
    }

    // MARK: e

    @Test func editOnTheEntriesPaneEditsTheSelectedEntry() {
        var state = Sample.loadedState(running: true)
        state.press(.character("5"), .character("j"))
        state.expect(key: .character("e")) {
            $0.overlay = .editor(EntryEditor(mode: .edit(entryID: 502), workspaceID: Sample.studio, day: Sample.today,
                                             description: "Standup", projectID: Sample.mobile, start: "09:00", stop: "09:30"))
        }
    }

    @Test func editAnEntryOfAnotherDayUsesThatDay() {
        var state = Sample.loadedState()
        state.catalog.entries[503]?.taskID = Sample.design
        state.catalog.entries[503]?.billable = true
        state.catalog.entries[503]?.tags = ["meeting", "deep-work"]
        state.press(.character("5"), .character("["))
        state.expect(key: .character("e")) {
            $0.overlay = .editor(EntryEditor(mode: .edit(entryID: 503), workspaceID: Sample.studio, day: Sample.november(22),
                                             description: "Review pull requests", projectID: Sample.website, taskID: Sample.design,
                                             tags: ["meeting", "deep-work"], billable: true, start: "14:00", stop: "16:00"))
        }
    }

    @Test(arguments: [Pane.workspaces, .clients, .projects, .timer])
    func editElsewhereEditsTheRunningEntry(pane: Pane) {
        var state = Sample.loadedState(running: true)
        state.focus = pane
        state.expect(key: .character("e")) {
            $0.overlay = .editor(EntryEditor(mode: .edit(entryID: 504), workspaceID: Sample.studio, day: Sample.today,
                                             description: "Inbox", projectID: Sample.admin, start: "09:30", isRunning: true))
        }
    }

    @Test func editInTheWeekSummaryEditsTheRunningEntry() {
        var state = Sample.loadedState(running: true)
        state.press(.character("w"))
        state.press(.character("e"))
        #expect(state.editor?.mode == .edit(entryID: 504))
    }

    @Test func editWithNothingRunningOrSelected() {
        var state = Sample.loadedState()
        state.expect(key: .character("e")) { $0.status = info("No timer is running: select an entry to edit.") }
        state.focus = .entries
        state.day = Sample.november(20)
        state.expect(key: .character("e")) { $0.status = info("No entry selected.") }
    }

    // MARK: d

    @Test func deleteAsksFirstThenYesDeletes() {
        var state = Sample.loadedState()
        state.press(.character("5"))
        let dialog = ConfirmDialog(title: "Delete entry?", message: "“Standup” (0:30:00) will be deleted from Toggl.",
                                   action: .deleteEntry(id: 502))
        state.expect(key: .character("d")) { $0.overlay = .confirm(dialog) }
        let standup = state.catalog.entries[502]
        state.expect(key: .character("y"), [.deleteEntry(id: 502, workspaceID: Sample.studio)]) {
            $0.overlay = nil
            $0.catalog.entries[502] = nil
            $0.pendingWrites[502] = PendingWrite(original: standup)
            $0.status = info("Deleted “Standup”", .success)
            $0.undoSteps = [UndoStep(.deleted(standup!), label: "“Standup”")]
        }
        #expect(state.dayEntries.map(\.id) == [501])
    }

    @Test(arguments: [KeyEvent.character("Y"), .enter])
    func otherYesKeysDelete(key: KeyEvent) {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("d"))
        #expect(state.press(key) == [.deleteEntry(id: 502, workspaceID: Sample.studio)])
        #expect(state.overlay == nil)
    }

    @Test(arguments: [KeyEvent.character("n"), .character("N"), .escape])
    func noKeysBackOut(key: KeyEvent) {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("d"))
        state.expect(key: key) { $0.overlay = nil }
    }

    @Test func otherKeysLeaveTheQuestionOpen() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("d"))
        for key in [KeyEvent.character("q"), .character("j"), .character("x"), .tab, .character("?")] {
            state.expect(key: key)
        }
    }

    @Test func deleteTheRunningEntryCountsItsTimeToNow() {
        var state = Sample.loadedState(running: true)
        state.press(.character("5"), .character("d"))
        #expect(state.overlay == .confirm(ConfirmDialog(title: "Delete entry?", message: "“Inbox” (0:30:00) will be deleted from Toggl.",
                                                        action: .deleteEntry(id: 504))))
    }

    @Test func deleteNamesAnEntryWithoutDescriptionByItsProject() {
        var state = Sample.loadedState()
        state.catalog.entries[502]?.description = nil
        state.press(.character("5"), .character("d"))
        #expect(state.overlay == .confirm(ConfirmDialog(title: "Delete entry?", message: "Mobile App (0:30:00) will be deleted from Toggl.",
                                                        action: .deleteEntry(id: 502))))
        state.catalog.entries[502]?.projectID = nil
        state.press(.escape, .character("d"))
        #expect(state.overlay == .confirm(ConfirmDialog(title: "Delete entry?",
                                                        message: "an entry without description (0:30:00) will be deleted from Toggl.",
                                                        action: .deleteEntry(id: 502))))
    }

    @Test func deleteOutsideTheEntriesPaneExplains() {
        var state = Sample.loadedState()
        state.expect(key: .character("d")) { $0.status = info("Select an entry in the time entries pane to delete it.") }
        state.focus = .entries
        state.entriesMode = .weekSummary
        state.expect(key: .character("d")) { $0.status = info("Select an entry in the time entries pane to delete it.") }
    }

    @Test func deleteAnUnsavedEntryIsAWriteLikeAnyOther() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("a"), .enter) // adds 9:30–10:00 as -1
        #expect(state.selectedID(in: .entries) == -1)
        state.press(.character("d"))
        // The runtime's journal folds the create and the delete: nothing reaches Toggl.
        #expect(state.press(.character("y")) == [.deleteEntry(id: -1, workspaceID: Sample.studio)])
        #expect(state.catalog.entries[-1] == nil)
        #expect(state.pendingWrites[-1]?.count == 2)
    }

    @Test func deleteAnEntryThatVanishedMeanwhileDoesNothing() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("d"))
        state.catalog.entries[502] = nil
        state.expect(key: .character("y")) { $0.overlay = nil }
    }

    // MARK: n

    @Test func newClientFromTheClientsPane() {
        var state = Sample.loadedState()
        state.press(.character("2"))
        state.expect(key: .character("n")) { $0.overlay = .prompt(TextPrompt(purpose: .newClient(workspaceID: Sample.studio))) }
        state.type("Initechx")
        state.press(.backspace)
        state.expect(key: .enter, [.createClient(localID: -1, workspaceID: Sample.studio, ClientPayload(name: "Initech"))]) {
            $0.overlay = nil
            $0.catalog.clients[-1] = Client(id: -1, workspaceID: Sample.studio, name: "Initech")
            $0.selection[.clients] = -1
            $0.nextLocalID = -2
        }
        #expect(state.selectedID(in: .clients) == -1)
    }

    @Test func newProjectTakesTheNarrowedClientAndTheNextPaletteColour() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("j"), .enter) // narrowed to Acme Corp
        state.expect(key: .character("n")) {
            $0.overlay = .prompt(TextPrompt(purpose: .newProject(workspaceID: Sample.studio, clientID: Sample.acme)))
        }
        state.type("  Intranet ")
        // The workspace has three projects: the fourth colour is next.
        state.expect(key: .enter, [.createProject(localID: -1, workspaceID: Sample.studio,
                                                  ProjectPayload(name: "Intranet", clientID: .set(Sample.acme), color: "#e36a00", active: true))]) {
            $0.overlay = nil
            $0.catalog.projects[-1] = Project(id: -1, workspaceID: Sample.studio, clientID: Sample.acme, name: "Intranet", color: "#e36a00")
            $0.selection[.projects] = -1
            $0.nextLocalID = -2
        }
        #expect(state.projectRows.map(\.id) == [-1, Sample.website])
    }

    @Test func newProjectWithoutNarrowingHasNoClientAndThePaletteWraps() {
        var state = Sample.loadedState()
        for number in 1...11 {
            let id = Int64(6000 + number)
            state.catalog.projects[id] = Project(id: id, workspaceID: Sample.studio, name: "Z\(number)")
        }
        state.catalog.projects[7000] = Project(id: 7000, workspaceID: Sample.personal, name: "Elsewhere")
        state.press(.character("n"))
        state.type("Fourteenth")
        #expect(state.press(.enter) == [.createProject(localID: -1, workspaceID: Sample.studio,
                                                       ProjectPayload(name: "Fourteenth", color: "#0b83d9", active: true))])
    }

    @Test(arguments: [Pane.workspaces, .timer, .entries])
    func newElsewhereExplains(pane: Pane) {
        var state = Sample.loadedState()
        state.focus = pane
        state.expect(key: .character("n")) { $0.status = info("Focus the clients or projects pane to create one.") }
    }

    @Test func promptEscapeAndEmptyNamesCreateNothing() {
        var state = Sample.loadedState()
        state.press(.character("n"))
        state.type("Half")
        state.expect(key: .escape) { $0.overlay = nil }
        state.press(.character("n"))
        state.expect(key: .enter) { $0.overlay = nil }
        state.press(.character("n"))
        state.type("   ")
        state.expect(key: .enter) { $0.overlay = nil }
    }

    @Test func promptKeysEditTheLineAndDoNotReachTheMainView() {
        var state = Sample.loadedState()
        state.press(.character("n"))
        state.type("qx word")
        state.press(.ctrl("w"), .left, .character("y"))
        guard case .prompt(let prompt) = state.overlay else { Issue.record("the prompt closed"); return }
        #expect(prompt.purpose == .newProject(workspaceID: Sample.studio, clientID: nil))
        #expect(prompt.editor.text == "qxy ")
        #expect(prompt.editor.cursor == 3)
        state.press(.ctrl("u"))
        guard case .prompt(let cleared) = state.overlay else { Issue.record("the prompt closed"); return }
        #expect(cleared.editor.text == " ")
        #expect(cleared.editor.cursor == 0)
        #expect(!state.isQuitting)
        #expect(state.focus == .projects)
    }

    @Test func newProjectUnderAClientStillBeingCreatedWaits() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("n"))
        state.type("Initech")
        state.press(.enter)
        state.press(.enter) // narrow to the unsaved client
        #expect(state.clientFilter == -1)
        state.expect(key: .character("n")) { $0.status = info("The client is still being created; try again in a moment.") }
    }
}
