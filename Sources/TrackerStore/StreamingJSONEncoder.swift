#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Encodes a value to the JSON `TogglJSON.makeEncoder()` writes — the same bytes: keys sorted,
/// dates as ``TogglTimestamp/formatExact(_:)``, slashes not escaped — appending straight into
/// one growing `[UInt8]` as `encode(to:)` runs, depth first, instead of building the whole
/// value as a tree first and then serialising and copying it (`JSONEncoder` holds a few times
/// the output's size at once; a store file is 1–2 MB at a large account).
///
/// `Codable` allows what a depth-first writer cannot follow: writing to a container after a
/// later one was started (a nested container filled after its parent moved on, a parent written
/// while a child value is being encoded), `superEncoder`, two kinds of container for one value,
/// a key written twice, nesting deeper than `JSONEncoder` allows, `Data`/`URL`/`Decimal`
/// (which `JSONEncoder` spells its own way). Those throw ``CannotStream``;
/// ``storeBytes(of:capacity:)`` then encodes with `JSONEncoder`, so any type still encodes.
///
/// The type itself is the `Encoder` handed to each `encode(to:)`: it names the value being
/// encoded (its slot in the ``StreamingJSONWriter``).
struct StreamingJSONEncoder: Encoder {
    /// Why a value cannot be written depth first. Internal: callers fall back to `JSONEncoder`.
    enum CannotStream: Error, Equatable {
        /// A container written after a container begun later (or while a value nested in it
        /// was being encoded).
        case interleaved
        /// A container written after its value was complete.
        case closedContainer
        /// `superEncoder()` asked for.
        case superEncoder
        /// Two kinds of container, or a second single value, for one value.
        case mixedContainers
        /// A key written twice in one object.
        case repeatedKey(String)
        /// The top-level value encoded nothing (JSONEncoder refuses it with its own error).
        case nothingEncoded
        /// Containers nested deeper than `JSONEncoder` writes.
        case tooDeep
        /// A type `JSONEncoder` writes its own way.
        case specialType(String)
    }

    let writer: StreamingJSONWriter
    /// The value this encoder writes (0: none, after a failure).
    let slotID: Int
    /// How many keys of the writer's path are this value's coding path.
    let depth: Int

    var codingPath: [any CodingKey] { writer.codingPath(depth: depth) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The JSON for `value`.
    /// - Parameter capacity: bytes to reserve up front (the output grows past it as needed).
    /// - Throws: ``CannotStream`` when the value's `encode(to:)` does what a depth-first writer
    ///   cannot follow; `EncodingError.invalidValue` for a non-finite number; whatever the
    ///   value's `encode(to:)` throws.
    static func encode<T: Encodable>(_ value: T, capacity: Int = 4_096) throws -> [UInt8] {
        let writer = StreamingJSONWriter(capacity: capacity)
        try writer.encodeTopLevel(value)
        return writer.takeBytes()
    }

    /// The JSON for `value` as a store file holds it: streamed, or when that cannot be done
    /// (``CannotStream``), with `TogglJSON.makeEncoder()` — the same bytes either way.
    static func storeBytes<T: Encodable>(of value: T, capacity: Int = 4_096) throws -> [UInt8] {
        do {
            return try encode(value, capacity: capacity)
        } catch is CannotStream {
            return Array(try TogglJSON.makeEncoder().encode(value))
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let handle = writer.withBuffer { $0.container(slotID: slotID, isObject: true) }
        return KeyedEncodingContainer(StreamingKeyedContainer<Key>(
            writer: writer, frameIndex: handle.index, frameID: handle.id, depth: depth, nestedPath: []))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let handle = writer.withBuffer { $0.container(slotID: slotID, isObject: false) }
        return StreamingUnkeyedContainer(writer: writer, frameIndex: handle.index, frameID: handle.id, depth: depth, nestedPath: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        writer.withBuffer { $0.singleValue(slotID: slotID) }
        return StreamingSingleValueContainer(writer: writer, slotID: slotID, depth: depth)
    }
}
