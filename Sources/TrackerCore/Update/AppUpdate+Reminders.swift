#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    /// On a tick: the reminder due now (``Reminder/due(now:running:lastStop:workHours:timeZone:remindAfter:forgottenAfter:)``)
    /// shows in the status line; a new episode rings the bell once, and with `notify = on` goes
    /// to the desktop too. Nothing before the account is loaded.
    static func remindIfDue(_ state: inout AppState) -> [AppEffect] {
        guard state.account != nil else { return [] }
        let settings = state.settings
        let reminder = Reminder.due(
            now: state.now, running: state.runningEntry, lastStop: state.lastStop, workHours: settings.workHours,
            timeZone: state.timeZone, remindAfter: DurationLimit.wholeSeconds(settings.remindAfterMinutes * 60),
            forgottenAfter: DurationLimit.wholeSeconds(settings.forgottenTimerHours * 3600))
        state.reminder = reminder
        guard let reminder, reminder.episode != state.remindedEpisode else { return [] }
        state.remindedEpisode = reminder.episode
        return [.remind(text: reminder.text, desktop: settings.notifies)]
    }
}

extension AppState {
    /// When the last entry that is not running ended, at or before ``now`` (every workspace's
    /// entries of the last two days).
    public var lastStop: Date? {
        Reminder.lastStop(of: catalog.entries(startingFrom: now.addingTimeInterval(-2 * 86_400), to: now.addingTimeInterval(1)),
                          before: now)
    }
}
