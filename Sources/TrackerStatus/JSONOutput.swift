#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore

/// `--json` output: Toggl-shaped JSON (the same keys as the API), keys sorted, pretty-printed,
/// dates in RFC 3339 UTC. Every control character is escaped (`\u001b`, `\u0085`, `\u202e`):
/// `JSONEncoder` escapes C0, ``TerminalText/jsonEscaped(_:)`` the rest, so the JSON is safe on a
/// terminal and decodes to the same values.
public enum JSONOutput {
    /// `value` as JSON text with a final newline.
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = TogglJSON.makeEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(value)
            return TerminalText.jsonEscaped(String(decoding: data, as: UTF8.self)) + "\n"
        } catch {
            throw Failure(reason: "\(error)")
        }
    }

    /// A value that could not be written as JSON.
    public struct Failure: Error, CustomStringConvertible {
        /// What the encoder said.
        public var reason: String
        public var description: String { "Could not write JSON: \(reason)" }
    }
}
