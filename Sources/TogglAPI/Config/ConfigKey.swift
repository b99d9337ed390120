/// Every key toggl-tui reads from a config file (`~/.togglrc` or `$XDG_CONFIG_HOME/toggl-tui/config`),
/// with the section it lives in. `[keys]` (key rebinding, ``TogglConfig/keysSection``) holds
/// action names rather than fixed keys and is not listed here.
///
/// Readers name keys through this type (``TogglConfig/subscript(_:)``), so `allCases` is the list
/// of what the app reads: the example config in `Resources/` is generated from it, and a test
/// fails when a key is read that the example does not explain.
public enum ConfigKey: String, CaseIterable, Sendable {
    /// `[auth] api_token`: the Toggl API token.
    case apiToken = "api_token"
    /// `[auth] username`: an email, used with ``password``.
    case username
    /// `[auth] user_name`: toggl-cli 2.x's spelling of ``username``, read when `username` is absent.
    case legacyUsername = "user_name"
    /// `[auth] password`: the Toggl password (or `api_token`, making ``username`` a token).
    case password
    /// `[options] default_wid`: the workspace the app opens on and the command line works in.
    case defaultWorkspace = "default_wid"
    /// `[options] tz`: a zone name, or `local` for the system zone.
    case timeZone = "tz"
    /// `[options] api_url`: the Toggl API v9 root.
    case apiURL = "api_url"
    /// `[options] clock`: `12h` or `24h`.
    case clock
    /// `[options] forgotten_after_hours`: when a running timer is flagged as probably forgotten.
    case forgottenAfterHours = "forgotten_after_hours"
    /// `[options] sync_interval`: minutes between background syncs (0 = off).
    case syncInterval = "sync_interval"
    /// `[options] quota_reserve`: requests each hourly bucket keeps for the user's own actions.
    case quotaReserve = "quota_reserve"
    /// `[options] cli_max_age`: minutes the command line answers from the local copy.
    case cliMaxAge = "cli_max_age"
    /// `[options] work_hours`: when reminders may be given (`Mon-Fri 09:00-18:00`, or `off`).
    case workHours = "work_hours"
    /// `[options] remind_after`: minutes of not tracking before a reminder (0 = never).
    case remindAfter = "remind_after"
    /// `[options] notify`: `on` or `off`, desktop notifications for reminders.
    case notify
    /// `[options] graphics`: `unicode`, `ascii`, or `auto` (ASCII where the locale is not UTF-8), for the pictures.
    case graphics
    /// `[options] away_after`: minutes asleep or idle (logind) while a timer runs before the UI asks what to do with them (0 = never).
    case awayAfter = "away_after"
    /// `[options] pomodoro`: focus span and break of a running timer, `25m/5m`, or `off` (the default).
    case pomodoro

    /// The key as written in the file.
    public var name: String { rawValue }

    /// The section the key lives in: ``TogglConfig/authSection`` or ``TogglConfig/optionsSection``.
    public var section: String {
        switch self {
        case .apiToken, .username, .legacyUsername, .password:
            return TogglConfig.authSection
        case .defaultWorkspace, .timeZone, .apiURL, .clock, .forgottenAfterHours, .syncInterval, .quotaReserve, .cliMaxAge,
             .workHours, .remindAfter, .notify, .awayAfter, .graphics, .pomodoro:
            return TogglConfig.optionsSection
        }
    }
}
