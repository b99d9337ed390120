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
    /// A section or key name that cannot be written to an INI file (empty, or with `]`, `=`, `:`,
    /// a line break, …), e.g. from `config set`. `reason` says what is wrong with it.
    case invalidName(file: String, name: String, reason: String)

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
        case .invalidName(let file, let name, let reason):
            return "\(file): cannot use \(Self.quoted(name)) as a name: \(reason)"
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

    /// A name in double quotes with control characters, line breaks and bidi controls written as
    /// `\u{…}`, so a hostile name cannot drive the terminal through an error message.
    static func quoted(_ name: String) -> String {
        var result = "\""
        for scalar in name.unicodeScalars {
            let value = scalar.value
            let invisible = value < 0x20 || (0x7F...0x9F).contains(value) || (0x200B...0x200F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || value == 0x2028 || value == 0x2029 || value == 0xFEFF
            if invisible {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else if scalar == "\"" || scalar == "\\" {
                result += "\\" + String(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func shown(_ value: String, secret: Bool) -> String {
        if secret || value == hiddenValue { return hiddenValue }
        return "\"\(value)\""
    }
}
