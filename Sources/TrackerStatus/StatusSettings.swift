#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore

/// The settings `status` reads (`{goal_left}`, `{goal_week_left}`, `{untracked}`,
/// `{reminder}`), as the config gave them — kept in the ``StatusCard`` so the shortcut needs no
/// config reader. Checked when read back (``isSane``): the card is a file, and files are untrusted.
public struct StatusSettings: Codable, Sendable, Equatable {
    /// The `day` and `week` goals on everything (`[goals] day = 8h`, `week = 40h`).
    public var goals: [Goal]
    /// `work_hours`.
    public var workHours: WorkHours
    /// `remind_after`, in seconds (0: never).
    public var remindAfter: Int
    /// `forgotten_after_hours`, in seconds.
    public var forgottenAfter: Int
    /// `notify`: reminders on the desktop too.
    public var notifies: Bool
    /// `cli_max_age`, in seconds: how old the store may be to answer reads.
    public var maxDataAge: TimeInterval

    /// What `status` and `remind` need of `settings` (and the command line's `cli_max_age`).
    public init(_ settings: AppSettings, maxDataAge: TimeInterval) {
        goals = settings.goals.filter { $0.scope == .all && ($0.period == .day || $0.period == .week) }
        workHours = settings.workHours
        remindAfter = DurationLimit.wholeSeconds(settings.remindAfterMinutes * 60)
        forgottenAfter = DurationLimit.wholeSeconds(settings.forgottenTimerHours * 3600)
        notifies = settings.notifies
        self.maxDataAge = maxDataAge
    }

    /// The goal on everything for `period`, if the config sets one.
    public func goal(_ period: Goal.Period) -> Goal? {
        goals.first { $0.scope == .all && $0.period == period }
    }

    /// Whether every value is one the config reader could have produced: weekdays 0–6 (Sunday 0), windows
    /// inside two days, amounts and limits not negative.
    public var isSane: Bool {
        workHours.windows.allSatisfy { (0...6).contains($0.weekday) && (0...1440).contains($0.startMinute)
            && ($0.startMinute...($0.startMinute + 1440)).contains($0.endMinute) }
            && goals.allSatisfy { $0.seconds >= 0 } && remindAfter >= 0 && forgottenAfter >= 0 && maxDataAge.isFinite
    }
}
