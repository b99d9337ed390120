import Foundation
import TrackerStatus
import TogglAPI
import TogglModels
import TrackerCore
import TrackerRuntime

/// Everything a subcommand needs from the outside world, injected so tests run commands in
/// process against a sandbox with a fixed clock, time zone and folders.
public struct CLIContext: Sendable {
    /// The Toggl client, or nil when no credentials were found.
    public var api: TogglAPIClient?
    /// The API token the local store is keyed by (its SHA-256 finds the user), if any.
    public var token: Secret?
    /// Where config files are looked for (`config path|init|set`).
    public var configPaths: ConfigPaths
    /// `$XDG_CACHE_HOME/toggl-tui` (the store's data files).
    public var cacheDirectory: String
    /// `$XDG_STATE_HOME/toggl-tui` (the journal and the token → user mapping).
    public var stateDirectory: String
    /// The current moment.
    public var clock: @Sendable () -> Date
    /// The time zone from the config (`tz`); when nil, the Toggl profile's, else the system's.
    public var timeZoneOverride: Zone?
    /// The system time zone.
    public var systemTimeZone: Zone
    /// `[options] default_wid`, if set.
    public var defaultWorkspaceID: Int64?
    /// The program's output (standard output).
    public var output: any OutputSink
    /// Messages (standard error).
    public var errors: any OutputSink
    /// Asks a yes/no question (for `rm` without `--yes`); false when nobody can answer.
    public var confirm: @Sendable (String) -> Bool
    /// Sends the writes; nil means ``APIWriter`` on ``api`` (mirroring into the store). The
    /// offline journal plugs in here.
    public var writer: (any CLIWriter)?
    /// How old the store's copy may be (seconds since any process last synced) for reads to
    /// answer from it without asking Toggl (config `cli_max_age`).
    public var maxDataAge: TimeInterval
    /// Where `config init` reads the token when `--token` and `TOGGL_API_TOKEN` are not given
    /// (``TokenInput/standardInput`` in the app; nothing by default).
    public var tokenInput: TokenInput
    /// Where the credentials were found (`doctor` says so; nil when the caller gave them, e.g.
    /// the demo or a test).
    public var credentialSource: CredentialSource?
    /// A config problem that kept the credentials from being read (`doctor` runs anyway and
    /// reports it; other commands fail before they start).
    public var configProblem: String?
    /// The terminal `doctor` reports on; nil means this process's (``TerminalFacts/current(environment:)``).
    public var terminal: TerminalFacts?

    /// The config's settings as the UI reads them: `[goals]`, `work_hours`, `remind_after`,
    /// `notify`, `forgotten_after_hours` (the zone travels in ``timeZoneOverride``).
    public var settings = AppSettings()
    /// How `remind` reaches the desktop (``DesktopNotifier/none`` unless the launcher gives `notify-send`).
    public var notifier = DesktopNotifier.none
    /// The config-side files (``StatusInputs/launchPaths(_:)``) as they were
    /// before the launcher read them: the status cards carry these stamps, so a config saved
    /// while a command ran shows as a change to the next `status`. Nil in tests.
    public var inputsAtLaunch: StatusInputs?

    /// The default ``maxDataAge``: 10 minutes.
    public static let defaultMaxDataAge: TimeInterval = 600

    /// Creates a context; everything but the folders has a neutral default.
    public init(
        api: TogglAPIClient?,
        token: Secret?,
        configPaths: ConfigPaths,
        cacheDirectory: String? = nil,
        stateDirectory: String? = nil,
        clock: @escaping @Sendable () -> Date = { Date() },
        timeZoneOverride: Zone? = nil,
        systemTimeZone: Zone = .current,
        defaultWorkspaceID: Int64? = nil,
        output: any OutputSink = StandardStream.output,
        errors: any OutputSink = StandardStream.error,
        confirm: @escaping @Sendable (String) -> Bool = { _ in false },
        writer: (any CLIWriter)? = nil,
        maxDataAge: TimeInterval = CLIContext.defaultMaxDataAge,
        tokenInput: TokenInput = .none,
        credentialSource: CredentialSource? = nil,
        terminal: TerminalFacts? = nil
    ) {
        self.api = api
        self.token = token
        self.configPaths = configPaths
        self.cacheDirectory = cacheDirectory ?? configPaths.cacheDirectory
        self.stateDirectory = stateDirectory ?? configPaths.stateDirectory
        self.clock = clock
        self.timeZoneOverride = timeZoneOverride
        self.systemTimeZone = systemTimeZone
        self.defaultWorkspaceID = defaultWorkspaceID
        self.output = output
        self.errors = errors
        self.confirm = confirm
        self.writer = writer
        self.maxDataAge = maxDataAge
        self.tokenInput = tokenInput
        self.credentialSource = credentialSource
        self.terminal = terminal
    }
}
