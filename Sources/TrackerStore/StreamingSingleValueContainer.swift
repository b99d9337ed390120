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

    /// Writes the value: what `value` appends.
    private func single(_ value: (inout StreamingJSONBuffer) throws -> Void) throws {
        try writer.withBuffer { buffer in
            try buffer.beginSingle(slotID: slotID)
            try value(&buffer)
            buffer.valueDone()
        }
    }

    private func integer<T: FixedWidthInteger>(_ value: T) throws {
        try single { $0.appendInteger(value) }
    }

    private func floatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) throws {
        try single { try $0.appendFloatingPoint(value, depth: depth) { [] } }
    }

    mutating func encodeNil() throws {
        try single { $0.appendNull() }
    }

    mutating func encode(_ value: Bool) throws {
        try single { $0.appendBool(value) }
    }

    mutating func encode(_ value: String) throws {
        try single { $0.appendString(value) }
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
        try writer.withBuffer { try $0.beginSingle(slotID: slotID) }
        try writer.encodeValue(value, key: nil)
    }
}
