import Foundation
import TerminalUI
import TogglModels

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
            return TerminalText.jsonEscaped(String(data: data, encoding: .utf8) ?? "") + "\n"
        } catch {
            throw CLIError("Could not write JSON: \(error)")
        }
    }
}
