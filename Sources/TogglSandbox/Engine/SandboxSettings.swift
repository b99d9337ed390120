import Foundation

/// How the engine itself behaves, apart from the world, quotas and faults.
public struct SandboxSettings: Sendable, Equatable {
    /// The zone whose days the demo account is laid out in when the admin API resets to it.
    public var demoTimeZone: TimeZone
    /// How many request log entries are kept; older ones are forgotten (their indexes stay
    /// counted, so `since_index` keeps working).
    public var requestLogLimit: Int
    /// Whether the admin API (`/__sandbox/…`, unauthenticated) is served. On for tests and the
    /// standalone `toggl-sandbox`; off for `toggl-tui --demo`, where any local user could otherwise
    /// read (tokens, passwords) or replace the demo world. When off, `/__sandbox/…` is an unknown
    /// path like any other: 401 without credentials, 405 with them.
    public var adminAPI: Bool
    /// The largest request body the server reads, in bytes. A bigger one (by `Content-Length`, or
    /// while reading a chunked body) is refused with 413 before it is kept in memory.
    public var maximumBodyBytes: Int
    /// Deliberate departures from Toggl's behaviour, for tests (``SandboxQuirks``; none by default).
    public var quirks: SandboxQuirks

    /// The body cap of tests and `toggl-sandbox` (the admin API's `seed` takes whole worlds).
    public static let defaultMaximumBodyBytes = 64 * 1024 * 1024
    /// The body cap of `toggl-tui --demo`: 1 MiB, far above anything the app sends.
    public static let demoMaximumBodyBytes = 1024 * 1024

    public init(demoTimeZone: TimeZone = .current, requestLogLimit: Int = 10_000, adminAPI: Bool = true,
                maximumBodyBytes: Int = SandboxSettings.defaultMaximumBodyBytes, quirks: SandboxQuirks = .none) {
        self.demoTimeZone = demoTimeZone
        self.requestLogLimit = requestLogLimit
        self.adminAPI = adminAPI
        self.maximumBodyBytes = maximumBodyBytes
        self.quirks = quirks
    }

    /// The settings of the in-process demo (`toggl-tui --demo`): no admin API, bodies capped at
    /// ``demoMaximumBodyBytes``.
    public static func demo(timeZone: TimeZone) -> SandboxSettings {
        SandboxSettings(demoTimeZone: timeZone, adminAPI: false, maximumBodyBytes: demoMaximumBodyBytes)
    }
}
