#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// What every encoder and container of one ``StreamingJSONEncoder`` run shares: the
/// ``StreamingJSONBuffer`` (the bytes and the open containers), and the walk into each value's
/// `encode(to:)`.
///
/// Containers change the buffer through ``withBuffer(_:)``: one exclusive access per call.
final class StreamingJSONWriter {
    /// The deepest nesting `JSONEncoder` writes (it refuses a container 512 deep).
    static let maximumDepth = 511

    /// A container handle that never works (the failure that made it is already recorded).
    static let deadHandle = (index: -1, id: 0)

    private var buffer: StreamingJSONBuffer

    init(capacity: Int) {
        buffer = StreamingJSONBuffer(capacity: capacity)
    }

    /// Why this value cannot be streamed, once known.
    var failure: StreamingJSONEncoder.CannotStream? { buffer.failure }

    /// Runs `body` on the buffer.
    @inline(__always)
    func withBuffer<R>(_ body: (inout StreamingJSONBuffer) throws -> R) rethrows -> R {
        try body(&buffer)
    }

    /// The JSON written; the writer is empty afterwards (no copy is made).
    func takeBytes() -> [UInt8] {
        buffer.takeBytes()
    }

    /// Records why the value cannot be streamed (the first reason wins) and returns it to throw.
    @discardableResult
    func fail(_ reason: StreamingJSONEncoder.CannotStream) -> StreamingJSONEncoder.CannotStream {
        buffer.fail(reason)
    }

    /// The coding path of an encoder or container: the first `depth` keys of the values being
    /// encoded, plus `extra` (the keys of nested containers).
    func codingPath(depth: Int, extra: [any CodingKey] = []) -> [any CodingKey] {
        buffer.codingPath(depth: depth, extra: extra)
    }

    /// Encodes the whole value.
    func encodeTopLevel<T: Encodable>(_ value: T) throws {
        try encodeValue(value, key: nil)
        if let failure { throw failure }
    }

    /// Writes `value` where the writer stands (after a key, as an element, or at the top).
    /// `nestedPath` and `key` extend the coding path for the value's `encode(to:)`.
    func encodeValue<T: Encodable>(_ value: T, key: (any CodingKey)?, nestedPath: [any CodingKey] = []) throws {
        if let failure { throw failure }
        if T.self == String.self, let string = value as? String {
            buffer.appendString(string)
            buffer.valueDone()
            return
        }
        if T.self == Date.self, let date = value as? Date {
            buffer.appendString(TogglTimestamp.formatExact(date))
            buffer.valueDone()
            return
        }
        if T.self == Int64.self, let number = value as? Int64 {
            buffer.appendInteger(number)
            buffer.valueDone()
            return
        }
        if T.self == Int.self, let number = value as? Int {
            buffer.appendInteger(number)
            buffer.valueDone()
            return
        }
        if T.self == Bool.self, let flag = value as? Bool {
            buffer.appendBool(flag)
            buffer.valueDone()
            return
        }
        // JSONEncoder spells these its own way (base64, `absoluteString`, a number).
        if T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
            throw fail(.specialType("\(T.self)"))
        }
        let slot = buffer.beginSlot(key: key, nestedPath: nestedPath)
        defer { buffer.endSlot(pathDepth: slot.pathDepth) }
        try value.encode(to: StreamingJSONEncoder(writer: self, slotID: slot.id, depth: buffer.path.count))
        try buffer.finishSlot()
    }
}
