#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// Small helpers shared by the hand-written Codable conformances. Internal on purpose.

extension KeyedDecodingContainer {
    /// The value for `key`, or `fallback` when the key is absent or `null`.
    func decode<T: Decodable>(_ key: Key, default fallback: @autoclosure () -> T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback()
    }

    /// The first non-null value among `keys` (e.g. `workspace_id`, then legacy `wid`).
    func decodeFirst<T: Decodable>(_ type: T.Type, _ keys: Key...) throws -> T? {
        for key in keys {
            if let value = try decodeIfPresent(T.self, forKey: key) { return value }
        }
        return nil
    }

    /// Decodes a payload field that distinguishes "absent" (`nil`) from `null` (`.clear`).
    func decodeUpdate<T: Decodable>(_ type: T.Type, _ keys: Key...) throws -> FieldUpdate<T>? {
        for key in keys where contains(key) {
            if try decodeNil(forKey: key) { return .clear }
            return .set(try decode(T.self, forKey: key))
        }
        return nil
    }

    /// A calendar day (`YYYY-MM-DD`, or a full timestamp) decoded through the date strategy.
    func decodeDayIfPresent(_ key: Key) throws -> Date? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        let string = try decode(String.self, forKey: key)
        guard let date = TogglTimestamp.parse(string) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "Invalid date: \"\(string)\"")
        }
        return date
    }
}

extension KeyedEncodingContainer {
    /// Encodes the value, or JSON `null` when it is `nil` (for fields Toggl sends as `null`).
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value {
            try encode(value, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }

    /// Encodes a date as its UTC calendar day `YYYY-MM-DD`, or `null` when `nil`.
    mutating func encodeDay(_ value: Date?, forKey key: Key, nullWhenNil: Bool) throws {
        if let value {
            try encode(TogglTimestamp.formatDay(value), forKey: key)
        } else if nullWhenNil {
            try encodeNil(forKey: key)
        }
    }
}
