import Foundation

/// The settings toggl-tui reads from a config file — toggl-cli's `~/.togglrc` or its own
/// `$XDG_CONFIG_HOME/toggl-tui/config` (same format, same keys).
///
/// | property | key |
/// |---|---|
/// | ``apiToken`` | `[auth] api_token` |
/// | ``username`` | `[auth] username` (toggl-cli 2.x writes `user_name`; both are read) |
/// | ``password`` | `[auth] password` |
/// | ``defaultWorkspaceID`` | `[options] default_wid` |
/// | ``timezone`` | `[options] tz` (`local` means the system zone; the string is kept as written) |
/// | ``apiURL`` | `[options] api_url` (toggl-tui's own key: the API v9 root) |
///
/// The ``document`` underneath keeps everything else — comments, blank lines, keys toggl-tui does
/// not know — so ``save(to:)`` writes back the user's file with only the changed lines changed.
/// Setting a property writes through to the document; setting it to nil (or an empty string)
/// removes the key. Other modules can read and write their own keys with
/// ``subscript(section:key:)``.
///
/// `description` and the reflection mirror never show the token or the password.
public struct TogglConfig: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// `[auth]`: credentials.
    public static let authSection = "auth"
    /// `[options]`: everything else toggl-cli and toggl-tui share.
    public static let optionsSection = "options"
    /// `[keys]`: toggl-tui's key rebinding (`action = key[, key…]`).
    public static let keysSection = "keys"
    /// `[goals]`: time goals, `day = 8h` or `client "Acme Corp" = 10h/week` (read by the app's `GoalsConfig`).
    public static let goalsSection = "goals"

    /// The INI file underneath, with everything the file holds.
    public var document: INIDocument

    /// An empty config (nothing set); saving it writes only what was set since.
    public init() {
        document = INIDocument()
    }

    /// A config over an already parsed document.
    ///
    /// - Throws: ``ConfigError/invalidValue(file:section:key:value:expected:)`` when a known key
    ///   holds a value of the wrong form (see ``validate()``).
    public init(document: INIDocument) throws {
        self.document = document
        try validate()
    }

    // MARK: Loading and saving

    /// Reads and checks the config file at `path`.
    ///
    /// - Throws: ``ConfigError/fileNotFound(file:)`` when there is no file,
    ///   ``ConfigError/unreadable(file:reason:)``, ``ConfigError/malformed(file:line:reason:)`` or
    ///   ``ConfigError/invalidValue(file:section:key:value:expected:)``.
    public static func load(from path: String) throws -> TogglConfig {
        guard let config = try loadIfPresent(from: path) else { throw ConfigError.fileNotFound(file: path) }
        return config
    }

    /// Like ``load(from:)``, but returns nil when there is no file at `path`.
    public static func loadIfPresent(from path: String) throws -> TogglConfig? {
        guard let text = try ConfigFileSystem.readText(at: path) else { return nil }
        return try TogglConfig(document: INIDocument(parsing: text, fileName: path))
    }

    /// Reads the config file at `path` for editing, without ``validate()``, so that a command
    /// can repair a value of the wrong form (e.g. an `api_url` over `http://`); nil when there
    /// is no file. Validate before saving.
    ///
    /// - Throws: ``ConfigError/unreadable(file:reason:)`` or ``ConfigError/malformed(file:line:reason:)``.
    public static func loadForEditing(from path: String) throws -> TogglConfig? {
        guard let text = try ConfigFileSystem.readText(at: path) else { return nil }
        var config = TogglConfig()
        config.document = try INIDocument(parsing: text, fileName: path)
        return config
    }

    /// Writes the config to `path`: parent directories are created (mode 0700), the file is written
    /// atomically (a temporary file in the same folder, then a rename) and ends with mode 0600 —
    /// also when it existed with wider permissions. A symlink at `path` is followed and kept.
    ///
    /// - Throws: ``ConfigError/unwritable(file:reason:)``.
    public func save(to path: String) throws {
        try ConfigFileSystem.writeAtomically(document.text, to: path)
    }

    /// Checks the keys with a typed meaning: `default_wid` must be a positive whole number and
    /// `api_url` an absolute `https` URL, or `http` to a loopback host (``CleartextPolicy``).
    /// Empty values count as unset.
    ///
    /// - Throws: ``ConfigError/invalidValue(file:section:key:value:expected:)`` naming the file.
    public func validate() throws {
        let options = Self.optionsSection
        if let raw = nonEmpty(.defaultWorkspace), Self.workspaceID(from: raw) == nil {
            throw ConfigError.invalid(
                file: document.fileName, section: options, key: Self.defaultWorkspaceKey, value: raw,
                expected: "a workspace id (a positive whole number)")
        }
        if let raw = nonEmpty(.apiURL) {
            guard let url = Self.apiURL(from: raw) else {
                throw ConfigError.invalid(
                    file: document.fileName, section: options, key: Self.apiURLKey, value: raw,
                    expected: Self.apiURLExpectation)
            }
            guard CleartextPolicy.allowsCredentials(to: url) else {
                throw ConfigError.invalid(
                    file: document.fileName, section: options, key: Self.apiURLKey, value: raw,
                    expected: CleartextPolicy.expectation)
            }
        }
    }

    // MARK: Typed settings

    /// `[auth] api_token`.
    public var apiToken: String? {
        get { nonEmpty(.apiToken) }
        set { write(newValue, .apiToken) }
    }

    /// `[auth] username` (an email), or toggl-cli 2.x's `user_name` when `username` is absent.
    /// Setting it updates whichever of the two the file already has (`username` otherwise).
    public var username: String? {
        get { nonEmpty(.username) ?? nonEmpty(.legacyUsername) }
        set {
            let key: ConfigKey = self[.username] == nil && self[.legacyUsername] != nil ? .legacyUsername : .username
            write(newValue, key)
        }
    }

    /// `[auth] password`.
    public var password: String? {
        get { nonEmpty(.password) }
        set { write(newValue, .password) }
    }

    /// `[options] default_wid`; nil when absent or not a positive whole number (``validate()``
    /// reports the latter).
    public var defaultWorkspaceID: Int64? {
        get { nonEmpty(.defaultWorkspace).flatMap(Self.workspaceID(from:)) }
        set { write(newValue.map(String.init), .defaultWorkspace) }
    }

    /// `[options] tz`: an IANA zone name such as `Europe/Prague`, or `local` for the system zone.
    public var timezone: String? {
        get { nonEmpty(.timeZone) }
        set { write(newValue, .timeZone) }
    }

    /// `[options] api_url`: the Toggl API v9 root, for a self-hosted proxy or the sandbox; nil when
    /// absent or not an `http(s)` URL (``validate()`` reports the latter).
    public var apiURL: URL? {
        get { nonEmpty(.apiURL).flatMap(Self.apiURL(from:)) }
        set { write(newValue?.absoluteString, .apiURL) }
    }

    /// The credentials this file holds: `api_token` if set; else `username` and `password`
    /// (where the password `api_token` means the username is a token, toggl-cli 1.x's convention);
    /// nil when neither is complete.
    public var credentials: Credentials? {
        if let token = apiToken { return .apiToken(token) }
        guard let username, let password else { return nil }
        return Self.credentials(username: username, password: password)
    }

    /// A key the app reads (``ConfigKey``), as a trimmed string, possibly empty; nil when absent.
    public subscript(_ key: ConfigKey) -> String? {
        document.value(section: key.section, key: key.name)
    }

    /// Any key, as a trimmed string; nil when absent. Setting nil removes the key.
    /// Section names are case-sensitive, keys are not (see ``INIDocument``).
    ///
    /// Setting a value under a name that cannot be written as INI (see
    /// ``INIDocument/setValue(_:section:key:)``) leaves the config unchanged; use
    /// ``setValue(_:section:key:)`` to learn why.
    public subscript(section section: String, key key: String) -> String? {
        get { document.value(section: section, key: key) }
        set { try? setValue(newValue, section: section, key: key) }
    }

    /// Sets any key; nil removes it. Section names are case-sensitive, keys are not.
    ///
    /// - Throws: ``ConfigError/invalidName(file:name:reason:)`` when `section` or `key` cannot be
    ///   written as INI (empty, or containing `]`, `=`, `:`, a line break…); nothing changes then.
    public mutating func setValue(_ value: String?, section: String, key: String) throws {
        if let value {
            try document.setValue(value, section: section, key: key)
        } else {
            document.removeValue(section: section, key: key)
        }
    }

    // MARK: Secrets and description

    /// Whether a key (or environment variable) holds a secret, judged by its name: names
    /// containing `token`, `password` or `secret`. Such values are never shown.
    public static func isSecretKey(_ name: String) -> Bool {
        ConfigError.isSecret(name)
    }

    /// The settings that are set, with the token and password shown as `(hidden)`.
    public var description: String {
        var parts = ["file: \(document.fileName)"]
        if apiToken != nil { parts.append("apiToken: \(ConfigError.hiddenValue)") }
        if let username { parts.append("username: \(username)") }
        if password != nil { parts.append("password: \(ConfigError.hiddenValue)") }
        if let defaultWorkspaceID { parts.append("defaultWorkspaceID: \(defaultWorkspaceID)") }
        if let timezone { parts.append("timezone: \(timezone)") }
        if let apiURL { parts.append("apiURL: \(apiURL.absoluteString)") }
        return "TogglConfig(\(parts.joined(separator: ", ")))"
    }

    /// A mirror showing ``description`` only, so `dump` does not print secrets.
    public var customMirror: Mirror {
        Mirror(self, children: ["summary": description], displayStyle: .struct)
    }

    // MARK: Internals shared with CredentialResolver

    static let defaultWorkspaceKey = ConfigKey.defaultWorkspace.name
    static let apiURLKey = ConfigKey.apiURL.name
    static let apiURLExpectation = "an absolute http or https URL, e.g. https://api.track.toggl.com/api/v9"

    /// Credentials from a username and a password; the password `api_token` makes the username a token.
    static func credentials(username: String, password: String) -> Credentials {
        password == "api_token" ? .apiToken(username) : .password(email: username, password: password)
    }

    static func workspaceID(from text: String) -> Int64? {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces)), id > 0 else { return nil }
        return id
    }

    static func apiURL(from text: String) -> URL? {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return nil }
        return url
    }

    private func nonEmpty(_ key: ConfigKey) -> String? {
        guard let value = self[key], !value.isEmpty else { return nil }
        return value
    }

    private mutating func write(_ value: String?, _ key: ConfigKey) {
        if let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            // ConfigKey's sections and names are valid names.
            try? document.setValue(value, section: key.section, key: key.name)
        } else {
            document.removeValue(section: key.section, key: key.name)
        }
    }
}
