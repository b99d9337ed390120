/// A string that must never appear in logs: API tokens, the intercom hash, calendar feed URLs.
///
/// It encodes and decodes as a plain JSON string, but `print`, string interpolation, `dump`,
/// `String(reflecting:)` and mirrors all show `<redacted>`. Read the real value explicitly with
/// ``revealed``. Models holding a `Secret` (``Me``, ``Workspace``) therefore redact it in every
/// description without custom code.
///
/// Output meant for people or scripts encodes secrets as ``redactedValue`` (`"(hidden)"`, the key
/// kept) by running the encoding inside ``withRedactedEncoding(_:)``; everything else (the API,
/// the sandbox, round trips) encodes the real value.
public struct Secret: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    /// The secret value. Use only where it is really needed (e.g. to build an `Authorization`
    /// header) and never log it.
    public let revealed: String

    /// Wraps a secret value.
    public init(_ value: String) {
        revealed = value
    }

    /// Wraps a string literal (for tests).
    public init(stringLiteral value: String) {
        revealed = value
    }

    /// Decodes from a JSON string.
    public init(from decoder: any Decoder) throws {
        revealed = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a JSON string: the real value, or ``redactedValue`` inside
    /// ``withRedactedEncoding(_:)``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Secret.encodesRedacted ? Secret.redactedValue : revealed)
    }

    /// What a secret encodes as inside ``withRedactedEncoding(_:)``: `(hidden)`.
    public static let redactedValue = "(hidden)"

    /// Whether secrets encoded by the current task write ``redactedValue`` instead of their value.
    @TaskLocal public static var encodesRedacted = false

    /// Runs `operation` (typically a JSON encoding for output) with every ``Secret`` encoded as
    /// ``redactedValue``; the JSON keys stay, so consumers see that a value exists but not what it is.
    public static func withRedactedEncoding<Result>(_ operation: () throws -> Result) rethrows -> Result {
        try $encodesRedacted.withValue(true, operation: operation)
    }
}

extension Secret: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Always `<redacted>`.
    public var description: String { "<redacted>" }
    /// Always `<redacted>`.
    public var debugDescription: String { "<redacted>" }
    /// A mirror without children, so `dump` shows only `<redacted>`.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: nil) }
}
