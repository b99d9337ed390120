#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// What the user configured locally, and facts about the machine the runtime passes in
/// (so the core never reads the environment itself).
public struct AppSettings: Sendable, Equatable {
    /// The config file's `tz` (`local` resolved by the runtime to the system zone); wins over
    /// the Toggl profile's zone.
    public var timeZoneOverride: Zone?
    /// The machine's zone, used when neither the config nor the profile names one.
    public var systemTimeZone: Zone
    /// A clock and date style from the config file; wins over Toggl's preferences.
    public var timeFormatOverride: TimeFormat?
    /// Hours after which a running timer is flagged as probably forgotten.
    public var forgottenTimerHours: Double
    /// The keys, after the config file's rebinding.
    public var keymap: Keymap
    /// Minutes between background syncs (`sync_interval`); 0 turns them off.
    public var syncIntervalMinutes: Double
    /// Requests a bucket keeps for the user's own actions (`quota_reserve`): background syncs
    /// run only while every bucket they spend has more left.
    public var quotaReserve: Int
    /// The config's `default_wid`: the workspace the app opens on when the account has it,
    /// over the Toggl profile's default.
    public var defaultWorkspaceOverride: Int64?
    /// When the user works (`work_hours`): reminders are given only inside these hours.
    public var workHours: WorkHours = .standard
    /// Minutes of not tracking, inside work hours, before a reminder (`remind_after`; 0 = never).
    public var remindAfterMinutes: Double = 15
    /// Whether reminders also go to the desktop through `notify-send` (`notify = on|off`).
    public var notifies = true
    /// The config's `[goals]`.
    public var goals: [Goal] = []
    /// Whether the pictures (timeline, week chart, goal bars) use plain ASCII: `graphics = ascii`,
    /// or a terminal whose locale is not UTF-8.
    public var asciiGraphics = false
    /// Minutes asleep or idle (logind) while a timer runs before asking what to do with the away
    /// time (`away_after`; 0 = never).
    public var awayAfterMinutes: Double = 10
    /// Focus spans and breaks of a running timer (`pomodoro = 25m/5m`); nil = off.
    public var pomodoro: Pomodoro? = nil

    public init(timeZoneOverride: Zone? = nil, systemTimeZone: Zone = .utc,
                timeFormatOverride: TimeFormat? = nil, forgottenTimerHours: Double = 10, keymap: Keymap = .standard,
                syncIntervalMinutes: Double = 15, quotaReserve: Int = 10, defaultWorkspaceOverride: Int64? = nil) {
        self.timeZoneOverride = timeZoneOverride
        self.systemTimeZone = systemTimeZone
        self.timeFormatOverride = timeFormatOverride
        self.forgottenTimerHours = forgottenTimerHours
        self.keymap = keymap
        self.syncIntervalMinutes = syncIntervalMinutes
        self.quotaReserve = quotaReserve
        self.defaultWorkspaceOverride = defaultWorkspaceOverride
    }
}
