import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// The entry editor: fields, typing, suggestions, pickers and submitting.
@Suite struct EditorTests {
    /// The editor's focus after each of `count` presses of `key`.
    static func focuses(_ state: inout AppState, pressing key: KeyEvent, _ count: Int) -> [EntryEditor.Field] {
        (0..<count).map { _ in
            state.press(key)
            return state.editor?.focus ?? .description
        }
    }

    /// The sample after `keys`, starting on the clients pane (so `s` and `a` preset no project).
    static func editorState(_ keys: KeyEvent..., running: Bool = false) -> AppState {
        var state = Sample.loadedState(running: running)
        state.focus = .clients
        for key in keys { state.press(key) }
        return state
    }

    // MARK: Fields per mode

    @Test func startEditorFields() {
        var state = Self.editorState(.character("s"))
        #expect(state.editor?.fields == [.description, .project, .task, .tags, .billable])
        #expect(state.editor?.title == "Start a timer")
        #expect(Self.focuses(&state, pressing: .tab, 5) == [.project, .task, .tags, .billable, .description])
        #expect(Self.focuses(&state, pressing: .backTab, 5) == [.billable, .tags, .task, .project, .description])
        #expect(Self.focuses(&state, pressing: .down, 5) == [.project, .task, .tags, .billable, .description])
        #expect(Self.focuses(&state, pressing: .up, 5) == [.billable, .tags, .task, .project, .description])
    }

    @Test func addEditorFields() {
        var state = Self.editorState(.character("a"))
        #expect(state.editor?.fields == EntryEditor.Field.allCases)
        #expect(state.editor?.title == "Add a finished entry")
        #expect(Self.focuses(&state, pressing: .tab, 7) == [.project, .task, .tags, .billable, .start, .stop, .description])
        #expect(Self.focuses(&state, pressing: .backTab, 7) == [.stop, .start, .billable, .tags, .task, .project, .description])
        #expect(Self.focuses(&state, pressing: .down, 2) == [.project, .task])
        #expect(Self.focuses(&state, pressing: .up, 3) == [.project, .description, .stop])
    }

    @Test func editRunningEditorHasNoStop() {
        var state = Self.editorState(.character("e"), running: true)
        #expect(state.editor?.fields == [.description, .project, .task, .tags, .billable, .start])
        #expect(state.editor?.title == "Edit the running entry")
        #expect(Self.focuses(&state, pressing: .tab, 6) == [.project, .task, .tags, .billable, .start, .description])
        #expect(Self.focuses(&state, pressing: .backTab, 2) == [.start, .billable])
    }

    @Test func editStoppedEditorHasEveryField() {
        var state = Self.editorState(.character("5"), .character("e"))
        #expect(state.editor?.fields == EntryEditor.Field.allCases)
        #expect(state.editor?.title == "Edit entry")
        #expect(Self.focuses(&state, pressing: .backTab, 2) == [.stop, .start])
    }

    @Test func tabMovesWithWholeStateAndEscapeCloses() {
        var state = Self.editorState(.character("s"))
        var editor = state.editor!
        editor.focus = .project
        state.expect(key: .tab) { $0.overlay = .editor(editor) }
        state.expect(key: .escape) { $0.overlay = nil }
    }

    // MARK: Typing

    @Test func textFieldsEditLikeAShellLine() {
        var state = Self.editorState(.character("s"))
        state.type("Write the report")
        state.press(.ctrl("w"))
        #expect(state.editor?.description.text == "Write the ")
        state.press(.home, .character(">"), .end, .character("!"))
        #expect(state.editor?.description.text == ">Write the !")
        state.press(.left, .left, .backspace)
        #expect(state.editor?.description.text == ">Write th !")
        #expect(state.editor?.description.cursor == 9)
        state.press(.right, .delete)
        #expect(state.editor?.description.text == ">Write th ")
        state.press(.ctrl("a"), .delete, .ctrl("e"), .ctrl("u"))
        #expect(state.editor?.description == LineEditor(""))
    }

    @Test func startAndStopFieldsEditToo() {
        var state = Self.editorState(.character("a"))
        state.press(.backTab, .backTab) // start
        state.press(.ctrl("u"))
        state.type("8:15")
        state.press(.tab, .backspace, .backspace, .character("3"), .character("0"))
        #expect(state.editor?.start.text == "8:15")
        #expect(state.editor?.stop.text == "10:30")
        #expect(state.press(.ctrl("s")).count == 1)
        #expect(state.catalog.entries[-1]?.duration == 8100)
    }

    @Test func keysThatMeanSomethingInTheMainViewAreTypedInTheEditor() {
        var state = Self.editorState(.character("s"))
        state.type("q?xd[]1")
        #expect(state.editor?.description.text == "q?xd[]1")
        #expect(!state.isQuitting)
        #expect(state.day == Sample.today)
    }

    // MARK: Description suggestions

    @Test func suggestionsAreChosenWithDownUpAndEnter() {
        var state = Self.editorState(.character("s"))
        state.catalog.entries[503]?.taskID = Sample.design
        state.catalog.entries[503]?.tags = ["meeting"]
        state.catalog.entries[503]?.billable = true
        state.type("re")
        // "Review pull requests" (word start) ranks above "Wireframes".
        #expect(state.descriptionSuggestions(for: "re").map(\.id) == [503, 501])
        var editor = state.editor!
        editor.suggestion = 0
        state.expect(key: .down) { $0.overlay = .editor(editor) }
        editor.suggestion = 1
        state.expect(key: .down) { $0.overlay = .editor(editor) }
        state.expect(key: .down)
        editor.suggestion = 0
        state.expect(key: .up) { $0.overlay = .editor(editor) }
        editor.suggestion = nil
        state.expect(key: .up) { $0.overlay = .editor(editor) }
        state.press(.down)
        editor.description.setText("Review pull requests")
        editor.projectID = Sample.website
        editor.taskID = Sample.design
        editor.tags = ["meeting"]
        editor.billable = true
        state.expect(key: .enter) { $0.overlay = .editor(editor) }
        // Up without a highlighted suggestion moves to the previous field.
        state.press(.up)
        #expect(state.editor?.focus == .billable)
    }

    @Test func escapeLeavesTheSuggestionsBeforeTheEditor() {
        var state = Self.editorState(.character("s"))
        state.type("wire")
        state.press(.down)
        #expect(state.editor?.suggestion == 0)
        var editor = state.editor!
        editor.suggestion = nil
        state.expect(key: .escape) { $0.overlay = .editor(editor) }
        state.expect(key: .escape) { $0.overlay = nil }
    }

    @Test func typingOrTabbingDropsTheHighlightedSuggestion() {
        var state = Self.editorState(.character("s"))
        state.type("wire")
        state.press(.down, .character("f"))
        #expect(state.editor?.suggestion == nil)
        #expect(state.editor?.description.text == "wiref")
        state.press(.down, .tab)
        #expect(state.editor?.suggestion == nil)
        #expect(state.editor?.focus == .project)
    }

    @Test func noSuggestionsForEmptyTextOrAnExactMatch() {
        let state = Sample.loadedState()
        #expect(state.descriptionSuggestions(for: "").isEmpty)
        #expect(state.descriptionSuggestions(for: "Standup").isEmpty)
        #expect(state.descriptionSuggestions(for: "zzz").isEmpty)
        var editorState = Self.editorState(.character("s"))
        editorState.type("Standup")
        // Down moves to the next field when there is nothing to suggest.
        editorState.press(.down)
        #expect(editorState.editor?.focus == .project)
        #expect(editorState.editor?.suggestion == nil)
    }

    @Test func enterWithoutAHighlightedSuggestionSubmits() {
        var state = Self.editorState(.character("s"))
        state.type("re")
        #expect(state.press(.enter).count == 1)
        #expect(state.runningEntry?.description == "re")
    }

    // MARK: Opening pickers

    @Test(arguments: [KeyEvent.enter, .space, .right])
    func pickerFieldsOpenTheirPicker(key: KeyEvent) {
        var state = Self.editorState(.character("s"), .tab)
        var editor = state.editor!
        editor.picker = Picker(kind: .project)
        state.expect(key: key) { $0.overlay = .editor(editor) }
    }

    @Test func typingOnAPickerFieldOpensItWithTheText() {
        var state = Self.editorState(.character("s"), .tab)
        state.press(.character("a"))
        #expect(state.editor?.picker?.kind == .project)
        #expect(state.editor?.picker?.query.text == "a")
        // The match at the start of the name ranks first; no "(no project)" row while typing.
        #expect(state.candidates(for: state.editor!.picker!, in: state.editor!).map(\.title) == ["Admin", "Mobile App"])
    }

    @Test func theTaskPickerNeedsAProject() {
        var state = Self.editorState(.character("s"), .tab, .tab)
        var editor = state.editor!
        editor.problem = "Pick a project first: tasks belong to projects."
        state.expect(key: .enter) { $0.overlay = .editor(editor) }
        state.press(.character("d"))
        #expect(state.editor?.picker == nil)
    }

    @Test func theTagsPickerStartsWithTheChosenTags() {
        var state = Self.editorState(.character("5"), .character("j"), .character("e"), .tab, .tab, .tab)
        #expect(state.editor?.focus == .tags)
        state.press(.enter)
        #expect(state.editor?.picker == Picker(kind: .tags, chosenTags: ["deep-work"]))
    }

    @Test func backspaceClearsAPickerField() {
        var state = Self.editorState(.character("s"))
        state.catalog.entries[503]?.taskID = Sample.design
        state.catalog.entries[503]?.tags = ["meeting"]
        state.type("review")
        state.press(.down, .enter) // project, task and tags from the suggestion
        state.press(.tab, .tab, .backspace)
        #expect(state.editor?.taskID == nil)
        #expect(state.editor?.projectID == Sample.website)
        state.press(.tab, .delete)
        #expect(state.editor?.tags == [])
        state.press(.backTab, .backTab)
        state.editorTask(Sample.design)
        state.press(.backspace)
        #expect(state.editor?.projectID == nil)
        #expect(state.editor?.taskID == nil)
    }

    // MARK: Picking

    @Test func projectPickerHighlightClampsAndEnterChooses() {
        var state = Self.editorState(.character("s"), .tab, .enter)
        let editor = state.editor!
        #expect(state.candidates(for: editor.picker!, in: editor).map(\.title) == ["(no project)", "Admin", "Mobile App", "Website Redesign"])
        state.press(.up)
        #expect(state.editor?.picker?.highlighted == 0)
        state.press(.down, .down, .down, .down, .down)
        #expect(state.editor?.picker?.highlighted == 3)
        state.press(.ctrl("p"))
        #expect(state.editor?.picker?.highlighted == 2)
        state.press(.ctrl("n"), .ctrl("n"))
        #expect(state.editor?.picker?.highlighted == 3)
        // Typing filters and starts from the top again.
        state.type("ad")
        #expect(state.editor?.picker?.highlighted == 0)
        #expect(state.candidates(for: state.editor!.picker!, in: state.editor!).map(\.title) == ["Admin"])
        state.press(.down)
        #expect(state.editor?.picker?.highlighted == 0)
        var expected = editor
        expected.projectID = Sample.admin
        expected.picker = nil
        state.expect(key: .enter) { $0.overlay = .editor(expected) }
    }

    @Test func choosingABillableProjectInANewEntryMakesItBillable() {
        var state = Self.editorState(.character("s"), .tab, .enter)
        state.catalog.projects[Sample.website]?.billable = true
        state.type("web")
        state.press(.enter)
        #expect(state.editor?.projectID == Sample.website)
        #expect(state.editor?.billable == true)
        // A project without a billable default keeps the choice.
        state.press(.enter, .ctrl("u"))
        state.type("mob")
        state.press(.enter)
        #expect(state.editor?.billable == true)
    }

    @Test func choosingAProjectInAnEditKeepsTheEntrysBillable() {
        var state = Self.editorState(.character("5"), .character("e"), .tab, .enter)
        state.catalog.projects[Sample.website]?.billable = true
        state.type("web")
        state.press(.enter)
        #expect(state.editor?.projectID == Sample.website)
        #expect(state.editor?.billable == false)
    }

    @Test func choosingNoProjectClearsTheTask() {
        var state = Self.editorState(.character("s"), .tab)
        state.editorTask(Sample.design)
        state.press(.enter, .enter) // (no project)
        #expect(state.editor?.projectID == nil)
        #expect(state.editor?.taskID == nil)
        #expect(state.editor?.picker == nil)
    }

    @Test func changingTheProjectClearsTheTaskButKeepingItDoesNot() {
        var state = Self.editorState(.character("s"), .tab)
        state.editorTask(Sample.design)
        state.type("web")
        state.press(.enter)
        #expect(state.editor?.taskID == Sample.design)
        state.type("adm")
        state.press(.enter)
        #expect(state.editor?.projectID == Sample.admin)
        #expect(state.editor?.taskID == nil)
    }

    @Test func taskPickerOffersTheProjectsActiveTasks() {
        var state = Self.editorState(.character("s"), .tab)
        state.type("web")
        state.press(.enter, .tab, .enter)
        let editor = state.editor!
        #expect(state.candidates(for: editor.picker!, in: editor).map(\.title) == ["(no task)", "Design", "Development"])
        state.press(.down, .down, .enter)
        #expect(state.editor?.taskID == Sample.development)
        state.press(.enter, .enter)
        #expect(state.editor?.taskID == nil)
        state.type("des")
        state.press(.enter)
        #expect(state.editor?.taskID == Sample.design)
    }

    @Test func pickerEscapeClosesOnlyThePicker() {
        var state = Self.editorState(.character("s"), .tab)
        state.type("web")
        var editor = state.editor!
        editor.picker = nil
        state.expect(key: .escape) { $0.overlay = .editor(editor) }
        #expect(state.editor?.projectID == nil)
    }

    @Test func enterOnAPickerWithNoMatchDoesNothing() {
        var state = Self.editorState(.character("s"), .tab)
        state.type("zzz")
        state.expect(key: .enter)
        state.press(.backspace, .backspace, .backspace)
        #expect(state.editor?.picker?.query.text == "")
    }

    @Test func tagsAreToggledWithSpaceAndConfirmedWithEnter() {
        var state = Self.editorState(.character("s"), .tab, .tab, .tab, .enter)
        // Tags by name: deep-work, meeting.
        state.press(.down, .space)
        #expect(state.editor?.picker?.chosenTags == ["meeting"])
        #expect(state.editor?.picker?.highlighted == 0)
        state.press(.space)
        #expect(state.editor?.picker?.chosenTags == ["meeting", "deep-work"])
        state.press(.down, .space)
        #expect(state.editor?.picker?.chosenTags == ["deep-work"])
        state.press(.down, .space)
        #expect(state.editor?.picker?.chosenTags == ["deep-work", "meeting"])
        // Enter on the untouched list confirms what was chosen.
        state.press(.enter)
        #expect(state.editor?.tags == ["deep-work", "meeting"])
        #expect(state.editor?.picker == nil)
    }

    @Test func ctrlSInAPickerSavesWithWhatThePickerWasToldOnly() {
        // Tags chosen with Space are kept; the highlighted one is not added.
        var tags = Self.editorState(.character("s"), .tab, .tab, .tab, .enter)
        tags.press(.down, .space, .down)
        let started = tags.press(.ctrl("s"))
        #expect(tags.overlay == nil)
        guard case .startEntry(_, _, let payload)? = started.first else {
            Issue.record("no start: \(started)")
            return
        }
        #expect(payload.tags == ["meeting"])
        // A project picker with a query but nothing chosen leaves the project as it was.
        var project = Self.editorState(.character("s"), .tab)
        project.type("web")
        let plain = project.press(.ctrl("s"))
        guard case .startEntry(_, _, let unchanged)? = plain.first else {
            Issue.record("no start: \(plain)")
            return
        }
        #expect(unchanged.projectID == nil)
    }

    @Test func enterConfirmsTheChosenTagsWithoutAddingTheFirstOne() {
        var state = Self.editorState(.character("s"), .tab, .tab, .tab, .enter)
        state.press(.down, .space, .enter)
        #expect(state.editor?.tags == ["meeting"])
    }

    @Test func enterOnAMovedToOrTypedTagAddsIt() {
        var state = Self.editorState(.character("s"), .tab, .tab, .tab, .enter)
        state.press(.down, .enter)
        #expect(state.editor?.tags == ["meeting"])
        state.press(.enter)
        state.type("deep")
        state.press(.enter)
        #expect(state.editor?.tags == ["meeting", "deep-work"])
        // Enter on a tag already chosen keeps it.
        state.press(.enter)
        state.type("meet")
        state.press(.enter)
        #expect(state.editor?.tags == ["meeting", "deep-work"])
    }

    @Test func typingANewNameCreatesATag() {
        var state = Self.editorState(.character("s"), .tab, .tab, .tab)
        state.type("urgent")
        let editor = state.editor!
        #expect(state.candidates(for: editor.picker!, in: editor)
            == [PickerCandidate(value: .newTag("urgent"), title: "urgent", detail: "new tag", matchedPositions: [])])
        state.press(.enter)
        #expect(state.editor?.tags == ["urgent"])
        // A new tag chosen with Space is offered like the others afterwards.
        state.press(.enter)
        state.type("later")
        state.press(.space)
        #expect(state.editor?.picker?.chosenTags == ["urgent", "later"])
        #expect(state.candidates(for: state.editor!.picker!, in: state.editor!).map(\.title) == ["deep-work", "later", "meeting", "urgent"])
        // An existing name in other letters is not new.
        state.type("MEETING")
        #expect(state.candidates(for: state.editor!.picker!, in: state.editor!).map(\.value) == [.tag("meeting")])
    }

    @Test func enterOnATagPickerWithNoCandidatesConfirms() {
        var state = Sample.loadedState()
        state.workspaceID = Sample.personal // no tags there
        state.press(.character("2"), .character("s"), .tab, .tab, .tab, .enter)
        #expect(state.candidates(for: state.editor!.picker!, in: state.editor!).isEmpty)
        state.press(.down, .space)
        #expect(state.editor?.picker?.chosenTags == [])
        state.press(.enter)
        #expect(state.editor?.tags == [])
        #expect(state.editor?.picker == nil)
    }

    @Test func billableTogglesWithEnterAndSpaceOnly() {
        var state = Self.editorState(.character("s"), .backTab)
        #expect(state.editor?.focus == .billable)
        state.press(.enter)
        #expect(state.editor?.billable == true)
        state.press(.space)
        #expect(state.editor?.billable == false)
        state.press(.character("y"), .backspace)
        #expect(state.editor?.billable == false)
    }

    // MARK: Submitting a start

    @Test func ctrlSSubmitsFromAnyField() {
        for tabs in 0..<5 {
            var state = Self.editorState(.character("s"))
            state.type("  Plan  ")
            for _ in 0..<tabs { state.press(.tab) }
            state.expect(key: .ctrl("s"), [.startEntry(localID: -1, workspaceID: Sample.studio,
                                                       TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1,
                                                                        description: .set("Plan")))]) {
                $0.overlay = nil
                $0.catalog.entries[-1] = TimeEntry(id: -1, workspaceID: Sample.studio, userID: Sample.userID, start: Sample.now,
                                                   duration: -1, description: "Plan")
                $0.pendingWrites[-1] = PendingWrite(original: nil)
                $0.selection[.entries] = -1
                $0.nextLocalID = -2
                $0.status = info("Started “Plan”", .success)
                $0.undoSteps = [UndoStep(.started(entryID: -1, stoppedID: nil), label: "“Plan”")]
            }
        }
    }

    @Test func startWithEverythingSendsEverything() {
        var state = Self.editorState(.character("s"))
        state.type("Build")
        state.press(.tab)
        state.editorTask(Sample.development)
        state.press(.tab, .tab, .enter, .space, .enter, .tab, .space)
        #expect(state.press(.ctrl("s")) == [
            .startEntry(localID: -1, workspaceID: Sample.studio,
                        TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1, description: .set("Build"),
                                         projectID: .set(Sample.website), taskID: .set(Sample.development), tags: ["deep-work"],
                                         billable: true)),
        ])
    }

    @Test func anEmptyStartHasNoDescription() {
        var state = Self.editorState(.character("s"))
        #expect(state.press(.enter) == [.startEntry(localID: -1, workspaceID: Sample.studio,
                                                    TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1))])
        #expect(state.status == info("Started an entry without description", .success))
    }

    @Test func startingWhileATimerRunsShowsTheOldOneStopped() {
        var state = Self.editorState(.character("s"), running: true)
        state.type("Next")
        state.press(.enter)
        #expect(state.catalog.entries[504]?.stop == Sample.now)
        #expect(state.catalog.entries[504]?.duration == 1800)
        #expect(state.pendingWrites[504] == PendingWrite(original: Sample.running))
        #expect(state.runningEntry?.id == -1)
    }

    @Test func aProjectStillBeingCreatedIsNotSentUntilTogglConfirmsIt() {
        var state = Sample.loadedState()
        state.press(.character("n"))
        state.type("Intranet")
        state.press(.enter, .character("s")) // the new project (-1) is selected
        #expect(state.editor?.projectID == -1)
        var editor = state.editor!
        editor.problem = "The project is still being created; try again in a moment."
        state.expect(key: .ctrl("s")) { $0.overlay = .editor(editor) }
        let saved = Project(id: 1010, workspaceID: Sample.studio, name: "Intranet", color: "#e36a00")
        _ = AppUpdate.update(&state, .projectCreated(localID: -1, .success(saved)))
        #expect(state.editor?.projectID == 1010)
        #expect(state.press(.ctrl("s")) == [.startEntry(localID: -2, workspaceID: Sample.studio,
                                                         TimeEntryPayload(workspaceID: Sample.studio, start: Sample.now, duration: -1,
                                                                          projectID: .set(1010)))])
    }

    @Test func aProjectThatCouldNotBeCreatedLeavesTheEditor() {
        var state = Sample.loadedState()
        state.press(.character("n"))
        state.type("Intranet")
        state.press(.enter, .character("s"))
        _ = AppUpdate.update(&state, .projectCreated(localID: -1, .failure(AppError(.rejected, "Name taken"))))
        #expect(state.editor?.projectID == nil)
        #expect(state.press(.ctrl("s")).count == 1)
    }

    // MARK: Submitting an add

    @Test func addSubmitsAFinishedEntry() {
        var state = Self.editorState(.character("5"), .character("a"))
        state.type("Notes")
        let start = Sample.at(9, 30)
        let entry = TimeEntry(id: -1, workspaceID: Sample.studio, userID: Sample.userID, start: start, stop: Sample.now, duration: 1800,
                              description: "Notes")
        state.expect(key: .enter, [.createEntry(localID: -1, workspaceID: Sample.studio,
                                                TimeEntryPayload(workspaceID: Sample.studio, start: start, duration: 1800,
                                                                 stop: .set(Sample.now), description: .set("Notes")))]) {
            $0.overlay = nil
            $0.catalog.entries[-1] = entry
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.selection[.entries] = -1
            $0.nextLocalID = -2
            $0.status = info("Added 0:30:00", .success)
            $0.undoSteps = [UndoStep(.added(entryID: -1), label: "“Notes”")]
        }
        #expect(state.dayEntries.first?.id == -1)
    }

    @Test func addWithProjectTaskTagsAndBillable() {
        var state = Self.editorState(.character("a"))
        state.press(.tab)
        state.editorTask(Sample.design)
        state.press(.tab, .tab, .character("m"), .enter, .tab, .space)
        let start = Sample.at(9, 30)
        #expect(state.press(.ctrl("s")) == [
            .createEntry(localID: -1, workspaceID: Sample.studio,
                         TimeEntryPayload(workspaceID: Sample.studio, start: start, duration: 1800, stop: .set(Sample.now),
                                          projectID: .set(Sample.website), taskID: .set(Sample.design), tags: ["meeting"], billable: true)),
        ])
    }

    @Test func aStopEarlierThanTheStartOnABareTimeIsTheNextDay() {
        var state = Self.editorState(.character("a"))
        state.setEditorTimes(start: "23:00", stop: "1:30")
        let start = Sample.at(23)
        let stop = Sample.at(25, 30)
        #expect(state.press(.ctrl("s")) == [
            .createEntry(localID: -1, workspaceID: Sample.studio,
                         TimeEntryPayload(workspaceID: Sample.studio, start: start, duration: 9000, stop: .set(stop))),
        ])
        #expect(state.catalog.entries[-1]?.stop == stop)
    }

    @Test func aStopEqualToTheStartIsRefused() {
        var state = Self.editorState(.character("a"))
        state.setEditorTimes(start: "10:00", stop: "10:00")
        state.press(.ctrl("s"))
        #expect(state.editor?.problem == "The stop time must be after the start time.")
    }

    @Test func aStopBeforeTheStartWithADateIsRefused() {
        var state = Self.editorState(.character("a"))
        state.setEditorTimes(start: "2026-11-23 10:00", stop: "2026-11-23 09:00")
        var editor = state.editor!
        editor.problem = "The stop time must be after the start time."
        editor.focus = .stop
        state.expect(key: .ctrl("s")) { $0.overlay = .editor(editor) }
        // Typing clears the problem.
        state.press(.backspace)
        #expect(state.editor?.problem == nil)
    }

    @Test func invalidTimesKeepTheEditorOpenWithAProblem() {
        var state = Self.editorState(.character("a"))
        state.setEditorTimes(start: "25:00", stop: "10:00")
        var editor = state.editor!
        editor.problem = "Start time “25:00” is not a time (try 9:30, 14:05 or 2:10 PM)."
        editor.focus = .start
        state.expect(key: .ctrl("s")) { $0.overlay = .editor(editor) }
        state.setEditorTimes(start: "9:00", stop: "soon")
        editor = state.editor!
        editor.problem = "Stop time “soon” is not a time (try 17:30 or 5:30 PM)."
        editor.focus = .stop
        state.expect(key: .ctrl("s")) { $0.overlay = .editor(editor) }
        state.setEditorTimes(start: "9:00", stop: "")
        state.press(.ctrl("s"))
        #expect(state.editor?.problem == "Stop time “” is not a time (try 17:30 or 5:30 PM).")
    }

    @Test func enterOnATimeFieldSubmits() {
        var state = Self.editorState(.character("a"), .backTab)
        #expect(state.editor?.focus == .stop)
        #expect(state.press(.enter).count == 1)
        #expect(state.overlay == nil)
    }

    @Test func addOnAnotherDayFromTheEditorsDay() {
        var state = Self.editorState(.character("5"), .character("["), .character("a"))
        state.press(.ctrl("s"))
        #expect(state.catalog.entries[-1]?.start == Sample.at(9, daysAgo: 1))
        #expect(state.catalog.entries[-1]?.stop == Sample.at(10, daysAgo: 1))
        #expect(state.day == Sample.november(22))
    }

    @Test func addWithADateShowsThatDayAndLoadsItsWeek() {
        var state = Self.editorState(.character("a"))
        state.setEditorTimes(start: "2026-11-02 09:00", stop: "2026-11-02 10:00")
        let start = Sample.november(2).start(in: Sample.utc).addingTimeInterval(9 * 3600)
        let window = DateInterval(start: Sample.november(2).start(in: Sample.utc), end: Sample.november(9).start(in: Sample.utc))
        #expect(state.press(.ctrl("s")) == [
            .createEntry(localID: -1, workspaceID: Sample.studio,
                         TimeEntryPayload(workspaceID: Sample.studio, start: start, duration: 3600, stop: .set(start.addingTimeInterval(3600)))),
            .fetchEntries(requestID: 2, window: window),
        ])
        #expect(state.day == Sample.november(2))
        #expect(state.dayEntries.map(\.id) == [-1])
    }

    // MARK: Submitting an edit

    @Test func editSendsOnlyTheChangedDescription() {
        var state = Self.editorState(.character("5"), .character("e"))
        state.press(.ctrl("u"))
        state.type("Daily standup")
        let original = state.catalog.entries[502]!
        var updated = original
        updated.description = "Daily standup"
        state.expect(key: .enter, [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(description: .set("Daily standup")))]) {
            $0.overlay = nil
            $0.catalog.entries[502] = updated
            $0.pendingWrites[502] = PendingWrite(original: original)
            $0.status = info("Saved “Daily standup”", .success)
            $0.undoSteps = [UndoStep(.edited(entryID: 502, before: original, after: updated), label: "“Daily standup”")]
        }
    }

    @Test func editClearsTheDescription() {
        var state = Self.editorState(.character("5"), .character("e"), .ctrl("u"), .character(" "))
        #expect(state.press(.enter) == [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(description: .clear))])
        #expect(state.catalog.entries[502]?.description == nil)
        #expect(state.status == info("Saved Mobile App", .success))
    }

    @Test func editSetsAndClearsTheProjectAndTask() {
        var state = Self.editorState(.character("5"), .character("e"), .tab)
        state.editorTask(Sample.design)
        #expect(state.press(.ctrl("s")) == [
            .updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(projectID: .set(Sample.website), taskID: .set(Sample.design))),
        ])
        #expect(state.catalog.entries[502]?.projectID == Sample.website)
        #expect(state.catalog.entries[502]?.taskID == Sample.design)
        state.press(.character("e"), .tab, .backspace)
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(projectID: .clear, taskID: .clear))])
        #expect(state.catalog.entries[502]?.projectID == nil)
        // The first answer has not come yet: the original to roll back to is still the first one.
        #expect(state.pendingWrites[502] == PendingWrite(original: Sample.entries[1], count: 2))
    }

    @Test func editReplacesTheTags() {
        var state = Self.editorState(.character("5"), .character("j"), .character("e"), .tab, .tab, .tab, .enter)
        state.press(.down, .space, .enter) // deep-work plus meeting
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 501, workspaceID: Sample.studio, TimeEntryPayload(tags: ["deep-work", "meeting"]))])
        state.press(.character("e"), .tab, .tab, .tab, .backspace, .ctrl("s"))
        #expect(state.catalog.entries[501]?.tags == [])
    }

    @Test func editTogglesBillable() {
        var state = Self.editorState(.character("5"), .character("e"), .backTab, .backTab, .backTab, .space)
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(billable: true))])
        state.press(.character("e"), .backTab, .backTab, .backTab, .space)
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(billable: false))])
    }

    @Test func editTheStartSendsTheStartAndTheNewDuration() {
        var state = Self.editorState(.character("5"), .character("e"))
        state.setEditorTimes(start: "8:45", stop: "09:30")
        let start = Sample.at(8, 45)
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(start: start, duration: 2700))])
        #expect(state.catalog.entries[502]?.start == start)
        #expect(state.catalog.entries[502]?.duration == 2700)
    }

    @Test func editTheStopSendsTheStopAndTheNewDuration() {
        var state = Self.editorState(.character("5"), .character("e"))
        state.setEditorTimes(start: "09:00", stop: "9:45 am")
        let stop = Sample.at(9, 45)
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 502, workspaceID: Sample.studio, TimeEntryPayload(duration: 2700, stop: .set(stop)))])
        #expect(state.catalog.entries[502]?.stop == stop)
    }

    @Test func timesAreComparedToTheMinute() {
        var state = Sample.loadedState()
        state.catalog.entries[502]?.start = Sample.at(9).addingTimeInterval(30)
        state.catalog.entries[502]?.stop = Sample.at(9, 30).addingTimeInterval(45)
        state.catalog.entries[502]?.duration = 1815
        state.press(.character("5"), .character("e"))
        #expect(state.editor?.start.text == "09:00")
        state.expect(key: .ctrl("s")) {
            $0.overlay = nil
            $0.status = info("No changes.")
        }
        // Changing only the stop keeps the start's seconds in the duration.
        state.press(.character("e"))
        state.setEditorTimes(start: "09:00", stop: "10:00")
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 502, workspaceID: Sample.studio,
                                                         TimeEntryPayload(duration: 3570, stop: .set(Sample.at(10))))])
    }

    @Test func editTheRunningEntrysStartSendsOnlyTheStart() {
        var state = Self.editorState(.character("e"), running: true)
        state.setEditorTimes(start: "9:15", stop: nil)
        #expect(state.press(.ctrl("s")) == [.updateEntry(id: 504, workspaceID: Sample.studio, TimeEntryPayload(start: Sample.at(9, 15)))])
        #expect(state.runningEntry?.start == Sample.at(9, 15))
        #expect(state.runningEntry?.duration == -1)
    }

    @Test func anUnchangedEditSendsNothing() {
        var state = Self.editorState(.character("5"), .character("e"))
        state.expect(key: .enter) {
            $0.overlay = nil
            $0.status = info("No changes.")
        }
    }

    @Test func anUnsavedEntryCanBeEditedUnderItsLocalID() {
        var state = Self.editorState(.character("5"), .character("a"), .enter, .character("e"))
        #expect(state.editor?.mode == .edit(entryID: -1))
        state.type(" more")
        let effects = state.press(.ctrl("s"))
        guard case .updateEntry(let id, _, _, _) = effects.first else {
            Issue.record("expected an update, got \(effects)")
            return
        }
        #expect(id == -1)
        #expect(state.pendingWrites[-1]?.count == 2)
    }

    @Test func anEntryDeletedWhileEditingCannotBeSaved() {
        var state = Self.editorState(.character("5"), .character("e"))
        state.catalog.entries[502] = nil
        state.expect(key: .ctrl("s")) {
            $0.overlay = nil
            $0.status = failure("That entry no longer exists.")
        }
    }
}

extension AppState {
    /// Picks a project's task through the editor's pickers (the focus is on the project field).
    mutating func editorTask(_ taskID: Int64) {
        let task = catalog.tasks[taskID]!
        press(.enter)
        type(catalog.projects[task.projectID]!.name)
        press(.enter, .tab, .enter)
        type(task.name)
        press(.enter, .backTab)
    }

    /// Replaces the start and stop fields' text (nil leaves the field alone), keeping the focus.
    mutating func setEditorTimes(start: String?, stop: String?) {
        guard case .editor(var editor) = overlay else { return }
        if let start { editor.start.setText(start) }
        if let stop { editor.stop.setText(stop) }
        overlay = .editor(editor)
    }
}
