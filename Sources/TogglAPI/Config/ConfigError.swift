import Foundation

/// What can go wrong reading, checking or writing a configuration file.
///
/// Every case names the file (or environment variable) involved, so the message can be shown to
/// the user as is. Messages never contain the value of a secret (an API token or a password):
/// for keys that hold secrets the value is stored and shown as `(hidden)`.
public enum ConfigError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file does not exist (``TogglConfig/load(from:)``; see ``TogglConfig/loadIfPresent(from:)``).
    case fileNotFound(file: String)
    /// A line of the file is not valid INI. `line` is 1-based.
    case malformed(file: String, line: Int, reason: String)
    /// The file exists but could not be read (permissions, a directory, not UTF-8 text…).
    case unreadable(file: String, reason: String)
    /// A key holds a value of the wrong form, e.g. `default_wid = abc`.
    case invalidValue(file: String, section: String, key: String, value: String, expected: String)
    /// An environment variable holds a value of the wrong form, e.g. `TOGGL_API_URL=not a url`.
    case invalidEnvironmentValue(variable: String, value: String, expected: String)
    /// The file could not be written.
    case unwritable(file: String, reason: String)

    /// The text shown instead of a secret value.
    public static let hiddenValue = "(hidden)"

    /// A readable, one-line explanation that never contains a secret.
    public var description: String {
        switch self {
        case .fileNotFound(let file):
            return "\(file): no such file"
        case .malformed(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        case .invalidValue(let file, let section, let key, let value, let expected):
            let shown = Self.shown(value, secret: Self.isSecret(key))
            return "\(file): [\(section)] \(key) has the value \(shown), expected \(expected)"
        case .invalidEnvironmentValue(let variable, let value, let expected):
            let shown = Self.shown(value, secret: Self.isSecret(variable))
            return "environment variable \(variable) has the value \(shown), expected \(expected)"
        case .unwritable(let file, let reason):
            return "\(file): cannot be written: \(reason)"
        }
    }

    /// Same as ``description``, so `localizedDescription` reads well too.
    public var errorDescription: String? { description }

    /// An `.invalidValue` error whose stored value is already `(hidden)` when `key` holds a secret.
    static func invalid(
        file: String, section: String, key: String, value: String, expected: String
    ) -> ConfigError {
        .invalidValue(
            file: file, section: section, key: key,
            value: isSecret(key) ? hiddenValue : value,
            expected: expected)
    }

    /// Whether a key or variable name holds a secret (a token or a password), by its name.
    static func isSecret(_ name: String) -> Bool {
        let folded = name.lowercased()
        return folded.contains("token") || folded.contains("password") || folded.contains("secret")
    }

    private static func shown(_ value: String, secret: Bool) -> String {
        if secret || value == hiddenValue { return hiddenValue }
        return "\"\(value)\""
    }
}
