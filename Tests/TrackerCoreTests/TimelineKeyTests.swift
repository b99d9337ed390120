import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Every timeline key (`v`, ←/→ h/l, the keymap's moves, Enter, f, o, S, J, and e/d/c on the
/// cursor's entry): the whole new state and the whole effect list.
@Suite struct TimelineKeyTests {
    typealias S = Sample

    static func entry(_ id: Int64, _ description: String, _ projectID: Int64?, _ from: (Int, Int), _ to: (Int, Int)) -> TimeEntry {
        let start = S.at(from.0, from.1)
        let stop = S.at(to.0, to.1)
        return TimeEntry(id: id, workspaceID: S.studio, projectID: projectID, userID: S.userID, start: start, stop: stop,
                         duration: Int(stop.timeIntervalSince(start)), description: description)
    }

    /// Today: Email 6:00–6:45 (Admin), a gap to Wireframes 7–8 (Website), Standup 8:00–8:30
    /// (Mobile) overlapped by Review 8:15–9:00 (Website), a gap to Planning 9:30–9:45 (Mobile).
    static var entries: [TimeEntry] {
        [entry(510, "Email", S.admin, (6, 0), (6, 45)), entry(511, "Wireframes", S.website, (7, 0), (8, 0)),
         entry(512, "Standup", S.mobile, (8, 0), (8, 30)), entry(513, "Review", S.website, (8, 15), (9, 0)),
         entry(514, "Planning", S.mobile, (9, 30), (9, 45))]
    }

    /// The day loaded, focused on projects, nothing open; `running` adds Inbox since 9:50.
    static func loaded(extra: [TimeEntry] = []) -> AppState {
        var state = AppState(settings: AppSettings(systemTimeZone: S.utc), now: S.now)
        _ = AppUpdate.update(&state, .launched)
        var account = S.me
        account.timeEntries = entries + extra
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        state.status = nil
        return state
    }

    /// The timeline open with the cursor on `cursor`.
    static func timeline(at cursor: TimelineCursor? = nil, extra: [TimeEntry] = []) -> AppState {
        var state = loaded(extra: extra)
        state.press(.character("v"))
        state.timelineCursor = cursor
        return state
    }

    // MARK: Opening and closing

    @Test func vOpensTheTimelineAndClosesIt() {
        var state = Self.loaded()
        state.expect(key: .character("v")) {
            $0.entriesMode = .timeline
            $0.focus = .entries
        }
        state.expect(key: .character("v")) { $0.entriesMode = .day }
    }

    @Test func theCursorStartsOnTheEntrySelectedInTheListAndTheListGetsItBack() {
        var state = Self.loaded()
        state.press(.character("5"), .character("j"))
        #expect(state.selection[.entries] == 513)
        state.expect(key: .character("v")) {
            $0.entriesMode = .timeline
            $0.timelineCursor = .entry(513)
        }
        state.press(.character("l"), .character("l"))
        state.expect(key: .character("v")) {
            $0.entriesMode = .day
            $0.timelineCursor = nil
            $0.selection[.entries] = 514
        }
    }

    @Test func theItemsAreEntriesGapsAndOverlapsInTimeOrder() {
        let timeline = Self.loaded().dayTimeline
        #expect(timeline.items.map(\.cursor) == [
            .entry(510), .gap(before: 510, after: 511), .entry(511), .entry(512), .overlap(earlier: 512, later: 513), .entry(513),
            .gap(before: 513, after: 514), .entry(514),
        ])
        #expect(timeline.span == DateInterval(start: S.at(6), end: S.at(10)))
    }

    @Test func escGoesBackToTheList() {
        var state = Self.timeline(at: .gap(before: 510, after: 511))
        state.expect(key: .escape) {
            $0.entriesMode = .day
            $0.timelineCursor = nil
        }
    }

    @Test func wAndTabLeaveTheTimeline() {
        var state = Self.timeline(at: .entry(511))
        state.expect(key: .character("w")) {
            $0.entriesMode = .weekSummary
        }
        state = Self.timeline(at: .entry(511))
        state.expect(key: .tab) {
            $0.entriesMode = .day
            $0.timelineCursor = nil
            $0.selection[.entries] = 511
            $0.focus = .workspaces
        }
    }

    @Test func anotherDayPutsTheCursorBackOnItsLastItem() {
        var state = Self.timeline(at: .entry(511))
        state.expect(key: .character("[")) {
            $0.day = S.today.adding(days: -1)
            $0.timelineCursor = nil
        }
    }

    // MARK: Moving

    @Test func leftRightHAndLWalkTheItemsAndStopAtTheEnds() {
        var state = Self.timeline()
        state.expect(key: .character("h")) { $0.timelineCursor = .gap(before: 513, after: 514) }
        state.expect(key: .left) { $0.timelineCursor = .entry(513) }
        state.expect(key: .left) { $0.timelineCursor = .overlap(earlier: 512, later: 513) }
        state.expect(key: .character("l")) { $0.timelineCursor = .entry(513) }
        state.expect(key: .right) { $0.timelineCursor = .gap(before: 513, after: 514) }
        state.expect(key: .right) { $0.timelineCursor = .entry(514) }
        state.expect(key: .right)
        state.timelineCursor = .entry(510)
        state.expect(key: .character("h"))
    }

    @Test func theKeymapsMovesWalkTooFirstAndLastJump() {
        var state = Self.timeline()
        state.expect(key: .character("g")) { $0.timelineCursor = .entry(510) }
        state.expect(key: .character("j")) { $0.timelineCursor = .gap(before: 510, after: 511) }
        state.expect(key: .down) { $0.timelineCursor = .entry(511) }
        state.expect(key: .character("k")) { $0.timelineCursor = .gap(before: 510, after: 511) }
        state.expect(key: .character("G")) { $0.timelineCursor = .entry(514) }
        state.expect(key: .pageUp) { $0.timelineCursor = .entry(510) }
        state.expect(key: .pageDown) { $0.timelineCursor = .entry(514) }
    }

    @Test func movingOnAnEmptyDaySaysSo() {
        var state = Self.timeline()
        state.press(.character("["))
        state.expect(key: .character("l")) { $0.status = info("Nothing tracked on this day.") }
    }

    @Test func theTimelineKeysDoNothingOutsideIt() {
        var state = Self.loaded()
        state.press(.character("5"))
        for key in [KeyEvent.character("h"), .character("l"), .left, .right, .character("f"), .character("o"), .character("S"), .character("J")] {
            state.expect(key: key)
        }
    }

    // MARK: Filling a gap

    static func gapEditor() -> EntryEditor {
        var editor = EntryEditor(mode: .add, workspaceID: S.studio, day: S.today, projectID: S.admin, start: "06:45", stop: "07:00")
        editor.filled = DateInterval(start: S.at(6, 45), end: S.at(7))
        editor.offeredProjects = [S.admin, S.website]
        return editor
    }

    @Test func fOnAGapOpensTheAddDialogWithTheGapAndTheProjectBefore() {
        var state = Self.timeline(at: .gap(before: 510, after: 511))
        state.expect(key: .character("f")) { $0.overlay = .editor(Self.gapEditor()) }
        state = Self.timeline(at: .gap(before: 510, after: 511))
        state.expect(key: .enter) { $0.overlay = .editor(Self.gapEditor()) }
    }

    @Test func fillingTheGapAddsAnEntryCoveringItToTheSecond() {
        // Email ends at 6:45:30: the field shows 06:45, the entry starts at 6:45:30.
        var email = Self.entry(510, "Email", S.admin, (6, 0), (6, 45))
        email.stop = S.at(6, 45).addingTimeInterval(30)
        email.duration = 2730
        var state = Self.loaded()
        state.catalog.entries[510] = email
        state.press(.character("v"))
        state.timelineCursor = .gap(before: 510, after: 511)
        state.press(.character("f"))
        #expect(state.editor?.start.text == "06:45")
        state.type("Inbox zero")
        let start = S.at(6, 45).addingTimeInterval(30)
        let added = TimeEntry(id: -1, workspaceID: S.studio, projectID: S.admin, userID: S.userID, start: start, stop: S.at(7),
                              duration: 870, description: "Inbox zero")
        state.expect(key: .ctrl("s"), [.createEntry(localID: -1, workspaceID: S.studio, TimeEntryPayload(
            workspaceID: S.studio, start: start, duration: 870, stop: .set(S.at(7)), description: .set("Inbox zero"), projectID: .set(S.admin)))]) {
            $0.overlay = nil
            $0.catalog.entries[-1] = added
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.selection[.entries] = -1
            $0.timelineCursor = .entry(-1)
            $0.nextLocalID = -2
            $0.status = info("Added 0:14:30", .success)
            $0.undoSteps = [UndoStep(.added(entryID: -1), label: "“Inbox zero”")]
        }
        #expect(DayGaps(day: S.today, entries: Array(state.catalog.entries.values), timeZone: S.utc, now: S.now).gap(1)?.start == S.at(9))
        // Toggl's id replaces the local one under the cursor too.
        let confirmed = TimeEntry(id: 9001, workspaceID: S.studio, projectID: S.admin, userID: S.userID, start: start, stop: S.at(7),
                                  duration: 870, description: "Inbox zero")
        state.expect(.entryCreated(localID: -1, .success(confirmed))) {
            $0.catalog.entries[-1] = nil
            $0.catalog.entries[9001] = confirmed
            $0.pendingWrites = [:]
            $0.selection[.entries] = 9001
            $0.timelineCursor = .entry(9001)
            $0.undoSteps = [UndoStep(.added(entryID: 9001), label: "“Inbox zero”")]
        }
    }

    @Test func theProjectPickerOffersTheNeighboursProjectsFirst() throws {
        var state = Self.timeline(at: .gap(before: 510, after: 511))
        state.press(.character("f"), .tab, .enter)
        let editor = try #require(state.editor)
        let picker = try #require(editor.picker)
        #expect(state.candidates(for: picker, in: editor).map(\.title) == ["Admin", "Website Redesign", "(no project)", "Mobile App"])
    }

    @Test func fillingWithEditedTimesUsesWhatWasTyped() {
        var state = Self.timeline(at: .gap(before: 510, after: 511))
        state.press(.character("f"))
        state.setEditorTimes(start: "6:50", stop: "7:00")
        let effects = state.press(.ctrl("s"))
        #expect(effects == [.createEntry(localID: -1, workspaceID: S.studio, TimeEntryPayload(
            workspaceID: S.studio, start: S.at(6, 50), duration: 600, stop: .set(S.at(7)), projectID: .set(S.admin)))])
    }

    @Test func fOffAGapSaysWhereToGo() {
        var state = Self.timeline(at: .entry(511))
        state.expect(key: .character("f")) { $0.status = info("Put the cursor on a gap (←/→) to fill it.") }
        state.expect(key: .character("o")) { $0.status = info("Put the cursor on an overlap (←/→) to trim it.") }
    }

    // MARK: Trimming an overlap

    @Test func oTrimsTheEarlierEntryToWhereTheLaterStarts() {
        var state = Self.timeline(at: .overlap(earlier: 512, later: 513))
        let standup = state.catalog.entries[512]!
        var trimmed = standup
        trimmed.stop = S.at(8, 15)
        trimmed.duration = 900
        state.expect(key: .character("o"), [.updateEntry(id: 512, workspaceID: S.studio, TimeEntryPayload(duration: 900, stop: .set(S.at(8, 15))))]) {
            $0.catalog.entries[512] = trimmed
            $0.pendingWrites[512] = PendingWrite(original: standup)
            $0.timelineCursor = .entry(512)
            $0.undoSteps = [UndoStep(.edited(entryID: 512, before: standup, after: trimmed), label: "“Standup”")]
            $0.status = info("Trimmed “Standup” to end at 08:15", .success)
        }
        #expect(!state.dayTimeline.items.contains { if case .stretch(let s) = $0 { s.kind == .overlap } else { false } })
        // u puts the old end back.
        state.expect(key: .character("u"), [.updateEntry(id: 512, workspaceID: S.studio, TimeEntryPayload(duration: 1800, stop: .set(S.at(8, 30))))]) {
            $0.catalog.entries[512] = standup
            $0.pendingWrites[512]?.count = 2
            $0.undoSteps = []
            $0.status = info("Undid: edited “Standup”", .success)
        }
    }

    @Test func enterOnAnOverlapTrimsToo() {
        var state = Self.timeline(at: .overlap(earlier: 512, later: 513))
        #expect(state.press(.enter) == [.updateEntry(id: 512, workspaceID: S.studio, TimeEntryPayload(duration: 900, stop: .set(S.at(8, 15))))])
    }

    @Test func trimmingARunningEntryStopsItWhereTheLaterStarts() {
        // Inbox runs since 9:40; Call 9:50–9:55 was added over it.
        let inbox = TimeEntry(id: 515, workspaceID: S.studio, projectID: S.admin, userID: S.userID, start: S.at(9, 40), duration: -1,
                              description: "Inbox")
        let call = Self.entry(516, "Call", nil, (9, 50), (9, 55))
        var state = Self.timeline(at: .overlap(earlier: 515, later: 516), extra: [inbox, call])
        var stopped = inbox
        stopped.stop = S.at(9, 50)
        stopped.duration = 600
        state.expect(key: .character("o"), [.updateEntry(id: 515, workspaceID: S.studio, TimeEntryPayload(duration: 600, stop: .set(S.at(9, 50))))]) {
            $0.catalog.entries[515] = stopped
            $0.pendingWrites[515] = PendingWrite(original: inbox)
            $0.timelineCursor = .entry(515)
            $0.undoSteps = [UndoStep(.stopped(entryID: 515), label: "“Inbox”")]
            $0.status = info("Trimmed “Inbox” to end at 09:50", .success)
        }
        // u: Inbox runs again from 9:40.
        state.expect(key: .character("u"), [.updateEntry(id: 515, workspaceID: S.studio, TimeEntryPayload(duration: -1, stop: .clear))]) {
            $0.catalog.entries[515] = inbox
            $0.pendingWrites[515]?.count = 2
            $0.undoSteps = []
            $0.status = info("Undid: stopped “Inbox”", .success)
        }
    }

    @Test func anOverlapOfTwoEntriesStartingTogetherIsNotTrimmed() {
        let twin = Self.entry(517, "Twin", nil, (7, 0), (7, 30))
        var state = Self.timeline(at: .overlap(earlier: 517, later: 511), extra: [twin])
        #expect(state.dayTimeline.items.contains { $0.cursor == .overlap(earlier: 517, later: 511) })
        state.expect(key: .character("o")) { $0.status = info("Both start at 07:00: edit or delete one instead.") }
    }

    // MARK: Splitting

    @Test func sAsksForATimeOfferingTheMiddle() {
        var state = Self.timeline(at: .entry(511))
        state.expect(key: .character("S")) {
            $0.overlay = .prompt(TextPrompt(purpose: .splitEntry(entryID: 511, day: S.today), text: "07:30"))
        }
    }

    @Test func splittingMakesTwoEntriesWithTheSameFields() {
        var state = Self.timeline(at: .entry(511))
        let wireframes = state.catalog.entries[511]!
        state.press(.character("S"), .ctrl("u"))
        state.type("7:20")
        var first = wireframes
        first.stop = S.at(7, 20)
        first.duration = 1200
        let rest = TimeEntry(id: -1, workspaceID: S.studio, projectID: S.website, userID: S.userID, start: S.at(7, 20), stop: S.at(8),
                             duration: 2400, description: "Wireframes")
        state.expect(key: .enter, [
            .updateEntry(id: 511, workspaceID: S.studio, TimeEntryPayload(duration: 1200, stop: .set(S.at(7, 20)))),
            .createEntry(localID: -1, workspaceID: S.studio, TimeEntryPayload(
                workspaceID: S.studio, start: S.at(7, 20), duration: 2400, stop: .set(S.at(8)), description: .set("Wireframes"),
                projectID: .set(S.website))),
        ]) {
            $0.overlay = nil
            $0.catalog.entries[511] = first
            $0.catalog.entries[-1] = rest
            $0.pendingWrites[511] = PendingWrite(original: wireframes)
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.selection[.entries] = -1
            $0.timelineCursor = .entry(-1)
            $0.nextLocalID = -2
            $0.undoSteps = [UndoStep(.split(entryID: 511, before: wireframes, after: first, addedID: -1), label: "“Wireframes”")]
            $0.status = info("Split “Wireframes” at 07:20", .success)
        }
        // u: the rest goes (never sent, so the pair cancels in the journal), the first gets its end back.
        state.expect(key: .character("u"), [
            .deleteEntry(id: -1, workspaceID: S.studio),
            .updateEntry(id: 511, workspaceID: S.studio, TimeEntryPayload(duration: 3600, stop: .set(S.at(8)))),
        ]) {
            $0.catalog.entries[-1] = nil
            $0.catalog.entries[511] = wireframes
            $0.pendingWrites[-1]?.count = 2
            $0.pendingWrites[511]?.count = 2
            $0.undoSteps = []
            $0.status = info("Undid: split “Wireframes”", .success)
        }
    }

    @Test func aSplitTimeOutsideTheEntryOrNotATimeIsRefusedInThePrompt() {
        var state = Self.timeline(at: .entry(511))
        state.press(.character("S"), .ctrl("u"))
        state.type("8:30")
        var prompt = TextPrompt(purpose: .splitEntry(entryID: 511, day: S.today), text: "8:30")
        prompt.problem = "Pick a time after 07:00 and before 08:00."
        state.expect(key: .enter) { $0.overlay = .prompt(prompt) }
        state.press(.ctrl("u"))
        state.type("soon")
        prompt = TextPrompt(purpose: .splitEntry(entryID: 511, day: S.today), text: "soon")
        prompt.problem = "“soon” is not a time (try 12:30 or 2:10 PM)."
        state.expect(key: .enter) { $0.overlay = .prompt(prompt) }
        state.expect(key: .escape) { $0.overlay = nil }
    }

    @Test func splittingTheRunningEntryStopsItThereAndRunsACopyOn() {
        // Inbox runs since 9:50; now 10:00. The middle, 9:55, is offered; 10:05 is after now.
        let inbox = TimeEntry(id: 515, workspaceID: S.studio, projectID: S.admin, userID: S.userID, start: S.at(9, 50), duration: -1,
                              description: "Inbox", tags: ["meeting"])
        var state = Self.timeline(at: .entry(515), extra: [inbox])
        state.expect(key: .character("S")) {
            $0.overlay = .prompt(TextPrompt(purpose: .splitEntry(entryID: 515, day: S.today), text: "09:55"))
        }
        state.press(.ctrl("u"))
        state.type("10:05")
        var prompt = TextPrompt(purpose: .splitEntry(entryID: 515, day: S.today), text: "10:05")
        prompt.problem = "Pick a time after 09:50 and before now."
        state.expect(key: .enter) { $0.overlay = .prompt(prompt) }
        state.press(.ctrl("u"))
        state.type("9:56")
        var stopped = inbox
        stopped.stop = S.at(9, 56)
        stopped.duration = 360
        let running = TimeEntry(id: -1, workspaceID: S.studio, projectID: S.admin, userID: S.userID, start: S.at(9, 56), duration: -1,
                                description: "Inbox", tags: ["meeting"])
        state.expect(key: .enter, [
            .updateEntry(id: 515, workspaceID: S.studio, TimeEntryPayload(duration: 360, stop: .set(S.at(9, 56)))),
            .startEntry(localID: -1, workspaceID: S.studio, TimeEntryPayload(
                workspaceID: S.studio, start: S.at(9, 56), duration: -1, description: .set("Inbox"), projectID: .set(S.admin), tags: ["meeting"])),
        ]) {
            $0.overlay = nil
            $0.catalog.entries[515] = stopped
            $0.catalog.entries[-1] = running
            $0.pendingWrites[515] = PendingWrite(original: inbox)
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.selection[.entries] = -1
            $0.timelineCursor = .entry(-1)
            $0.nextLocalID = -2
            $0.undoSteps = [UndoStep(.split(entryID: 515, before: inbox, after: stopped, addedID: -1), label: "“Inbox”")]
            $0.status = info("Split “Inbox” at 09:56", .success)
        }
        #expect(state.runningEntry?.id == -1)
        // u: the copy goes and Inbox runs again from 9:50.
        state.expect(key: .character("u"), [
            .deleteEntry(id: -1, workspaceID: S.studio),
            .updateEntry(id: 515, workspaceID: S.studio, TimeEntryPayload(duration: -1, stop: .clear)),
        ]) {
            $0.catalog.entries[-1] = nil
            $0.catalog.entries[515] = inbox
            $0.pendingWrites[-1]?.count = 2
            $0.pendingWrites[515]?.count = 2
            $0.undoSteps = []
            $0.status = info("Undid: split “Inbox”", .success)
        }
    }

    @Test func aGapIsNotSplit() {
        var state = Self.timeline(at: .gap(before: 510, after: 511))
        state.expect(key: .character("S")) { $0.status = info("Put the cursor on an entry (←/→).") }
    }

    // MARK: Joining

    @Test func jAsksFirstThenJoinsWithTheNext() {
        var state = Self.timeline(at: .entry(511))
        let wireframes = state.catalog.entries[511]!
        let standup = state.catalog.entries[512]!
        state.expect(key: .character("J")) {
            $0.overlay = .confirm(ConfirmDialog(
                title: "Join entries?", message: "“Wireframes” will end at 08:30, and “Standup” (0:30:00) will be deleted from Toggl.",
                action: .joinEntries(firstID: 511, nextID: 512)))
        }
        var joined = wireframes
        joined.stop = S.at(8, 30)
        joined.duration = 5400
        state.expect(key: .character("y"), [
            .updateEntry(id: 511, workspaceID: S.studio, TimeEntryPayload(duration: 5400, stop: .set(S.at(8, 30)))),
            .deleteEntry(id: 512, workspaceID: S.studio),
        ]) {
            $0.overlay = nil
            $0.catalog.entries[511] = joined
            $0.catalog.entries[512] = nil
            $0.pendingWrites[511] = PendingWrite(original: wireframes)
            $0.pendingWrites[512] = PendingWrite(original: standup)
            $0.undoSteps = [UndoStep(.joined(entryID: 511, before: wireframes, after: joined, deleted: standup), label: "“Wireframes”")]
            $0.status = info("Joined “Wireframes” and “Standup”", .success)
        }
        // u: Standup comes back (a create, under a new id) and Wireframes ends at 8:00 again.
        let back = TimeEntry(id: -1, workspaceID: S.studio, projectID: S.mobile, userID: S.userID, start: S.at(8), stop: S.at(8, 30),
                             duration: 1800, description: "Standup")
        state.expect(key: .character("u"), [
            .createEntry(localID: -1, workspaceID: S.studio, TimeEntryPayload(
                workspaceID: S.studio, start: S.at(8), duration: 1800, stop: .set(S.at(8, 30)), description: .set("Standup"),
                projectID: .set(S.mobile))),
            .updateEntry(id: 511, workspaceID: S.studio, TimeEntryPayload(duration: 3600, stop: .set(S.at(8)))),
        ]) {
            $0.catalog.entries[-1] = back
            $0.catalog.entries[511] = wireframes
            $0.pendingWrites[-1] = PendingWrite(original: nil)
            $0.pendingWrites[511]?.count = 2
            $0.selection[.entries] = -1
            $0.timelineCursor = .entry(-1)
            $0.nextLocalID = -2
            $0.undoSteps = []
            $0.status = info("Undid: joined “Wireframes”", .success)
        }
    }

    @Test func noJoinsOnTheLastEntryAndNoIsNo() {
        var state = Self.timeline(at: .entry(514))
        state.expect(key: .character("J")) { $0.status = info("No entry after this one on the day to join with.") }
        state.timelineCursor = .entry(510)
        state.press(.character("J"))
        state.expect(key: .character("n")) { $0.overlay = nil }
    }

    // MARK: The keymap on the cursor's entry

    @Test func eDAndCActOnTheEntryUnderTheCursor() {
        var state = Self.timeline(at: .entry(512))
        state.expect(key: .character("e")) {
            $0.overlay = .editor(EntryEditor(mode: .edit(entryID: 512), workspaceID: S.studio, day: S.today, description: "Standup",
                                             projectID: S.mobile, start: "08:00", stop: "08:30"))
        }
        state.press(.escape)
        state.expect(key: .character("d")) {
            $0.overlay = .confirm(ConfirmDialog(title: "Delete entry?", message: "“Standup” (0:30:00) will be deleted from Toggl.",
                                                action: .deleteEntry(id: 512)))
        }
        state.press(.escape)
        let effects = state.press(.character("c"))
        #expect(effects == [.startEntry(localID: -1, workspaceID: S.studio, TimeEntryPayload(
            workspaceID: S.studio, start: S.now, duration: -1, description: .set("Standup"), projectID: .set(S.mobile)))])
        state.timelineCursor = .gap(before: 510, after: 511)
        state.expect(key: .character("e")) { $0.status = info("Put the cursor on an entry (←/→).") }
    }
}
