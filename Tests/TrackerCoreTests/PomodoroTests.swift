import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// `pomodoro = 25m/5m`: the end of each focus span of a running timer rings once and shows in
/// the status line, never stopping the timer; spans are counted per day.
@Suite struct PomodoroTests {
    static let classic = Pomodoro(focusSeconds: 1500, breakSeconds: 300)!
    static let inbox: Int64 = 504

    /// "Inbox" runs since 09:30 (Monday 10:00 UTC): its first span ends 09:55, then 10:25, 10:55, …
    static func running(pomodoro: Pomodoro? = classic, notify: Bool = true) -> AppState {
        var state = Sample.loadedState(running: true)
        state.settings.workHours = .off
        state.settings.pomodoro = pomodoro
        state.settings.notifies = notify
        state.settings.syncIntervalMinutes = 0
        return state
    }

    static func phase(_ pomodoro: Pomodoro, _ start: Date, _ now: Date) -> String {
        let phase = pomodoro.phase(start: start, now: now)
        return "\(phase.number) \(phase.inFocus ? "focus" : "break") \(phase.until)"
    }

    static func tick(_ state: inout AppState, _ date: Date) -> [AppEffect] {
        AppUpdate.update(&state, .tick(date))
    }

    @Test func parsesFocusSlashBreakOrOff() throws {
        #expect(try Pomodoro.parse("25m/5m") == Self.classic)
        #expect(try Pomodoro.parse(" 50/10 ") == Pomodoro(focusSeconds: 3000, breakSeconds: 600))
        #expect(try Pomodoro.parse("1h/15m") == Pomodoro(focusSeconds: 3600, breakSeconds: 900))
        #expect(try Pomodoro.parse("25m/0") == Pomodoro(focusSeconds: 1500, breakSeconds: 0))
        #expect(try Pomodoro.parse("off") == nil)
        #expect(try Pomodoro.parse("OFF") == nil)
        #expect(Self.classic.description == "25m/5m")
        for bad in ["", "25m", "25m/5m/5m", "/5m", "25m/", "0/5m", "30s/5m", "25h/5m", "25m/25h", "25m/-5m", "abc/def", "on",
                    "99999999999999999999m/5m", "25m\u{1B}[2J/5m"] {
            #expect(throws: Pomodoro.ParseError.self, "\(bad.debugDescription)") { try Pomodoro.parse(bad) }
        }
        do {
            _ = try Pomodoro.parse("25")
            Issue.record("25 alone has no break")
        } catch {
            #expect(error.description == "pomodoro must be a focus span and a break like 25m/5m (each at most 24h, focus at least 1m), or off, not '25'")
        }
    }

    @Test func spansAndPhasesFollowTheTimersStart() {
        let start = Sample.at(9, 30)
        let pomodoro = Self.classic
        #expect(pomodoro.completedSpans(start: start, end: Sample.at(9, 54)) == 0)
        #expect(pomodoro.completedSpans(start: start, end: Sample.at(9, 55)) == 1)
        #expect(pomodoro.completedSpans(start: start, end: Sample.at(10, 24)) == 1)
        #expect(pomodoro.completedSpans(start: start, end: Sample.at(10, 25)) == 2)
        #expect(pomodoro.completedSpans(start: start, end: Date.distantFuture) > 0, "an absurd span count does not trap")
        #expect(pomodoro.endOfSpan(3, start: start) == Sample.at(10, 55))
        #expect(Self.phase(pomodoro, start, Sample.at(9, 40)) == "1 focus \(Sample.at(9, 55))")
        #expect(Self.phase(pomodoro, start, Sample.at(9, 57)) == "1 break \(Sample.at(10, 0))")
        #expect(Self.phase(pomodoro, start, Sample.at(10, 0)) == "2 focus \(Sample.at(10, 25))")
    }

    @Test func theEndOfAFocusSpanRingsOnceAndTheTimerKeepsRunning() {
        var state = Self.running()
        #expect(Self.tick(&state, Sample.at(9, 54)) == [])
        let effects = Self.tick(&state, Sample.at(9, 55))
        let today = state.pomodoroSpansToday
        let text = "Focus span done (25m, \(today) today) — time for a 5m break; the timer keeps running."
        #expect(effects == [.remind(text: text, desktop: true)])
        #expect(state.status?.text == text)
        #expect(state.runningEntry?.id == Self.inbox)
        // Shown through the break, rung once.
        #expect(Self.tick(&state, Sample.at(9, 55).addingTimeInterval(1)) == [])
        #expect(Self.tick(&state, Sample.at(9, 59)) == [])
        #expect(state.status?.text == text)
        #expect(Self.tick(&state, Sample.at(10, 0).addingTimeInterval(1)) == [])
        #expect(state.status == nil)
        // The next span rings again.
        guard case .remind(let second, _)? = Self.tick(&state, Sample.at(10, 25)).first else { Issue.record("no second ring"); return }
        #expect(second.hasPrefix("Focus span done (25m, \(today + 1) today)"))
        #expect(state.runningEntry?.id == Self.inbox)
    }

    @Test func aSpanThatEndedWhileTheAppWasClosedIsCountedButNotRung() {
        var state = Self.running()
        // First look at 11:00: the third span ended at 10:55.
        #expect(Self.tick(&state, Sample.at(11, 0)) == [])
        #expect(state.status == nil)
        #expect(Self.tick(&state, Sample.at(11, 25)).count == 1)
    }

    @Test func withNotifyOffOnlyTheBellAndWithPomodoroOffNothing() {
        var quiet = Self.running(notify: false)
        guard case .remind(_, let desktop)? = Self.tick(&quiet, Sample.at(9, 55)).first else { Issue.record("no ring"); return }
        #expect(!desktop)
        var off = Self.running(pomodoro: nil)
        #expect(Self.tick(&off, Sample.at(9, 55)) == [])
        #expect(off.pomodoroSpansToday == 0)
        var stopped = Sample.loadedState(running: false)
        stopped.settings.workHours = .off
        stopped.settings.pomodoro = Self.classic
        #expect(Self.tick(&stopped, Sample.at(9, 55)) == [])
    }

    @Test func spansCountOnTheDayTheyEndAcrossMidnight() {
        let pomodoro = Self.classic
        let monday = DateInterval(start: Sample.at(0), end: Sample.at(24))
        let sunday = DateInterval(start: Sample.at(0, daysAgo: 1), end: Sample.at(0))
        func entry(_ id: Int64, _ start: Date, _ stop: Date?) -> TimeEntry {
            TimeEntry(id: id, workspaceID: Sample.studio, start: start, stop: stop,
                      duration: stop.map { Int($0.timeIntervalSince(start)) } ?? -1, description: "x")
        }
        // 23:40–00:40: spans end 00:05 and 00:35, both Monday's.
        let late = entry(1, Sample.at(23, 40, daysAgo: 1), Sample.at(0, 40))
        // 23:00–23:59 Sunday: 23:25 and 23:55, Sunday's.
        let evening = entry(2, Sample.at(23, 0, daysAgo: 1), Sample.at(23, 59, daysAgo: 1))
        // Running since 09:30, now 10:30: 09:55 and 10:25.
        let running = entry(3, Sample.at(9, 30), nil)
        let entries = [late, evening, running]
        #expect(pomodoro.spans(of: entries, endingIn: monday, now: Sample.at(10, 30)) == 4)
        #expect(pomodoro.spans(of: entries, endingIn: sunday, now: Sample.at(10, 30)) == 2)
        // Before 10:25 the running one has ended one span only.
        #expect(pomodoro.spans(of: [running], endingIn: monday, now: Sample.at(10, 24)) == 1)
    }
}
