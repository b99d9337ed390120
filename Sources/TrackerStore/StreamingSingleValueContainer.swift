#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A single value of ``StreamingJSONEncoder``: written where the value stands, once.
struct StreamingSingleValueContainer: SingleValueEncodingContainer {
    let writer: StreamingJSONWriter
    let slotID: Int
    let depth: Int

    var codingPath: [any CodingKey] { writer.codingPath(depth: depth) }

    private func integer<T: FixedWidthInteger>(_ value: T) throws {
        try writer.beginSingle(slotID: slotID)
        writer.appendInteger(value)
        writer.valueDone()
    }

    private func floatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) throws {
        try writer.beginSingle(slotID: slotID)
        try writer.appendFloatingPoint(value) { codingPath }
        writer.valueDone()
    }

    mutating func encodeNil() throws {
        try writer.beginSingle(slotID: slotID)
        writer.appendNull()
        writer.valueDone()
    }

    mutating func encode(_ value: Bool) throws {
        try writer.beginSingle(slotID: slotID)
        writer.appendBool(value)
        writer.valueDone()
    }

    mutating func encode(_ value: String) throws {
        try writer.beginSingle(slotID: slotID)
        writer.appendString(value)
        writer.valueDone()
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

    mutating func encode<T: Encodable>(_ value: T) throws {
        try writer.beginSingle(slotID: slotID)
        try writer.encodeValue(value, key: nil)
    }
}
