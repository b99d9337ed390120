#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Removes credential fields from a model before it is written to the cache: the profile's
/// `api_token` and `intercom_hash`, a workspace's `api_token` and `ical_url`. The store never
/// writes a token to disk (the token → user mapping keeps only a SHA-256 of it).
enum SecretScrubber {
    /// The JSON keys dropped from every stored model.
    static let secretKeys: Set<String> = ["api_token", "intercom_hash", "ical_url"]

    /// `value` re-decoded from its own JSON without the ``secretKeys`` (top level only, where
    /// the models keep them).
    static func scrub<T: Codable>(_ value: T) throws -> T {
        let data = try TogglJSON.makeEncoder().encode(value)
        let decoder = TogglJSON.makeDecoder()
        guard case .object(var fields) = try decoder.decode(JSONValue.self, from: data) else { return value }
        guard fields.keys.contains(where: secretKeys.contains) else { return value }
        for key in secretKeys { fields.removeValue(forKey: key) }
        return try decoder.decode(T.self, from: TogglJSON.makeEncoder().encode(JSONValue.object(fields)))
    }
}
