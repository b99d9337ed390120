#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a `/me?with_related_data=true` answer as it arrives, chunk by chunk, giving what
/// ``Me/decoded(from:)`` gives for the whole body without ever holding the whole body.
///
/// The launch sync's answer is the one large body the app receives (1.9 MB for 10,000 entries,
/// 5.6 MB for 50,000). Collected whole, it was alive beside the rows decoded from it; here each
/// row of the related arrays (clients, projects, tags, tasks, time entries) is cut out of the
/// stream when its last byte arrives and decoded on its own — by ``FastJSONReader``, or by
/// `JSONDecoder` when that reader bails — and its bytes are dropped. The other members (the
/// profile, workspaces, options) are copied into a small object `JSONDecoder` reads at the end,
/// as ``Me/fastDecoded(from:)`` does.
///
/// What `JSONDecoder` does with the whole body is kept: whitespace and a byte-order mark before
/// the object, escaped keys (unescaped before they are matched), a repeated key (the first
/// counts; a repeated array's value is still checked as JSON, under a key `Me` ignores), `null`
/// for an array. Anything else the stream shows to be wrong — a key's value of the wrong kind,
/// a row neither reader accepts, a body cut short, bytes after the object — makes
/// ``finish()`` throw. One difference is known: a body in UTF-16 or UTF-32, which `JSONDecoder`
/// would detect, is not read (Toggl answers in UTF-8).
package struct MeStreamReader: Sendable {
    /// Why the answer cannot be read.
    package struct Undecodable: Error, Equatable, Sendable {
        package let reason: String
    }

    /// How many of the first bytes are kept to show in an error (as much as
    /// `APIError.snippet(of:)` looks at).
    package static let headLimit = 400

    /// Where the reader stands in the answer.
    private enum Stage: Equatable, Sendable {
        /// Before the object's `{` (a byte-order mark and whitespace may come first).
        case beforeObject
        /// Inside a byte-order mark at the very start; `matched` bytes so far.
        case byteOrderMark(matched: Int)
        /// After `{` or `,`: whitespace, then a key or `}`.
        case beforeKey
        /// Inside a key's quotes.
        case key
        /// After a key: whitespace, then `:`.
        case beforeColon
        /// After `:`: whitespace, then the value.
        case beforeValue
        /// Inside a member's value that goes into ``rest``.
        case value
        /// After a value: whitespace, then `,` or `}`.
        case afterValue
        /// Inside `null` given for an array; `matched` letters so far.
        case nullArray(matched: Int)
        /// After an array's `[` or `,`: whitespace, then a row or `]`.
        case beforeRow
        /// Inside a row.
        case row
        /// After a row: whitespace, then `,` or `]`.
        case afterRow
        /// After the object's `}`: only whitespace may follow.
        case end
    }

    private var stage = Stage.beforeObject
    private var failure: Undecodable?
    /// The first ``headLimit`` bytes, for the error message.
    package private(set) var head: [UInt8] = []
    private var received = 0

    /// The current key's raw bytes, and whether it holds an escape.
    private var key: [UInt8] = []
    private var keyHasEscape = false
    /// Whether the previous key byte was a backslash.
    private var keyEscaping = false
    /// The array being read.
    private var array: Me.RelatedArray?
    /// The arrays met so far (a repeated one is not read again).
    private var seen: Set<Me.RelatedArray> = []
    /// The current row's bytes.
    private var row: [UInt8] = []
    private var scanner = ValueScanner()

    /// The other members, copied into an object of their own for `JSONDecoder`.
    private var rest: [UInt8] = [UInt8(ascii: "{")]
    private var clients: [Client]?
    private var projects: [Project]?
    private var tags: [Tag]?
    private var tasks: [ProjectTask]?
    private var timeEntries: [TimeEntry]?

    package init() {}

    /// Reads the next bytes of the answer. After a failure the rest is ignored.
    package mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        let bytes = bytes.assumingMemoryBound(to: UInt8.self)
        if head.count < Self.headLimit {
            head.append(contentsOf: bytes.prefix(Self.headLimit - head.count))
        }
        defer { received += bytes.count }
        var index = 0
        while index < bytes.count, failure == nil {
            index = step(bytes, at: index)
        }
    }

    /// The answer, once every byte has been consumed.
    /// - Throws: ``Undecodable`` for an answer `JSONDecoder` would not read as a `Me` either.
    package mutating func finish() throws -> Me {
        if let failure { throw failure }
        guard stage == .end else {
            throw Undecodable(reason: received == 0 ? "the answer is empty" : "the answer ends before its object does")
        }
        rest.append(UInt8(ascii: "}"))
        var me: Me
        do {
            me = try TogglJSON.makeDecoder().decode(Me.self, from: Data(rest))
        } catch {
            // The decoder's words may quote the answer: the reason names only the part.
            throw Undecodable(reason: "the profile is not readable")
        }
        rest = []
        if seen.contains(.clients) { me.clients = clients }
        if seen.contains(.projects) { me.projects = projects }
        if seen.contains(.tags) { me.tags = tags }
        if seen.contains(.tasks) { me.tasks = tasks }
        if seen.contains(.timeEntries) { me.timeEntries = timeEntries }
        return me
    }

    // MARK: Stepping

    /// Handles the bytes from `index` in the current stage; returns where the next stage starts.
    private mutating func step(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch stage {
        case .beforeObject:
            if received + index == 0, byte == Self.byteOrderMark[0] {
                stage = .byteOrderMark(matched: 1)
                return index + 1
            }
            if Self.isWhitespace(byte) { return index + 1 }
            guard byte == UInt8(ascii: "{") else { return fail("the answer is not a JSON object") }
            stage = .beforeKey
        case .beforeKey:
            if Self.isWhitespace(byte) { return index + 1 }
            // `JSONDecoder` accepts a comma before the closing brace.
            if byte == UInt8(ascii: "}") {
                stage = .end
            } else {
                guard byte == UInt8(ascii: "\"") else { return fail("a key was expected") }
                key.removeAll(keepingCapacity: true)
                keyHasEscape = false
                keyEscaping = false
                stage = .key
            }
        case .byteOrderMark(let matched):
            guard byte == Self.byteOrderMark[matched] else { return fail("the answer is not a JSON object") }
            stage = matched == 2 ? .beforeObject : .byteOrderMark(matched: matched + 1)
        case .key:
            return readKey(bytes, from: index)
        case .beforeColon:
            if Self.isWhitespace(byte) { return index + 1 }
            guard byte == UInt8(ascii: ":") else { return fail("a colon was expected") }
            stage = .beforeValue
        case .beforeValue:
            if Self.isWhitespace(byte) { return index + 1 }
            return startValue(byte, at: index)
        case .value:
            let (end, complete) = scanner.scan(bytes, from: index)
            rest.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            if complete { stage = .afterValue }
            return end
        case .afterValue:
            if Self.isWhitespace(byte) { return index + 1 }
            if byte == UInt8(ascii: ",") {
                stage = .beforeKey
            } else {
                guard byte == UInt8(ascii: "}") else { return fail("a comma or the object's end was expected") }
                stage = .end
            }
        case .nullArray(let matched):
            guard byte == Self.null[matched] else { return fail("an array or null was expected") }
            stage = matched == 3 ? .afterValue : .nullArray(matched: matched + 1)
        case .beforeRow:
            if Self.isWhitespace(byte) { return index + 1 }
            // `JSONDecoder` accepts a comma before the closing bracket.
            if byte == UInt8(ascii: "]") {
                stage = .afterValue
                return index + 1
            }
            row.removeAll(keepingCapacity: true)
            scanner = ValueScanner()
            stage = .row
            return index
        case .row:
            let (end, complete) = scanner.scan(bytes, from: index)
            row.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            if complete {
                // `JSONDecoder` allows 512 levels from the answer's object; a row alone has two fewer above it.
                guard scanner.deepest <= Self.deepestRow else { return fail("a row of \(array?.rawValue ?? "an array") is nested too deeply") }
                readRow()
                stage = .afterRow
            }
            return end
        case .afterRow:
            if Self.isWhitespace(byte) { return index + 1 }
            if byte == UInt8(ascii: ",") {
                stage = .beforeRow
            } else {
                guard byte == UInt8(ascii: "]") else { return fail("a comma or the array's end was expected") }
                stage = .afterValue
            }
        case .end:
            guard Self.isWhitespace(byte) else { return fail("bytes follow the answer's object") }
        }
        return index + 1
    }

    /// Collects a key's bytes up to its closing quote, then sorts the member: a related array
    /// met for the first time is read row by row, anything else goes into ``rest``.
    private mutating func readKey(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if keyEscaping {
                keyEscaping = false
            } else if byte == UInt8(ascii: "\\") {
                keyEscaping = true
                keyHasEscape = true
            } else if byte == UInt8(ascii: "\"") {
                key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                keyEnded()
                return index + 1
            }
            index += 1
        }
        key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        return index
    }

    /// Sorts the member whose key has just ended.
    private mutating func keyEnded() {
        array = nil
        var name = key
        if keyHasEscape {
            // An escape may spell an array's key: unescape as `JSONDecoder` would.
            guard let unescaped = try? TogglJSON.makeDecoder().decode(String.self, from: Data([0x22] + key + [0x22])) else {
                _ = fail("a key is not a valid JSON string")
                return
            }
            name = Array(unescaped.utf8)
        }
        var hint = 0
        let index = name.withUnsafeBufferPointer { Me.relatedArrayKeys.index(of: $0, hint: &hint) }
        if let index {
            let related = Me.relatedArrayKeys.fields[index]
            if !seen.contains(related) {
                seen.insert(related)
                array = related
                stage = .beforeColon
                return
            }
            // `JSONDecoder` keeps the first; a repeat is still checked as JSON, under a key `Me` ignores.
            key = []
            keyHasEscape = false
        }
        if rest.count > 1 { rest.append(UInt8(ascii: ",")) }
        rest.append(UInt8(ascii: "\""))
        rest.append(contentsOf: key)
        rest.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        stage = .beforeColon
    }

    /// Starts a member's value at its first byte.
    private mutating func startValue(_ byte: UInt8, at index: Int) -> Int {
        guard array != nil else {
            scanner = ValueScanner()
            stage = .value
            return index
        }
        if byte == UInt8(ascii: "[") {
            startArray()
            stage = .beforeRow
            return index + 1
        }
        guard byte == UInt8(ascii: "n") else { return fail("an array or null was expected") }
        stage = .nullArray(matched: 1)
        return index + 1
    }

    private mutating func startArray() {
        switch array {
        case .clients: clients = []
        case .projects: projects = []
        case .tags: tags = []
        case .tasks: tasks = []
        case .timeEntries: timeEntries = []
        case nil: break
        }
    }

    /// Decodes the row just cut out and appends it to its array.
    private mutating func readRow() {
        do {
            switch array {
            case .clients: clients?.append(try Self.decode(Client.self, from: row))
            case .projects: projects?.append(try Self.decode(Project.self, from: row))
            case .tags: tags?.append(try Self.decode(Tag.self, from: row))
            case .tasks: tasks?.append(try Self.decode(ProjectTask.self, from: row))
            case .timeEntries: timeEntries?.append(try Self.decode(TimeEntry.self, from: row))
            case nil: break
            }
        } catch {
            _ = fail("a row of \(array?.rawValue ?? "an array") is not readable")
        }
    }

    /// One row: by ``FastJSONReader``, or by `JSONDecoder` where that reader bails.
    private static func decode<Row: FastJSONReadable & Decodable>(_ type: Row.Type, from bytes: [UInt8]) throws -> Row {
        let fast: Row? = bytes.withUnsafeBufferPointer { buffer in
            var reader = FastJSONReader(bytes: buffer)
            reader.skipsUnknownKeys = true
            guard let value = try? Row.read(from: &reader), reader.isAtEnd() else { return nil }
            return value
        }
        if let fast { return fast }
        return try TogglJSON.makeDecoder().decode(Row.self, from: Data(bytes))
    }

    /// How deep a row may nest (its own brackets included): `JSONDecoder` reads at most 512
    /// levels, and a row stands inside the answer's object and its array.
    static let deepestRow = 510

    /// UTF-8's byte-order mark, which `JSONDecoder` skips at the start.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let null: [UInt8] = Array("null".utf8)

    private mutating func fail(_ reason: String) -> Int {
        if failure == nil { failure = Undecodable(reason: reason) }
        return Int.max
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}

/// Finds where one JSON value ends in a stream of bytes without reading it: brackets are
/// counted outside strings, and a bare word (a number, `true`, …) ends before the byte that ends
/// it. Whether the value is valid JSON is for whoever reads its bytes afterwards.
private struct ValueScanner: Sendable {
    private var started = false
    private var depth = 0
    private var inString = false
    private var escaping = false
    private var bareWord = false
    /// The most brackets open at once so far.
    private(set) var deepest = 0

    /// Scans from `start`; returns the end of what belongs to the value and whether the value
    /// ended there.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, complete: Bool) {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                if escaping {
                    escaping = false
                } else if byte == UInt8(ascii: "\\") {
                    escaping = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return (index, true) }
                }
                continue
            }
            if !started {
                started = true
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth = 1
                    deepest = 1
                case UInt8(ascii: "\""): inString = true
                default: bareWord = true
                }
                continue
            }
            if bareWord {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09:
                    return (index - 1, true)
                default: continue
                }
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return (index, true) }
            default: break
            }
        }
        return (index, false)
    }
}
