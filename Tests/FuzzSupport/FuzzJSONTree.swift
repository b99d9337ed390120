/// A JSON document as a tree that keeps every scalar's text as written, so fuzzers can mutate
/// real files structurally (a value replaced, a key dropped, an array made an object) and write
/// them back. Only for tests: it reads the valid JSON the fuzzers start from.
public indirect enum FuzzJSONTree {
    /// A scalar as written: a number, a string with its quotes, `true`, `false`, `null`.
    case raw(String)
    case array([FuzzJSONTree])
    /// Members in file order; keys as written, quotes included.
    case object([(key: String, value: FuzzJSONTree)])

    /// Parses `text` (valid JSON), or nil.
    public static func parse(_ text: String) -> FuzzJSONTree? {
        var parser = Parser(bytes: Array(text.utf8))
        guard let tree = parser.value() else { return nil }
        parser.skipSpace()
        return parser.index == parser.bytes.count ? tree : nil
    }

    /// The JSON text.
    public var text: String {
        switch self {
        case .raw(let literal): return literal
        case .array(let items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { $0.key + ":" + $0.value.text }.joined(separator: ",") + "}"
        }
    }

    /// Nodes in the tree, this one included.
    public var count: Int {
        switch self {
        case .raw: return 1
        case .array(let items): return 1 + items.reduce(0) { $0 + $1.count }
        case .object(let members): return 1 + members.reduce(0) { $0 + $1.value.count }
        }
    }

    /// The tree with node number `target` (preorder) replaced by `change(node)`.
    public func replacing(_ target: Int, with change: (FuzzJSONTree) -> FuzzJSONTree) -> FuzzJSONTree {
        var counter = 0
        return replacing(target, &counter, change)
    }

    private func replacing(_ target: Int, _ counter: inout Int, _ change: (FuzzJSONTree) -> FuzzJSONTree) -> FuzzJSONTree {
        if counter == target { counter += count; return change(self) }
        counter += 1
        switch self {
        case .raw: return self
        case .array(let items):
            return .array(items.map { $0.replacing(target, &counter, change) })
        case .object(let members):
            return .object(members.map { ($0.key, $0.value.replacing(target, &counter, change)) })
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value() -> FuzzJSONTree? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [(key: String, value: FuzzJSONTree)] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                while true {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    guard let member = value() else { return nil }
                    members.append((key, member))
                    skipSpace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
                    return nil
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [FuzzJSONTree] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                while true {
                    guard let item = value() else { return nil }
                    items.append(item)
                    skipSpace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
                    return nil
                }
            case UInt8(ascii: "\""):
                return string().map(FuzzJSONTree.raw)
            default:
                let start = index
                while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
                return start == index ? nil : .raw(String(decoding: bytes[start..<index], as: UTF8.self))
            }
        }

        /// A string with its quotes, as written.
        mutating func string() -> String? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard index < bytes.count else { return nil }
            index += 1
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }
}

/// Structural mutations of JSON documents for the fuzzers.
public enum FuzzMutation {
    /// `tree` with one to three random hostile changes; a description of each is appended to `log`.
    public static func mutate(_ tree: FuzzJSONTree, _ random: inout FuzzRandom, log: inout [String]) -> FuzzJSONTree {
        var tree = tree
        for _ in 0..<random.int(1...3) {
            let target = random.int(0...(tree.count - 1))
            let kind = random.int(0...9)
            tree = tree.replacing(target) { node in
                let changed = change(node, kind: kind, &random)
                log.append("node \(target): \(node.text.prefix(80)) → \(changed.text.prefix(80))")
                return changed
            }
        }
        return tree
    }

    public static func change(_ node: FuzzJSONTree, kind: Int, _ random: inout FuzzRandom) -> FuzzJSONTree {
        switch (kind, node) {
        case (0, _): return .raw("null")
        case (1, .raw(let literal)) where literal.first != "\"":
            // A number (or literal) made huge, negative, fractional or a string.
            return .raw(random.pick(HostileJSON.numbers + ["\"\(literal)\"", "\"12\"", "-\(literal)", "\(literal).5", "\(literal)e2"]))
        case (1, .raw(let literal)):
            // A string given controls, escapes, a lone surrogate, or made 10,000 characters long.
            let inner = literal.dropFirst().dropLast()
            return .raw(random.pick([
                "\"\(inner)\\u0000\\u001b[31m\\u0007\"", "\"\\ud83d\(inner)\"", "\"\(inner)\\\\\\\"\\/\\b\\f\\n\\r\\t\"",
                "\"" + String(repeating: "x", count: 10_000) + "\"", "\"\u{202E}\(inner)\u{85}\"", "\"\"", "\(inner.count)",
            ]))
        case (2, .object(var members)) where !members.isEmpty:
            members.remove(at: random.int(0...(members.count - 1)))
            return .object(members)
        case (3, .object(let members)):
            return .array(members.map(\.value))
        case (3, .array(let items)):
            return .object(items.enumerated().map { ("\"\($0.offset)\"", $0.element) })
        case (4, _):
            let depth = random.int(1...300)
            var wrapped = node
            for _ in 0..<depth { wrapped = random.int(0...1) == 0 ? .array([wrapped]) : .object([("\"id\"", wrapped)]) }
            return wrapped
        case (5, .object(var members)) where !members.isEmpty:
            // A key repeated, or an unknown key.
            let member = random.pick(members)
            members.append(random.int(0...1) == 0 ? member : ("\"mystery_\(random.int(0...9))\"", member.value))
            return .object(members)
        case (6, .array(var items)):
            // An array emptied, or an element repeated, or a hostile element added.
            switch random.int(0...2) {
            case 0: items = []
            case 1: if let first = items.first { items.append(first) }
            default: items.append(.raw(HostileJSON.literal(&random)))
            }
            return .array(items)
        default:
            return .raw(HostileJSON.literal(&random))
        }
    }

    /// Byte-level damage after the structural changes: a cut, or a flipped byte.
    public static func damageBytes(_ bytes: [UInt8], _ random: inout FuzzRandom, log: inout [String]) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var bytes = bytes
        switch random.int(0...9) {
        case 0:
            let at = random.int(0...(bytes.count - 1))
            bytes.removeSubrange(at...)
            log.append("cut at \(at)")
        case 1:
            let at = random.int(0...(bytes.count - 1))
            let value = UInt8(random.int(0...255))
            bytes[at] = value
            log.append("byte \(at) = \(value)")
        default:
            break
        }
        return bytes
    }
}
