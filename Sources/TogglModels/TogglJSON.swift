#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON coders every part of toggl-tui uses for Toggl payloads.
///
/// Dates are decoded with ``TogglTimestamp`` (every RFC 3339 spelling Toggl sends, fast path)
/// and encoded as RFC 3339 UTC with a `Z` suffix, which is what Toggl's own apps send.
/// Models use explicit snake_case `CodingKeys`, so no key strategy is set.
public enum TogglJSON {
    /// A decoder for Toggl response bodies.
    ///
    /// Dates go through ``TogglTimestamp/parse(_:)``; a string it rejects throws
    /// `DecodingError.dataCorrupted` naming the string.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let string = try container.decode(String.self)
            guard let date = TogglTimestamp.parse(string) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "Invalid RFC 3339 timestamp: \"\(string)\""
                )
            }
            return date
        }
        return decoder
    }

    /// An encoder for Toggl request bodies (and for bodies the sandbox serves).
    ///
    /// Dates are written with ``TogglTimestamp/formatExact(_:)``: whole seconds
    /// (`2024-12-16T01:55:24Z`) unless the date has a sub-second part, which is kept to the
    /// microsecond like Toggl's own `at` values. Keys are sorted and slashes are not escaped, so
    /// bodies are deterministic and readable.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(TogglTimestamp.formatExact(date))
        }
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
