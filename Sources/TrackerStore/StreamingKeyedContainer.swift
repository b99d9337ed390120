#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON object of ``StreamingJSONEncoder``: each member is written when encoded (its key,
/// a colon, the value) into the writer's object `frameIndex`/`frameID`.
struct StreamingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: StreamingJSONWriter
    let frameIndex: Int
    let frameID: Int
    /// The owning value's coding path: the writer's first `depth` keys, then `nestedPath`.
    let depth: Int
    let nestedPath: [any CodingKey]

    var codingPath: [any CodingKey] { writer.codingPath(depth: depth, extra: nestedPath) }

    /// Writes the member `key`: its key, what `value` appends, the comma after it.
    private func member(_ key: Key, _ value: (inout StreamingJSONBuffer) throws -> Void) throws {
        try writer.withBuffer { buffer in
            try buffer.beginMember(key.stringValue, index: frameIndex, id: frameID)
            try value(&buffer)
            buffer.valueDone()
        }
    }

    private func integer<T: FixedWidthInteger>(_ value: T, _ key: Key) throws {
        try member(key) { $0.appendInteger(value) }
    }

    private func floatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T, _ key: Key) throws {
        try member(key) { try $0.appendFloatingPoint(value, depth: depth) { nestedPath + [key] } }
    }

    mutating func encodeNil(forKey key: Key) throws {
        try member(key) { $0.appendNull() }
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try member(key) { $0.appendBool(value) }
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        try member(key) { $0.appendString(value) }
    }

    mutating func encode(_ value: Double, forKey key: Key) throws { try floatingPoint(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try floatingPoint(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int128, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt128, forKey key: Key) throws { try integer(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try writer.withBuffer { try $0.beginMember(key.stringValue, index: frameIndex, id: frameID) }
        try writer.encodeValue(value, key: key, nestedPath: nestedPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let handle = writer.withBuffer { $0.nestedContainer(isObject: true, key: key.stringValue, in: frameIndex, id: frameID) }
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(
            writer: writer, frameIndex: handle.index, frameID: handle.id, depth: depth, nestedPath: nestedPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let handle = writer.withBuffer { $0.nestedContainer(isObject: false, key: key.stringValue, in: frameIndex, id: frameID) }
        return StreamingUnkeyedContainer(
            writer: writer, frameIndex: handle.index, frameID: handle.id, depth: depth, nestedPath: nestedPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        writer.fail(.superEncoder)
        return StreamingJSONEncoder(writer: writer, slotID: 0, depth: depth)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.fail(.superEncoder)
        return StreamingJSONEncoder(writer: writer, slotID: 0, depth: depth)
    }
}
