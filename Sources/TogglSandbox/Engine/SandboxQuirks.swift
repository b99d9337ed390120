/// Ways the sandbox can deliberately behave unlike Toggl, so a test can show what a client does
/// when a behaviour it relies on changes (`toggl-tui doctor --live` reports each as "differs").
///
/// All are off by default (``none``): the sandbox then follows `CONTRACT.md`. Tests switch them
/// at run time through ``Sandbox/settings`` (`sandbox.settings.quirks.startKeepsRunningTimer =
/// true`); `toggl-sandbox` and `--demo` never set them.
public struct SandboxQuirks: Sendable, Equatable {
    /// Starting a timer (`POST` with a negative duration) leaves the user's running entry
    /// running, instead of stopping it at the request time (CONTRACT §6.2).
    public var startKeepsRunningTimer: Bool
    /// `PUT` with `duration: -1, stop: null` on a stopped entry leaves it stopped (the resume
    /// the app's undo of a stop uses is ignored; the other fields still change).
    public var resumeByPutIgnored: Bool
    /// `GET /me/time_entries?since=…` leaves deleted entries out (Toggl lists them with
    /// `server_deleted_at` set, CONTRACT §6.4).
    public var sinceOmitsDeleted: Bool
    /// Reads report a running entry's `duration` as 0 instead of a negative number
    /// (CONTRACT §6.1); `stop` stays null.
    public var runningDurationNotNegative: Bool

    /// Every quirk off: the sandbox behaves as Toggl does.
    public static let none = SandboxQuirks()

    /// Creates a set of quirks; each is off unless given.
    public init(startKeepsRunningTimer: Bool = false, resumeByPutIgnored: Bool = false,
                sinceOmitsDeleted: Bool = false, runningDurationNotNegative: Bool = false) {
        self.startKeepsRunningTimer = startKeepsRunningTimer
        self.resumeByPutIgnored = resumeByPutIgnored
        self.sinceOmitsDeleted = sinceOmitsDeleted
        self.runningDurationNotNegative = runningDurationNotNegative
    }
}
