import Foundation
import FuzzSupport
import Testing
import TogglModels
@testable import TrackerStore

/// Seeded random values — hostile strings and keys, integers of every width at their limits,
/// doubles and floats, dates, nesting through every kind of container — stream to exactly the
/// bytes `TogglJSON.makeEncoder()` writes.
@Suite struct FuzzStreamingJSONEncoderTests {
    static let seed: UInt64 = 0x5EED_0018_E7C0_DE42
    static let rounds = 400

    /// Pieces hostile strings are made of: every control character, DEL, the JSON and
    /// JavaScript line separators, bidi controls, emoji (ZWJ sequences, flags), combining
    /// marks, quotes, backslashes, slashes, `</script>`, a byte-order mark, non-BMP scalars.
    static let pieces: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
        "\u{7f}", "\u{2028}", "\u{2029}", "\u{202a}", "\u{202b}", "\u{202c}", "\u{202d}", "\u{202e}", "\u{2066}",
        "\u{2067}", "\u{2068}", "\u{2069}", "\u{200e}", "\u{200f}", "\u{200b}", "\u{feff}", "😀", "👩‍👩‍👧", "🇩🇪",
        "e\u{301}", "\u{e9}", "a\u{308}\u{304}\u{330}", "\u{301}", "\"", "\\", "/", "\\\"", "</script>", "\\u0000",
        "𝄞", "\u{10ffff}", "東京", "Zoë", "a", "name", "id", " ", "", "{", "}", "[", ",", ":", "null", "1e5",
    ]

    static let doubles: [Double] = [
        0, -0.0, 1e-7, 1e21, .pi, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
        .leastNormalMagnitude, 1, -1, 0.1, 100, 1e16, 1e15, 123_456_789.125, -2.5, 99.95, 1e-5, 1e-4,
        9_007_199_254_740_992, 0.000001, 1.0e100,
    ]

    static let floats: [Float] = [0, -0.0, .pi, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 1e21, 1e-7, 0.1, 16_777_216]

    /// A random value to encode.
    indirect enum Node: Encodable, CustomStringConvertible {
        case string(String)
        case int8(Int8), int16(Int16), int32(Int32), int64(Int64), int(Int)
        case uint8(UInt8), uint16(UInt16), uint32(UInt32), uint64(UInt64), uint(UInt)
        case double(Double), float(Float), bool(Bool), null, date(Date)
        /// Members in call order; `direct` members use the container's own overload for a scalar.
        case object([(key: String, value: Node)], direct: Bool)
        /// Elements; `direct` elements use the container's own overload for a scalar.
        case array([Node], direct: Bool)
        /// A `[String: Node]` (the dictionary's own `encode(to:)`).
        case dictionary([String: Node])
        /// A member of each kind made with `nestedContainer`/`nestedUnkeyedContainer`, in order.
        case nested(key: String, members: [(key: String, value: Node)], elements: [Node])
        /// Members skipped by `encodeIfPresent(nil)`, beside present ones.
        case optionals(present: [(key: String, value: Node)], absent: [String])
        case json(JSONValue)

        var description: String {
            switch self {
            case .string(let text): return "string(\(text.debugDescription))"
            case .object(let members, let direct):
                return "object(direct: \(direct), [" + members.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", ") + "])"
            case .array(let elements, let direct): return "array(direct: \(direct), \(elements))"
            case .dictionary(let members): return "dictionary(\(members))"
            case .nested(let key, let members, let elements):
                return "nested(\(key.debugDescription), [" + members.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", ") + "], \(elements))"
            case .optionals(let present, let absent):
                return "optionals([" + present.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", ") + "], absent: \(absent))"
            case .int8(let v): return "int8(\(v))"
            case .int16(let v): return "int16(\(v))"
            case .int32(let v): return "int32(\(v))"
            case .int64(let v): return "int64(\(v))"
            case .int(let v): return "int(\(v))"
            case .uint8(let v): return "uint8(\(v))"
            case .uint16(let v): return "uint16(\(v))"
            case .uint32(let v): return "uint32(\(v))"
            case .uint64(let v): return "uint64(\(v))"
            case .uint(let v): return "uint(\(v))"
            case .double(let v): return "double(\(v))"
            case .float(let v): return "float(\(v))"
            case .bool(let v): return "bool(\(v))"
            case .null: return "null"
            case .date(let v): return "date(\(v.timeIntervalSince1970))"
            case .json(let v): return "json(\(v))"
            }
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .object(let members, let direct):
                var c = encoder.container(keyedBy: Key.self)
                for (key, value) in members {
                    if direct { try value.encodeDirectly(into: &c, Key(key)) } else { try c.encode(value, forKey: Key(key)) }
                }
            case .array(let elements, let direct):
                var c = encoder.unkeyedContainer()
                for value in elements {
                    if direct { try value.encodeDirectly(into: &c) } else { try c.encode(value) }
                }
            case .dictionary(let members):
                var c = encoder.singleValueContainer()
                try c.encode(members)
            case .nested(let key, let members, let elements):
                var c = encoder.container(keyedBy: Key.self)
                var object = c.nestedContainer(keyedBy: Key.self, forKey: Key(key))
                for (key, value) in members { try object.encode(value, forKey: Key(key)) }
                var array = c.nestedUnkeyedContainer(forKey: Key(key + "~list"))
                for value in elements { try value.encodeDirectly(into: &array) }
                var inner = array.nestedContainer(keyedBy: Key.self)
                for (key, value) in members { try value.encodeDirectly(into: &inner, Key(key)) }
            case .optionals(let present, let absent):
                var c = encoder.container(keyedBy: Key.self)
                for key in absent { try c.encodeIfPresent(Optional<Int>.none, forKey: Key(key)) }
                for (key, value) in present { try c.encodeIfPresent(Optional(value), forKey: Key(key)) }
            default:
                var c = encoder.singleValueContainer()
                switch self {
                case .string(let v): try c.encode(v)
                case .int8(let v): try c.encode(v)
                case .int16(let v): try c.encode(v)
                case .int32(let v): try c.encode(v)
                case .int64(let v): try c.encode(v)
                case .int(let v): try c.encode(v)
                case .uint8(let v): try c.encode(v)
                case .uint16(let v): try c.encode(v)
                case .uint32(let v): try c.encode(v)
                case .uint64(let v): try c.encode(v)
                case .uint(let v): try c.encode(v)
                case .double(let v): try c.encode(v)
                case .float(let v): try c.encode(v)
                case .bool(let v): try c.encode(v)
                case .null: try c.encodeNil()
                case .date(let v): try c.encode(v)
                case .json(let v): try c.encode(v)
                default: break
                }
            }
        }

        /// A scalar through the keyed container's own overload; anything else generically.
        func encodeDirectly(into c: inout KeyedEncodingContainer<Key>, _ key: Key) throws {
            switch self {
            case .string(let v): try c.encode(v, forKey: key)
            case .int8(let v): try c.encode(v, forKey: key)
            case .int16(let v): try c.encode(v, forKey: key)
            case .int32(let v): try c.encode(v, forKey: key)
            case .int64(let v): try c.encode(v, forKey: key)
            case .int(let v): try c.encode(v, forKey: key)
            case .uint8(let v): try c.encode(v, forKey: key)
            case .uint16(let v): try c.encode(v, forKey: key)
            case .uint32(let v): try c.encode(v, forKey: key)
            case .uint64(let v): try c.encode(v, forKey: key)
            case .uint(let v): try c.encode(v, forKey: key)
            case .double(let v): try c.encode(v, forKey: key)
            case .float(let v): try c.encode(v, forKey: key)
            case .bool(let v): try c.encode(v, forKey: key)
            case .null: try c.encodeNil(forKey: key)
            case .date(let v): try c.encode(v, forKey: key)
            default: try c.encode(self, forKey: key)
            }
        }

        /// A scalar through the unkeyed container's own overload; anything else generically.
        func encodeDirectly(into c: inout any UnkeyedEncodingContainer) throws {
            switch self {
            case .string(let v): try c.encode(v)
            case .int8(let v): try c.encode(v)
            case .int16(let v): try c.encode(v)
            case .int32(let v): try c.encode(v)
            case .int64(let v): try c.encode(v)
            case .int(let v): try c.encode(v)
            case .uint8(let v): try c.encode(v)
            case .uint16(let v): try c.encode(v)
            case .uint32(let v): try c.encode(v)
            case .uint64(let v): try c.encode(v)
            case .uint(let v): try c.encode(v)
            case .double(let v): try c.encode(v)
            case .float(let v): try c.encode(v)
            case .bool(let v): try c.encode(v)
            case .null: try c.encodeNil()
            case .date(let v): try c.encode(v)
            default: try c.encode(self)
            }
        }
    }

    /// A string of up to `most` hostile pieces, sometimes random scalars.
    static func hostileString(_ random: inout FuzzRandom, most: Int = 6) -> String {
        var text = ""
        for _ in 0..<random.int(0...most) {
            if random.int(0...4) == 0 {
                // Any scalar but the surrogates.
                var value = UInt32(random.int(0...0x10FFFF))
                if (0xD800...0xDFFF).contains(value) { value = 0xFFFD }
                text.unicodeScalars.append(UnicodeScalar(value) ?? "?")
            } else {
                text += random.pick(pieces)
            }
        }
        return text
    }

    /// Distinct hostile keys (distinct as a `[String: …]` tells them apart, as JSONEncoder does).
    static func keys(_ random: inout FuzzRandom, count: Int) -> [String] {
        var seen: Set<String> = []
        var keys: [String] = []
        while keys.count < count {
            let key = hostileString(&random, most: 3)
            if seen.insert(key).inserted { keys.append(key) }
        }
        return keys
    }

    static func integer<T: FixedWidthInteger>(_ random: inout FuzzRandom, _ type: T.Type) -> T {
        switch random.int(0...4) {
        case 0: return .min
        case 1: return .max
        case 2: return T(truncatingIfNeeded: random.int(-2...2))
        default: return T(truncatingIfNeeded: random.next())
        }
    }

    static func double(_ random: inout FuzzRandom) -> Double {
        if random.int(0...2) == 0 {
            let bits = Double(bitPattern: random.next())
            if bits.isFinite { return bits }
        }
        return random.pick(doubles) * (random.int(0...1) == 0 ? 1 : -1)
    }

    static func float(_ random: inout FuzzRandom) -> Float {
        if random.int(0...2) == 0 {
            let bits = Float(bitPattern: UInt32(truncatingIfNeeded: random.next()))
            if bits.isFinite { return bits }
        }
        return random.pick(floats)
    }

    static func scalar(_ random: inout FuzzRandom) -> Node {
        switch random.int(0...16) {
        case 0, 1, 2: return .string(hostileString(&random))
        case 3: return .int8(integer(&random, Int8.self))
        case 4: return .int16(integer(&random, Int16.self))
        case 5: return .int32(integer(&random, Int32.self))
        case 6: return .int64(integer(&random, Int64.self))
        case 7: return .int(integer(&random, Int.self))
        case 8: return .uint8(integer(&random, UInt8.self))
        case 9: return .uint16(integer(&random, UInt16.self))
        case 10: return .uint32(integer(&random, UInt32.self))
        case 11: return .uint64(integer(&random, UInt64.self))
        case 12: return .uint(integer(&random, UInt.self))
        case 13: return .double(double(&random))
        case 14: return .float(float(&random))
        case 15: return random.int(0...1) == 0 ? .bool(random.int(0...1) == 0) : .null
        default:
            // Whole seconds or microseconds, far past to far future.
            let seconds = Double(random.int(-62_135_596_800...253_402_300_799))
            return .date(Date(timeIntervalSince1970: seconds + (random.int(0...1) == 0 ? 0 : Double(random.int(1...999_999)) / 1e6)))
        }
    }

    static func json(_ random: inout FuzzRandom, depth: Int) -> JSONValue {
        switch depth > 0 ? random.int(0...7) : random.int(0...5) {
        case 0: return .null
        case 1: return .bool(random.int(0...1) == 0)
        case 2: return .integer(integer(&random, Int64.self))
        case 3: return .number(double(&random))
        case 4, 5: return .string(hostileString(&random))
        case 6: return .array((0..<random.int(0...4)).map { _ in json(&random, depth: depth - 1) })
        default:
            let keys = keys(&random, count: random.int(0...5))
            return .object(Dictionary(uniqueKeysWithValues: keys.map { ($0, json(&random, depth: depth - 1)) }))
        }
    }

    static func node(_ random: inout FuzzRandom, depth: Int) -> Node {
        guard depth > 0, random.int(0...2) != 0 else { return scalar(&random) }
        func members(_ count: Int) -> [(key: String, value: Node)] {
            keys(&random, count: count).map { ($0, node(&random, depth: depth - 1)) }
        }
        switch random.int(0...6) {
        case 0: return .object(members(random.int(0...7)), direct: random.int(0...1) == 0)
        case 1: return .array((0..<random.int(0...6)).map { _ in node(&random, depth: depth - 1) }, direct: random.int(0...1) == 0)
        case 2:
            let keys = keys(&random, count: random.int(0...5))
            return .dictionary(Dictionary(uniqueKeysWithValues: keys.map { ($0, node(&random, depth: depth - 1)) }))
        case 3:
            // The "~list" member must not repeat a key of the same object.
            let key = hostileString(&random, most: 2)
            return .nested(key: key, members: members(random.int(0...4)), elements: (0..<random.int(0...4)).map { _ in scalar(&random) })
        case 4:
            let all = keys(&random, count: random.int(0...6))
            let split = random.int(0...all.count)
            return .optionals(present: all[..<split].map { ($0, node(&random, depth: depth - 1)) }, absent: Array(all[split...]))
        default: return .json(json(&random, depth: depth))
        }
    }

    @Test func randomValuesStreamToJSONEncodersBytes() throws {
        var random = FuzzRandom(seed: Self.seed)
        let encoder = TogglJSON.makeEncoder()
        for round in 0..<Self.rounds {
            let value = Self.node(&random, depth: 4)
            let expected = Array(try encoder.encode(value))
            let streamed: [UInt8]
            do {
                streamed = try StreamingJSONEncoder.encode(value)
            } catch {
                Issue.record("seed \(Self.seed) round \(round): streaming failed with \(error) for \(value)")
                continue
            }
            if streamed != expected {
                Issue.record("""
                    seed \(Self.seed) round \(round): bytes differ for \(value)
                    streamed:    \(String(decoding: streamed, as: UTF8.self))
                    JSONEncoder: \(String(decoding: expected, as: UTF8.self))
                    """)
            }
        }
    }

    /// Every control character, alone and in company, in a value and as a key.
    @Test func everyControlCharacterIsEscapedAsJSONEncoderEscapesIt() throws {
        for byte in UInt8(0)...UInt8(0x7f) {
            let text = String(UnicodeScalar(byte))
            let values: [String: String] = [text: text, "x\(text)y": "\(text)\(text)\\\"/\u{2028}\(text)"]
            let streamed = try StreamingJSONEncoder.encode(values)
            let expected = Array(try TogglJSON.makeEncoder().encode(values))
            #expect(streamed == expected, "byte \(byte): \(String(decoding: streamed, as: UTF8.self)) vs \(String(decoding: expected, as: UTF8.self))")
        }
    }

    /// The numbers the brief names, each as JSONEncoder spells it.
    @Test func limitNumbersAreSpelledAsJSONEncoderSpellsThem() throws {
        let doubles: [Double] = [0, -0.0, 1e-7, 1e21, .pi, .greatestFiniteMagnitude] + Self.doubles
        let ints: [Int64] = [.min, .max, 0, -1]
        let values: [Node] = doubles.map { .double($0) } + Self.floats.map { .float($0) } + ints.map { .int64($0) }
            + [.uint64(.max), .uint64(0), .int8(.min), .uint8(.max)]
        for value in values {
            for wrapped in [value, .array([value], direct: true), .object([("k", value)], direct: true), .object([("k", value)], direct: false)] {
                let streamed = try StreamingJSONEncoder.encode(wrapped)
                let expected = Array(try TogglJSON.makeEncoder().encode(wrapped))
                #expect(streamed == expected, "\(wrapped): \(String(decoding: streamed, as: UTF8.self)) vs \(String(decoding: expected, as: UTF8.self))")
            }
        }
    }
}
