import Foundation

/// The JSON coders every part of toggl-tui uses for Toggl payloads.
///
/// Dates are decoded with ``TogglTimestamp`` (every RFC 3339 spelling Toggl sends, fast path)
/// and encoded as RFC 3339 UTC with a `Z` suffix, which is what Toggl's own apps send.
public enum TogglJSON {
    /// A decoder for Toggl response bodies.
    public static func makeDecoder() -> JSONDecoder {
        JSONDecoder()
    }

    /// An encoder for Toggl request bodies.
    public static func makeEncoder() -> JSONEncoder {
        JSONEncoder()
    }
}
