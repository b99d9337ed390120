#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A strict, allocation-light JSON reader over the bytes of a store file or a Toggl answer, for
/// the types the first frame and the launch sync read in bulk (entries, projects, clients, tags,
/// tasks).
///
/// It is only a fast path: whenever it meets anything it is not sure to read exactly as
/// `JSONDecoder` with ``TogglJSON/makeDecoder()`` would — invalid JSON, a key it does not know (unless ``skipsUnknownKeys``),
/// a duplicate key, a number with a fraction where an integer is due, a string escape it does not
/// handle, a timestamp ``TogglTimestamp`` rejects, a non-null `JSONValue` field — it throws
/// ``Bail``, and the caller decodes the whole file with `JSONDecoder` instead. So a file read
/// here gives the same values as `JSONDecoder`, and a file it bails on gives exactly what it gave
/// before (including the same errors and the file set aside).
package struct FastJSONReader {
    /// "Not for the fast path": decode with `JSONDecoder` instead.
    package struct Bail: Error {
        package init() {}
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    package private(set) var position: Int = 0
    /// Whether object readers skip keys they do not know, as `JSONDecoder` does (Toggl's
    /// answers carry fields the models do not keep), instead of bailing (the store's files,
    /// written from the models, never have any).
    package var skipsUnknownKeys = false

    package init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Structure

    /// Skips JSON whitespace (space, tab, line feed, carriage return).
    package mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Whether only whitespace is left.
    package mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return position == bytes.count
    }

    /// The next byte after whitespace, not consumed.
    private mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw Bail() }
        return bytes[position]
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Bail() }
        position += 1
    }

    /// Consumes `{`.
    package mutating func beginObject() throws {
        try expect(UInt8(ascii: "{"))
    }

    /// The members of an object being read: its keys and where the reader is among them.
    package struct ObjectFields<Field: RawRepresentable & CaseIterable & Sendable> where Field.RawValue == String {
        package let keys: FastJSONKeys<Field>
        package var cursor = ObjectCursor()
    }

    /// Consumes `{` and starts reading the members of an object with `keys`.
    package mutating func beginObject<Field>(_ keys: FastJSONKeys<Field>) throws -> ObjectFields<Field> {
        try beginObject()
        return ObjectFields(keys: keys)
    }

    /// The next member's field of `fields` (see ``nextField(_:_:)``), or nil after the closing `}`.
    package mutating func nextField<Field>(_ fields: inout ObjectFields<Field>) throws -> Field? {
        try nextField(fields.keys, &fields.cursor)
    }

    /// Where a reader is in an object: before its first member, the keys seen, where to look
    /// for the next key.
    package struct ObjectCursor {
        package var first = true
        package var seen: UInt64 = 0
        package var hint = 0
    }

    /// The next member's field (the reader then stands before its value), or nil after the
    /// closing `}`. Repeated keys bail; unknown keys bail too, unless ``skipsUnknownKeys``, when
    /// their values are skipped (checked as strictly as everything else) as `JSONDecoder` ignores
    /// them.
    private mutating func nextField<Field>(_ keys: FastJSONKeys<Field>, _ cursor: inout ObjectCursor) throws -> Field? {
        while let key = try nextKey(&cursor.first) {
            guard let index = keys.index(of: key, hint: &cursor.hint) else {
                // A key `JSONDecoder` might reject the whole body for (invalid UTF-8) bails.
                guard skipsUnknownKeys, !key.contains(where: { $0 >= 0x80 }) else { throw Bail() }
                try skipValue()
                continue
            }
            let bit: UInt64 = 1 << UInt64(index)
            guard cursor.seen & bit == 0 else { throw Bail() }
            cursor.seen |= bit
            return keys.fields[index]
        }
        return nil
    }

    /// The next member's key as raw bytes (the reader then stands before its value), or nil
    /// after the closing `}`; `first` is true before the first member. A key with an escape
    /// bails (it might spell a known key).
    package mutating func nextKey(_ first: inout Bool) throws -> UnsafeBufferPointer<UInt8>? {
        let byte = try peek()
        if byte == UInt8(ascii: "}") {
            position += 1
            return nil
        }
        if first {
            first = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw Bail() }
            position += 1
        }
        let key = try rawString()
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// Consumes `[`.
    package mutating func beginArray() throws {
        try expect(UInt8(ascii: "["))
    }

    /// Whether another element follows (the reader then stands before it); false after the
    /// closing `]`. `first` is true before the first element.
    package mutating func nextElement(first: inout Bool) throws -> Bool {
        let byte = try peek()
        if byte == UInt8(ascii: "]") {
            position += 1
            return false
        }
        if first {
            first = false
        } else {
            guard byte == UInt8(ascii: ",") else { throw Bail() }
            position += 1
        }
        return true
    }

    /// Consumes `null` if it comes next.
    package mutating func readNull() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Bail() }
        let start = word.utf8Start
        for offset in 0..<count where bytes[position + offset] != start[offset] { throw Bail() }
        position += count
    }

    // MARK: Scalars

    /// A JSON string's raw bytes (between the quotes); bails on escapes and control bytes.
    private mutating func rawString() throws -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)])
            }
            guard byte != UInt8(ascii: "\\"), byte >= 0x20 else { throw Bail() }
            position += 1
        }
        throw Bail()
    }

    /// A string (escapes decoded; invalid UTF-8 or a lone surrogate bails).
    package mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if ascii { return String(decoding: raw, as: UTF8.self) }
                guard let string = String(validating: raw, as: UTF8.self) else { throw Bail() }
                return string
            }
            if byte == UInt8(ascii: "\\") {
                position = start
                return try escapedString()
            }
            guard byte >= 0x20 else { throw Bail() }
            if byte >= 0x80 { ascii = false }
            position += 1
        }
        throw Bail()
    }

    /// The slow half of ``readString()``: the string holds escapes (position at its first byte).
    private mutating func escapedString() throws -> String {
        var out: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let string = String(validating: out, as: UTF8.self) else { throw Bail() }
                return string
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw Bail() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        try literal("\\u")
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw Bail() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(scalar) {
                        throw Bail()
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw Bail() }
                    out.append(contentsOf: unicode.utf8)
                default:
                    throw Bail()
                }
            default:
                guard byte >= 0x20 else { throw Bail() }
                out.append(byte)
            }
        }
        throw Bail()
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw Bail() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Bail()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A timestamp string, parsed as ``TogglJSON/makeDecoder()`` parses dates.
    package mutating func readDate() throws -> Date {
        guard let date = TogglTimestamp.parse(utf8: try rawString()) else { throw Bail() }
        return date
    }

    /// A date as `try? decodeIfPresent(Date.self, …)` reads one: a timestamp string, else nil
    /// (the value, of any type, is skipped).
    package mutating func readDateLeniently() throws -> Date? {
        guard try peek() == UInt8(ascii: "\"") else {
            try skipValue()
            return nil
        }
        return TogglTimestamp.parse(utf8: try rawString())
    }

    /// An integer without fraction or exponent that fits in `Int64`.
    package mutating func readInt64() throws -> Int64 {
        skipWhitespace()
        let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let start = position
        var value: Int64 = 0
        while position < bytes.count, case let byte = bytes[position], byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw Bail() }
            value = sum
            position += 1
        }
        let count = position - start
        // JSON: at least one digit, no leading zero; a fraction or exponent is left to JSONDecoder.
        guard count > 0, count == 1 || bytes[start] != UInt8(ascii: "0") else { throw Bail() }
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw Bail()
            default: break
            }
        }
        return value
    }

    /// An `Int` (see ``readInt64()``).
    package mutating func readInt() throws -> Int {
        guard let value = Int(exactly: try readInt64()) else { throw Bail() }
        return value
    }

    /// A number (any JSON number), as a finite `Double`.
    package mutating func readDouble() throws -> Double {
        skipWhitespace()
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        skipDigits()
        guard position > integerStart, position - integerStart == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw Bail() }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            skipDigits()
            guard position > fractionStart else { throw Bail() }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            let exponentStart = position
            skipDigits()
            guard position > exponentStart else { throw Bail() }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Bail() }
        return value
    }

    private mutating func skipDigits() {
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            position += 1
        }
    }

    /// `true` or `false`.
    package mutating func readBool() throws -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default:
            throw Bail()
        }
    }

    // MARK: Optionals (`null` reads as nil, as `decodeIfPresent` does)

    package mutating func readStringOrNull() throws -> String? { try readNull() ? nil : readString() }
    package mutating func readDateOrNull() throws -> Date? { try readNull() ? nil : readDate() }
    package mutating func readInt64OrNull() throws -> Int64? { try readNull() ? nil : readInt64() }
    package mutating func readIntOrNull() throws -> Int? { try readNull() ? nil : readInt() }
    package mutating func readDoubleOrNull() throws -> Double? { try readNull() ? nil : readDouble() }
    package mutating func readBoolOrNull() throws -> Bool? { try readNull() ? nil : readBool() }

    /// A calendar day or timestamp as `decodeDayIfPresent` reads it (through ``TogglTimestamp``).
    package mutating func readDayOrNull() throws -> Date? { try readDateOrNull() }

    /// A `JSONValue?` field: only `null` is read here; anything else bails (rare in practice).
    package mutating func readNullJSONValue() throws -> JSONValue? {
        guard try readNull() else { throw Bail() }
        return nil
    }

    /// An array of strings, or nil for `null`.
    package mutating func readStringsOrNull() throws -> [String]? {
        if try readNull() { return nil }
        try beginArray()
        var result: [String] = []
        var first = true
        while try nextElement(first: &first) { result.append(try readString()) }
        return result
    }

    /// An array of integers, or nil for `null`.
    package mutating func readInt64sOrNull() throws -> [Int64]? {
        if try readNull() { return nil }
        try beginArray()
        var result: [Int64] = []
        var first = true
        while try nextElement(first: &first) { result.append(try readInt64()) }
        return result
    }

    // MARK: Whole values

    /// The bytes of the next value, checked to be JSON and skipped (for a part handed to
    /// `JSONDecoder`).
    package mutating func valueBytes() throws -> UnsafeBufferPointer<UInt8> {
        skipWhitespace()
        let start = position
        try skipValue(depth: 0)
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    /// Skips one value, checking its syntax as strictly as the readers above.
    package mutating func skipValue(depth: Int = 0) throws {
        guard depth < 64 else { throw Bail() }
        switch try peek() {
        case UInt8(ascii: "{"):
            position += 1
            var first = true
            while true {
                let byte = try peek()
                if byte == UInt8(ascii: "}") {
                    position += 1
                    return
                }
                if first {
                    first = false
                } else {
                    guard byte == UInt8(ascii: ",") else { throw Bail() }
                    position += 1
                }
                _ = try readString()
                try expect(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            position += 1
            var first = true
            while try nextElement(first: &first) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool()
        case UInt8(ascii: "n"):
            try literal("null")
        default:
            _ = try readDouble()
        }
    }
}
