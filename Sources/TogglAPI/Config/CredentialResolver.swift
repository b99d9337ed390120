import Foundation
import TogglModels

/// Finds the credentials and settings toggl-tui should use, from every place users of toggl-cli
/// (AuHau) and toggl-api-wrapper (ddkasa) already keep them.
///
/// Credentials, first match wins:
/// 1. explicit credentials passed to the initializer;
/// 2. `TOGGL_API_TOKEN` — a token. toggl-api-wrapper's convention also applies: when
///    `TOGGL_PASSWORD` is set to anything but `api_token` and `TOGGL_USERNAME` is not set,
///    `TOGGL_API_TOKEN` holds an email and the pair is an email/password login. (With
///    `TOGGL_USERNAME` set, the variables follow toggl-cli's meaning and the token wins.);
/// 3. `TOGGL_USERNAME` + `TOGGL_PASSWORD` — an email/password login (the password `api_token`
///    makes the username a token, as in toggl-cli 1.x);
/// 4. toggl-tui's own config file (``ConfigPaths/configFile``): `[auth] api_token`, else
///    `username`/`password`;
/// 5. the first existing toggl-cli file of ``ConfigPaths/togglrcCandidates``, read the same way.
///
/// Empty variables and empty values count as unset; a level with only half of a
/// username/password pair is skipped. Files are read only when the levels above them found
/// nothing, but a file that is read and is malformed (or has an invalid `default_wid`/`api_url`)
/// is an error naming the file and line — it is never skipped silently.
///
/// Everything is read through the injected ``ConfigPaths`` (environment and home directory), so
/// tests can use temporary folders.
public struct CredentialResolver: Sendable {
    /// The API token, or with `TOGGL_PASSWORD` an email (toggl-api-wrapper).
    public static let tokenVariable = "TOGGL_API_TOKEN"
    /// The email for an email/password login (toggl-cli).
    public static let usernameVariable = "TOGGL_USERNAME"
    /// The password for an email/password login.
    public static let passwordVariable = "TOGGL_PASSWORD"
    /// The Toggl API v9 root, overriding `api_url` from the config files.
    public static let apiURLVariable = "TOGGL_API_URL"

    /// Where files live, and the environment that is read.
    public var paths: ConfigPaths
    /// Credentials given by the caller; they beat every other source.
    public var explicitCredentials: Credentials?
    /// Settings given by the caller; each non-nil value beats every other source.
    public var explicitSettings: EffectiveSettings

    /// - Parameters:
    ///   - paths: the files and environment to read (the real ones by default).
    ///   - explicitCredentials: credentials from a command-line flag or a login screen.
    ///   - explicitSettings: settings from command-line flags.
    public init(
        paths: ConfigPaths = ConfigPaths(),
        explicitCredentials: Credentials? = nil,
        explicitSettings: EffectiveSettings = EffectiveSettings()
    ) {
        self.paths = paths
        self.explicitCredentials = explicitCredentials
        self.explicitSettings = explicitSettings
    }

    // MARK: Credentials

    /// The credentials to use and where they came from, or every place searched.
    ///
    /// - Throws: ``ConfigError`` when a file that had to be read is unreadable, malformed or holds
    ///   an invalid value.
    public func resolve() throws -> CredentialResolution {
        if let explicitCredentials {
            return .found(explicitCredentials, source: .explicit)
        }
        if let found = environmentCredentials() {
            return .found(found.credentials, source: .environment(variables: found.variables))
        }
        let configFile = paths.configFile
        if let credentials = try TogglConfig.loadIfPresent(from: configFile)?.credentials {
            return .found(credentials, source: .configFile(path: configFile))
        }
        if let (path, togglrc) = try firstTogglrc(), let credentials = togglrc.credentials {
            return .found(credentials, source: .togglrc(path: path))
        }
        let variables = [Self.tokenVariable, Self.usernameVariable, Self.passwordVariable]
        return .notFound(
            searched: [.environment(variables: variables), .configFile(path: configFile)]
                + paths.togglrcCandidates.map { .togglrc(path: $0) })
    }

    // MARK: Settings

    /// `default_wid`, `tz` and `api_url` merged with the same precedence as credentials: explicit
    /// settings, then the environment (`TOGGL_API_URL` for the API root), then toggl-tui's config
    /// file, then the first existing toggl-cli file. Each setting is merged on its own.
    ///
    /// - Throws: ``ConfigError/invalidEnvironmentValue(variable:value:expected:)`` for a
    ///   `TOGGL_API_URL` that is not an `http(s)` URL or is `http://` to another machine
    ///   (``CleartextPolicy``), and the file errors of ``resolve()`` (which include an `api_url`
    ///   that breaks the same rules).
    public func effectiveSettings() throws -> EffectiveSettings {
        var environmentURL: URL?
        if let raw = variable(Self.apiURLVariable) {
            guard let url = TogglConfig.apiURL(from: raw) else {
                throw ConfigError.invalidEnvironmentValue(
                    variable: Self.apiURLVariable, value: raw, expected: TogglConfig.apiURLExpectation)
            }
            guard CleartextPolicy.allowsCredentials(to: url) else {
                throw ConfigError.invalidEnvironmentValue(
                    variable: Self.apiURLVariable, value: raw, expected: CleartextPolicy.expectation)
            }
            environmentURL = url
        }
        let files = [try TogglConfig.loadIfPresent(from: paths.configFile), try firstTogglrc()?.config]
            .compactMap { $0 }
        return EffectiveSettings(
            defaultWorkspaceID: explicitSettings.defaultWorkspaceID
                ?? files.lazy.compactMap(\.defaultWorkspaceID).first,
            timezone: explicitSettings.timezone ?? files.lazy.compactMap(\.timezone).first,
            apiURL: explicitSettings.apiURL ?? environmentURL ?? files.lazy.compactMap(\.apiURL).first)
    }

    // MARK: Internals

    /// A variable's value when it is set to something other than whitespace.
    private func variable(_ name: String) -> String? {
        guard let value = paths.environment[name],
            !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else { return nil }
        return value
    }

    private func environmentCredentials() -> (credentials: Credentials, variables: [String])? {
        let username = variable(Self.usernameVariable)?.trimmingCharacters(in: .whitespacesAndNewlines)
        let password = variable(Self.passwordVariable)
        if let token = variable(Self.tokenVariable)?.trimmingCharacters(in: .whitespacesAndNewlines) {
            if username == nil, let password, password != "api_token" {
                return (.password(email: token, password: password), [Self.tokenVariable, Self.passwordVariable])
            }
            return (.apiToken(token), [Self.tokenVariable])
        }
        if let username, let password {
            return (
                TogglConfig.credentials(username: username, password: password),
                [Self.usernameVariable, Self.passwordVariable]
            )
        }
        return nil
    }

    /// The first toggl-cli file that exists, loaded.
    private func firstTogglrc() throws -> (path: String, config: TogglConfig)? {
        for path in paths.togglrcCandidates {
            if let config = try TogglConfig.loadIfPresent(from: path) { return (path, config) }
        }
        return nil
    }
}
