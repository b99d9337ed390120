import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Ticks give the reminder due in work hours: shown in the state for the status line, and
/// rung (bell, desktop) once per episode.
@Suite struct ReminderUpdateTests {
    @Test func aTickInWorkHoursAfterHalfAnHourIdleRemindsOnce() {
        // Monday 10:00 UTC; the last entry (Standup) ended at 09:30.
        var state = Sample.loadedState(running: false)
        let effects = AppUpdate.update(&state, .tick(Sample.now))
        #expect(effects == [.remind(text: "Not tracking for 30m.", desktop: true)])
        #expect(state.reminder?.text == "Not tracking for 30m.")
        #expect(state.remindedEpisode == state.reminder?.episode)
        // A minute later: still shown (with the new time), not rung again.
        #expect(AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(60))) == [])
        #expect(state.reminder?.text == "Not tracking for 31m.")
    }

    @Test func startingATimerEndsTheEpisodeAndNotifyOffKeepsTheDesktopQuiet() {
        var state = Sample.loadedState(running: true)
        state.settings.notifies = false
        #expect(AppUpdate.update(&state, .tick(Sample.now)) == [])
        #expect(state.reminder == nil, "a timer runs (for 30 min, far from forgotten)")
        state.settings.forgottenTimerHours = 0.25
        #expect(AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(1))) ==
                [.remind(text: "\"Inbox\" has run for 30m — forgotten?", desktop: false)])
    }

    @Test func outsideWorkHoursOrWithRemindersOffNothingIsDue() throws {
        var evening = Sample.loadedState(running: false)
        evening.settings.workHours = try WorkHours.parse("Mon-Fri 12:00-18:00")
        #expect(AppUpdate.update(&evening, .tick(Sample.now)) == [] && evening.reminder == nil)
        var off = Sample.loadedState(running: false)
        off.settings.remindAfterMinutes = 0
        #expect(AppUpdate.update(&off, .tick(Sample.now)) == [] && off.reminder == nil)
    }
}
