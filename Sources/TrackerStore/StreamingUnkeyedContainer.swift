#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON array of ``StreamingJSONEncoder``: each element is written when encoded, into the
/// writer's array `frameIndex`/`frameID`.
struct StreamingUnkeyedContainer: UnkeyedEncodingContainer {
    /// An element's place in a coding path, as `JSONEncoder` names it ("Index 3").
    struct IndexKey: CodingKey {
        let intValue: Int?
        let stringValue: String

        init(index: Int) {
            intValue = index
            stringValue = "Index \(index)"
        }

        init?(stringValue: String) { return nil }

        init?(intValue: Int) { self.init(index: intValue) }
    }

    let writer: StreamingJSONWriter
    let frameIndex: Int
    let frameID: Int
    /// The owning value's coding path: the writer's first `depth` keys, then `nestedPath`.
    let depth: Int
    let nestedPath: [any CodingKey]

    var codingPath: [any CodingKey] { writer.codingPath(depth: depth, extra: nestedPath) }
    var count: Int { writer.withBuffer { $0.count(index: frameIndex, id: frameID) } }

    /// Writes the next element: what `value` appends (given the element's index), the comma
    /// after it.
    private func element(_ value: (inout StreamingJSONBuffer, Int) throws -> Void) throws {
        try writer.withBuffer { buffer in
            try buffer.beginElement(index: frameIndex, id: frameID)
            try value(&buffer, buffer.count(index: frameIndex, id: frameID) - 1)
            buffer.valueDone()
        }
    }

    private func integer<T: FixedWidthInteger>(_ value: T) throws {
        try element { buffer, _ in buffer.appendInteger(value) }
    }

    private func floatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) throws {
        try element { buffer, index in
            try buffer.appendFloatingPoint(value, depth: depth) { nestedPath + [IndexKey(index: index)] }
        }
    }

    mutating func encodeNil() throws {
        try element { buffer, _ in buffer.appendNull() }
    }

    mutating func encode(_ value: Bool) throws {
        try element { buffer, _ in buffer.appendBool(value) }
    }

    mutating func encode(_ value: String) throws {
        try element { buffer, _ in buffer.appendString(value) }
    }

    mutating func encode(_ value: Double) throws { try floatingPoint(value) }
    mutating func encode(_ value: Float) throws { try floatingPoint(value) }
    mutating func encode(_ value: Int) throws { try integer(value) }
    mutating func encode(_ value: Int8) throws { try integer(value) }
    mutating func encode(_ value: Int16) throws { try integer(value) }
    mutating func encode(_ value: Int32) throws { try integer(value) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try integer(value) }
    mutating func encode(_ value: UInt8) throws { try integer(value) }
    mutating func encode(_ value: UInt16) throws { try integer(value) }
    mutating func encode(_ value: UInt32) throws { try integer(value) }
    mutating func encode(_ value: UInt64) throws { try integer(value) }
    mutating func encode(_ value: Int128) throws { try integer(value) }
    mutating func encode(_ value: UInt128) throws { try integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = try writer.withBuffer { buffer in
            try buffer.beginElement(index: frameIndex, id: frameID)
            return buffer.count(index: frameIndex, id: frameID) - 1
        }
        try writer.encodeValue(value, key: IndexKey(index: index), nestedPath: nestedPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let index = count
        let handle = writer.withBuffer { $0.nestedContainer(isObject: true, key: nil, in: frameIndex, id: frameID) }
        return KeyedEncodingContainer(StreamingKeyedContainer<NestedKey>(
            writer: writer, frameIndex: handle.index, frameID: handle.id, depth: depth,
            nestedPath: nestedPath + [IndexKey(index: index)]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = count
        let handle = writer.withBuffer { $0.nestedContainer(isObject: false, key: nil, in: frameIndex, id: frameID) }
        return StreamingUnkeyedContainer(
            writer: writer, frameIndex: handle.index, frameID: handle.id, depth: depth,
            nestedPath: nestedPath + [IndexKey(index: index)])
    }

    mutating func superEncoder() -> any Encoder {
        writer.fail(.superEncoder)
        return StreamingJSONEncoder(writer: writer, slotID: 0, depth: depth)
    }
}
