#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of a ``StreamingJSONEncoder`` run: one growing `[UInt8]` the JSON is appended to,
/// depth first, and the bookkeeping that keeps the output what `TogglJSON.makeEncoder()` writes.
/// A value type, so that the shared ``StreamingJSONWriter`` reaches it with one exclusive access
/// per container call rather than one per field.
///
/// - **Containers** (``Frame``) write their opening bracket when created and their closing one
///   when the value that asked for them returns (or, for a nested container, when its parent
///   writes again). Every element is followed by a comma; closing a container overwrites the
///   last comma with the bracket.
/// - **Sorted keys**: each member of an object (`"key":value,`) is moved into key order (UTF-8
///   byte order, as `JSONEncoder`'s `.sortedKeys` on Linux) as soon as it is complete, by
///   rotating the bytes after its place; only the smaller side of the rotation is copied
///   aside. A store object's members are written in declaration order, so a member moves past
///   a few siblings at most.
/// - **Slots** are the `encode(to:)` calls running: which container each asked for, and where
///   its containers start. A write to a container that is closed, or to a container of an
///   outer value while an inner one is being encoded, and the other patterns a depth-first
///   writer cannot follow, record a ``StreamingJSONEncoder/CannotStream`` that every later
///   call throws (the failure sticks even when a caller swallows the error).
struct StreamingJSONBuffer {
    /// The JSON so far.
    private(set) var bytes: [UInt8]
    /// Why this value cannot be streamed, once known.
    private(set) var failure: StreamingJSONEncoder.CannotStream?
    /// The keys of the values being encoded (for `codingPath` and error messages).
    private(set) var path: [any CodingKey] = []

    private var frames: [Frame] = []
    private var segments: [Segment] = []
    private var slots: [Slot] = []
    private var scratch: [UInt8] = []
    private var lastID = 0

    /// An open container.
    private struct Frame {
        let id: Int
        let isObject: Bool
        /// Elements (or members) begun so far.
        var count = 0
        /// Where this object's finished members start in `segments`.
        let segmentBase: Int
        /// The member being written, not yet moved into key order.
        var pendingKey: String?
        /// Whether the pending key has a byte above 0x7F.
        var pendingKeyIsASCII = true
        var pendingStart = 0
    }

    /// A finished member of an open object: its key and where its bytes start.
    private struct Segment {
        var key: String
        var start: Int
    }

    /// A running `encode(to:)`.
    private struct Slot {
        let id: Int
        var content: Content
        /// `frames.count` when it started: the frames at or above this index are its own.
        let frameBase: Int

        enum Content: Equatable {
            case nothing
            case container(frameID: Int, index: Int, isObject: Bool)
            case single(written: Bool)
        }
    }

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(max(capacity, 64))
        frames.reserveCapacity(32)
        segments.reserveCapacity(128)
        slots.reserveCapacity(32)
        path.reserveCapacity(32)
    }

    /// The JSON written; the writer is empty afterwards (no copy is made).
    mutating func takeBytes() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        return taken
    }

    /// Records why the value cannot be streamed (the first reason wins) and returns it to throw.
    @discardableResult
    mutating func fail(_ reason: StreamingJSONEncoder.CannotStream) -> StreamingJSONEncoder.CannotStream {
        let recorded = failure ?? reason
        failure = recorded
        return recorded
    }

    /// The coding path of an encoder or container: the first `depth` keys of ``path`` plus
    /// `extra` (the keys of nested containers).
    func codingPath(depth: Int, extra: [any CodingKey] = []) -> [any CodingKey] {
        Array(path.prefix(depth)) + extra
    }

    // MARK: Values

    /// Starts encoding a value whose `encode(to:)` is about to run (under `key` after
    /// `nestedPath`, for the coding path); returns its slot's id.
    mutating func beginSlot(key: (any CodingKey)?, nestedPath: [any CodingKey]) -> (id: Int, pathDepth: Int) {
        let id = nextID()
        slots.append(Slot(id: id, content: .nothing, frameBase: frames.count))
        let pathDepth = path.count
        path.append(contentsOf: nestedPath)
        if let key { path.append(key) }
        return (id, pathDepth)
    }

    /// After the value's `encode(to:)` returned: closes what it left open; a value that wrote
    /// nothing is `{}` as JSONEncoder writes it (an unused single-value container included),
    /// except at the top, which JSONEncoder refuses.
    mutating func finishSlot() throws {
        if let failure { throw failure }
        let slot = slots[slots.count - 1]
        while frames.count > slot.frameBase { try closeTopFrame() }
        switch slot.content {
        case .nothing, .single(written: false):
            if slots.count == 1 { throw fail(.nothingEncoded) }
            appendASCII("{}")
            valueDone()
        case .single(written: true), .container:
            break
        }
    }

    /// Forgets the slot begun by ``beginSlot(key:nestedPath:)`` (whether or not it finished).
    mutating func endSlot(pathDepth: Int) {
        slots.removeLast()
        path.removeSubrange(pathDepth...)
    }

    /// After a complete value: a comma when it is an element of a container.
    mutating func valueDone() {
        if !frames.isEmpty { bytes.append(UInt8(ascii: ",")) }
    }

    // MARK: Containers

    /// The keyed (`isObject`) or unkeyed container of the running value `slotID`: opened now, or
    /// the one it already has. A dead handle after recording a failure.
    mutating func container(slotID: Int, isObject: Bool) -> (index: Int, id: Int) {
        guard failure == nil else { return StreamingJSONWriter.deadHandle }
        guard let top = slots.last, top.id == slotID else {
            fail(.interleaved)
            return StreamingJSONWriter.deadHandle
        }
        switch top.content {
        case .nothing:
            guard frames.count == top.frameBase, let handle = try? pushFrame(isObject: isObject) else {
                fail(.interleaved)
                return StreamingJSONWriter.deadHandle
            }
            slots[slots.count - 1].content = .container(frameID: handle.id, index: handle.index, isObject: isObject)
            return handle
        case .container(let frameID, let index, let wasObject):
            guard wasObject == isObject else {
                fail(.mixedContainers)
                return StreamingJSONWriter.deadHandle
            }
            guard index < frames.count, frames[index].id == frameID else {
                fail(.closedContainer)
                return StreamingJSONWriter.deadHandle
            }
            return (index, frameID)
        case .single:
            fail(.mixedContainers)
            return StreamingJSONWriter.deadHandle
        }
    }

    /// Makes the running value `slotID` a single value (nothing is written yet).
    mutating func singleValue(slotID: Int) {
        guard failure == nil else { return }
        guard let top = slots.last, top.id == slotID else {
            fail(.interleaved)
            return
        }
        switch top.content {
        case .nothing: slots[slots.count - 1].content = .single(written: false)
        case .single(written: false): break
        case .single(written: true), .container: fail(.mixedContainers)
        }
    }

    /// Before a single-value container of `slotID` writes its value.
    mutating func beginSingle(slotID: Int) throws {
        if let failure { throw failure }
        guard let top = slots.last, top.id == slotID else { throw fail(.interleaved) }
        guard top.content == .single(written: false) else { throw fail(.mixedContainers) }
        slots[slots.count - 1].content = .single(written: true)
    }

    /// Before an element of the array `index`/`id`.
    mutating func beginElement(index: Int, id: Int) throws {
        try reach(index: index, id: id)
        frames[index].count += 1
    }

    /// Before the member `key` of the object `index`/`id`: its key and colon are written.
    mutating func beginMember(_ key: String, index: Int, id: Int) throws {
        try reach(index: index, id: id)
        try finishPendingMember(of: index)
        frames[index].pendingKey = key
        frames[index].pendingStart = bytes.count
        frames[index].count += 1
        frames[index].pendingKeyIsASCII = appendString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A container nested in the container `index`/`id` (under `key` in an object, else as the
    /// next element). A dead handle after recording a failure.
    mutating func nestedContainer(isObject: Bool, key: String?, in index: Int, id: Int) -> (index: Int, id: Int) {
        do {
            if let key {
                try beginMember(key, index: index, id: id)
            } else {
                try beginElement(index: index, id: id)
            }
            return try pushFrame(isObject: isObject)
        } catch {
            return StreamingJSONWriter.deadHandle
        }
    }

    /// The number of elements begun in the container `index`/`id` (0 when it is gone).
    func count(index: Int, id: Int) -> Int {
        guard index >= 0, index < frames.count, frames[index].id == id else { return 0 }
        return frames[index].count
    }

    /// Checks the container `index`/`id` may be written now, and closes the containers nested
    /// in it that are still open (their values are complete once their parent moves on).
    private mutating func reach(index: Int, id: Int) throws {
        if let failure { throw failure }
        guard index >= 0, index < frames.count, frames[index].id == id else { throw fail(.closedContainer) }
        guard let top = slots.last, index >= top.frameBase else { throw fail(.interleaved) }
        while frames.count > index + 1 { try closeTopFrame() }
    }

    private mutating func pushFrame(isObject: Bool) throws -> (index: Int, id: Int) {
        guard frames.count < StreamingJSONWriter.maximumDepth else { throw fail(.tooDeep) }
        let id = nextID()
        bytes.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        frames.append(Frame(id: id, isObject: isObject, segmentBase: segments.count))
        return (frames.count - 1, id)
    }

    private mutating func closeTopFrame() throws {
        let index = frames.count - 1
        if frames[index].isObject { try finishPendingMember(of: index) }
        let frame = frames[index]
        let closer = frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if frame.count > 0 {
            bytes[bytes.count - 1] = closer
        } else {
            bytes.append(closer)
        }
        if frame.isObject { segments.removeSubrange(frame.segmentBase...) }
        frames.removeLast()
        valueDone()
    }

    private mutating func nextID() -> Int {
        lastID += 1
        return lastID
    }

    // MARK: Key order

    /// Moves the object's last member, now complete (the object is the innermost open
    /// container), to its place in key order.
    private mutating func finishPendingMember(of index: Int) throws {
        guard let key = frames[index].pendingKey else { return }
        frames[index].pendingKey = nil
        let start = frames[index].pendingStart
        let base = frames[index].segmentBase
        var low = base
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            let order = Self.compare(key, segments[middle].key)
            if order == 0 { throw fail(.repeatedKey(key)) }
            if order < 0 {
                high = middle
            } else {
                low = middle + 1
            }
        }
        // JSONEncoder keeps members in a `[String: …]`, where canonically equivalent keys are one
        // key; such keys need not sort next to each other, so non-ASCII ones are checked apart.
        if !frames[index].pendingKeyIsASCII, segments[base...].contains(where: { $0.key == key }) {
            throw fail(.repeatedKey(key))
        }
        guard low < segments.count else {
            segments.append(Segment(key: key, start: start))
            return
        }
        let destination = segments[low].start
        let moved = bytes.count - start
        rotate(destination: destination, split: start)
        for position in low..<segments.count { segments[position].start += moved }
        segments.insert(Segment(key: key, start: destination), at: low)
    }

    /// `.sortedKeys`' order on Linux — the keys' UTF-8 bytes, lexicographically — as a sign:
    /// negative when `first` comes first, 0 for the same bytes.
    private static func compare(_ first: String, _ second: String) -> Int {
        let fast = first.utf8.withContiguousStorageIfAvailable { one in
            second.utf8.withContiguousStorageIfAvailable { other -> Int in
                let common = min(one.count, other.count)
                if common > 0, let a = one.baseAddress, let b = other.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return Int(order) }
                }
                return one.count - other.count
            }
        }
        if let fast = fast ?? nil { return fast }
        if first.utf8.elementsEqual(second.utf8) { return 0 }
        return first.utf8.lexicographicallyPrecedes(second.utf8) ? -1 : 1
    }

    /// Turns `bytes[destination..<split] + bytes[split...]` into `bytes[split...] +
    /// bytes[destination..<split]`, copying only the smaller part aside.
    private mutating func rotate(destination: Int, split: Int) {
        let end = bytes.count
        let left = split - destination
        let right = end - split
        guard left > 0, right > 0 else { return }
        let keepRight = right <= left
        scratch.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { all in
            scratch.append(contentsOf: keepRight ? all[split..<end] : all[destination..<split])
        }
        bytes.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            scratch.withUnsafeBufferPointer { aside in
                guard let saved = aside.baseAddress else { return }
                if keepRight {
                    memmove(base + destination + right, base + destination, left)
                    memcpy(base + destination, saved, right)
                } else {
                    memmove(base + destination, base + split, right)
                    memcpy(base + destination + right, saved, left)
                }
            }
        }
    }

    // MARK: Primitives

    /// `null`.
    mutating func appendNull() {
        appendASCII("null")
    }

    /// `true` or `false`.
    mutating func appendBool(_ value: Bool) {
        appendASCII(value ? "true" : "false")
    }

    private mutating func appendASCII(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// An integer of any width, in decimal.
    mutating func appendInteger<T: FixedWidthInteger>(_ value: T) {
        if T.bitWidth > 64 {
            bytes.append(contentsOf: value.description.utf8)
            return
        }
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendDigits(UInt64(value.magnitude))
        } else {
            appendDigits(UInt64(value))
        }
    }

    private mutating func appendDigits(_ value: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value
            var position = 20
            repeat {
                position -= 1
                digits[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[position..<20]))
        }
    }

    /// A finite number as JSONEncoder spells it (its `description`, without a trailing `.0`).
    /// - Throws: `EncodingError.invalidValue` for infinities and NaN (JSON has none), at the
    ///   coding path of the first `depth` keys and then `extra()`.
    mutating func appendFloatingPoint<T: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: T, depth: Int, extra: () -> [any CodingKey]
    ) throws {
        guard value.isFinite else {
            let spelled = value.isNaN ? "\(T.self).nan" : (value < 0 ? "-\(T.self).infinity" : "\(T.self).infinity")
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: codingPath(depth: depth, extra: extra()), debugDescription: "Unable to encode \(spelled) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// A quoted string, escaped as JSONEncoder escapes it (`.withoutEscapingSlashes`): `"` and
    /// `\` with a backslash, `\b \f \n \r \t`, other control characters as `\u00xx` (lowercase
    /// hex); everything else, DEL and U+2028/2029 included, as its UTF-8 bytes.
    /// - Returns: whether the string is ASCII.
    @discardableResult
    mutating func appendString(_ string: String) -> Bool {
        if let isASCII = string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) { return isASCII }
        var copy = string
        return copy.withUTF8 { appendEscaped($0) }
    }

    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.append(UInt8(ascii: "\""))
        var mark = 0
        var high: UInt8 = 0
        for position in 0..<text.count {
            let byte = text[position]
            high |= byte
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { continue }
            if position > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[mark..<position])) }
            mark = position + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0x0F)])
            }
        }
        if text.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[mark..<text.count])) }
        bytes.append(UInt8(ascii: "\""))
        return high < 0x80
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
