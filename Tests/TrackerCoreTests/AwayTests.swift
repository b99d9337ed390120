import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Away time: a sleep while a timer runs opens the away dialog (above `away_after` only), and
/// each choice makes ordinary, undoable writes.
@Suite struct AwayTests {
    // "Inbox" runs since 09:30 (Monday 10:00 UTC); the machine slept 09:40–10:40.
    static let from = Sample.now.addingTimeInterval(-20 * 60)
    static let until = Sample.now.addingTimeInterval(40 * 60)
    static let inbox: Int64 = 504

    static func awake() -> AppState {
        var state = Sample.loadedState(running: true)
        state.settings.workHours = .off
        _ = AppUpdate.update(&state, .tick(until))
        return state
    }

    static func away() -> AppState {
        var state = awake()
        _ = AppUpdate.update(&state, .away(from: from, until: until, cause: .sleep))
        return state
    }

    @Test func anHourAsleepWhileATimerRunsOpensTheAwayDialog() {
        var state = Self.awake()
        #expect(AppUpdate.update(&state, .away(from: Self.from, until: Self.until, cause: .sleep)) == [])
        #expect(state.overlay == .away(AwayDialog(entryID: Self.inbox, from: Self.from, until: Self.until)))
    }

    @Test func noDialogBelowTheLimitWithNothingRunningOrWhenTurnedOff() {
        var short = Self.awake()
        _ = AppUpdate.update(&short, .away(from: Self.until.addingTimeInterval(-9 * 60), until: Self.until, cause: .sleep))
        #expect(short.overlay == nil, "9 minutes is below away_after (10)")
        var idle = Sample.loadedState(running: false)
        _ = AppUpdate.update(&idle, .away(from: Self.from, until: Self.until, cause: .sleep))
        #expect(idle.overlay == nil)
        var off = Self.awake()
        off.settings.awayAfterMinutes = 0
        _ = AppUpdate.update(&off, .away(from: Self.from, until: Self.until, cause: .sleep))
        #expect(off.overlay == nil)
        var later = Self.awake()
        _ = AppUpdate.update(&later, .away(from: Sample.at(9, 0), until: Self.until, cause: .sleep))
        #expect(later.overlay == nil, "the timer started after the sleep began")
    }

    @Test func keepChangesNothing() {
        var state = Self.away()
        #expect(state.press(.character("k")) == [])
        #expect(state.overlay == nil && state.runningEntry?.id == Self.inbox)
        var escaped = Self.away()
        #expect(escaped.press(.escape) == [] && escaped.overlay == nil)
    }

    @Test func stopEndsTheTimerWhenTheUserLeftAndUndoResumesIt() throws {
        var state = Self.away()
        let effects = state.press(.character("s"))
        #expect(effects.count == 1)
        guard case .updateEntry(let id, _, let payload, _)? = effects.first else { Issue.record("\(effects)"); return }
        #expect(id == Self.inbox && payload.stop == .set(Self.from))
        #expect(state.catalog.entries[Self.inbox]?.stop == Self.from)
        #expect(state.runningEntry == nil)
        let undo = state.press(.character("u"))
        #expect(undo.count == 1 && state.runningEntry?.id == Self.inbox, "\(undo)")
    }

    @Test func stopAndContinueStartsTheSameTimerNow() {
        var state = Self.away()
        let effects = state.press(.character("c"))
        #expect(effects.count == 2)
        guard case .startEntry(_, _, let payload)? = effects.last else { Issue.record("\(effects)"); return }
        #expect(payload.start == Self.until && payload.description == .set("Inbox"))
        #expect(state.catalog.entries[Self.inbox]?.stop == Self.from)
        #expect(state.runningEntry?.description == "Inbox" && state.runningEntry?.start == Self.until)
    }

    @Test func stopAndStartOtherOpensTheStartEditor() {
        var state = Self.away()
        #expect(state.press(.character("n")).count == 1)
        guard case .editor(let editor)? = state.overlay else { Issue.record("\(String(describing: state.overlay))"); return }
        #expect(editor.mode == .start)
    }

    @Test func giveAwayContinuesTheTimerAndOffersTheAwayTimeAsAnEntry() {
        var state = Self.away()
        #expect(state.press(.character("g")).count == 2)
        guard case .editor(let editor)? = state.overlay else { Issue.record("\(String(describing: state.overlay))"); return }
        #expect(editor.mode == .add && editor.filled == DateInterval(start: Self.from, end: Self.until))
        #expect(state.runningEntry?.description == "Inbox")
    }
}

extension AwayTests {
    @Test func aSecondSleepBeforeTheAnswerMakesOneStretch() {
        var state = Self.away()
        let later = Self.until.addingTimeInterval(3600)
        _ = AppUpdate.update(&state, .tick(later))
        _ = AppUpdate.update(&state, .away(from: Self.until.addingTimeInterval(300), until: later, cause: .sleep))
        #expect(state.overlay == .away(AwayDialog(entryID: Self.inbox, from: Self.from, until: later)))
    }

    @Test func awayTimeNoticedDuringAnotherDialogIsAskedOnceItCloses() {
        var state = Self.awake()
        state.press(.character("?"))
        _ = AppUpdate.update(&state, .away(from: Self.from, until: Self.until, cause: .sleep))
        #expect(state.overlay == .help)
        state.press(.escape)
        _ = AppUpdate.update(&state, .tick(Self.until.addingTimeInterval(1)))
        #expect(state.overlay == .away(AwayDialog(entryID: Self.inbox, from: Self.from, until: Self.until)))
    }
}

extension AwayTests {
    @Test func idleTimeIsClippedToTheTimersStartAndCountsOnlyAboveTheLimitAfterThat() {
        // Idle since 08:00, the timer since 09:30: away 09:30–10:40.
        var state = Self.awake()
        _ = AppUpdate.update(&state, .away(from: Sample.at(8, 0), until: Self.until, cause: .idle))
        #expect(state.overlay == .away(AwayDialog(entryID: Self.inbox, from: Sample.at(9, 30), until: Self.until)))
        // Idle 08:00–09:38: 98 minutes, but only 8 of them while the timer ran.
        var short = Self.awake()
        _ = AppUpdate.update(&short, .away(from: Sample.at(8, 0), until: Sample.at(9, 38), cause: .idle))
        #expect(short.overlay == nil)
        // A sleep that began before the timer started is not asked about (it was started elsewhere).
        var slept = Self.awake()
        _ = AppUpdate.update(&slept, .away(from: Sample.at(8, 0), until: Self.until, cause: .sleep))
        #expect(slept.overlay == nil)
        var off = Self.awake()
        off.settings.awayAfterMinutes = 0
        _ = AppUpdate.update(&off, .away(from: Sample.at(8, 0), until: Self.until, cause: .idle))
        #expect(off.overlay == nil)
    }

    @Test func idleTimeReportedWhileTheSleepDialogIsOpenMakesOneStretch() {
        // Asleep 09:40–10:40; logind then says the session was idle from 09:35 until 10:41.
        var state = Self.away()
        _ = AppUpdate.update(&state, .away(from: Sample.at(9, 35), until: Self.until.addingTimeInterval(60), cause: .idle))
        #expect(state.overlay == .away(AwayDialog(entryID: Self.inbox, from: Sample.at(9, 35), until: Self.until.addingTimeInterval(60))))
    }
}
