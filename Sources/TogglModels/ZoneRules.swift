#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A named zone's offsets from UTC as a TZif file (RFC 8536, the system's `/usr/share/zoneinfo`)
/// gives them: the recorded transitions, then the file's POSIX rule for every later instant.
///
/// The file is untrusted: counts are checked against its length, type indices against the
/// types, offsets against ±26 hours and transition times for order, and a file that fails any
/// check is no zone (``init(tzif:)`` returns nil) rather than a wrong one.
struct ZoneRules: Sendable {
    /// Transition instants (seconds since 1970), ascending.
    let transitions: [Int64]
    /// The offset (seconds east of UTC) in force from each transition on.
    let offsetsAfter: [Int32]
    /// The offset before the first transition (the file's first local time type).
    let initialOffset: Int32
    /// What holds after the last transition, when the file has a rule for it.
    let rule: POSIXZoneRule?

    /// The largest offset a file may give (RFC 8536 allows ±25:59:59).
    static let maximumOffset: Int32 = 26 * 3600
    /// TZif files are a few KiB; anything much larger is not one.
    static let maximumFileSize = 512 * 1024

    /// Reads a TZif file of version 1 to 4 (the 64-bit data of version 2+ when present).
    init?(tzif bytes: [UInt8]) {
        guard bytes.count <= Self.maximumFileSize else { return nil }
        var reader = TZifReader(bytes: bytes)
        guard let first = reader.header(), let afterFirst = reader.skipV1Data(first) else { return nil }
        let header: TZifReader.Header
        let timeSize: Int
        if first.version >= 2 {
            reader.position = afterFirst
            guard let second = reader.header() else { return nil }
            header = second
            timeSize = 8
        } else {
            reader.position = 44
            header = first
            timeSize = 4
        }
        guard let data = reader.data(header, timeSize: timeSize) else { return nil }
        transitions = data.transitions
        offsetsAfter = data.offsetsAfter
        initialOffset = data.initialOffset
        if header.version >= 2, let footer = reader.footer(), !footer.isEmpty {
            // A rule that cannot be read leaves the instants after the last transition unknown.
            guard let parsed = POSIXZoneRule(footer) else { return nil }
            rule = parsed
        } else {
            rule = nil
        }
    }

    /// Rules of one fixed offset (a POSIX rule without daylight saving, or a fallback).
    init(rule: POSIXZoneRule) {
        transitions = []
        offsetsAfter = []
        initialOffset = rule.standardOffset
        self.rule = rule
    }

    /// Seconds east of UTC at `instant` (seconds since 1970).
    func offset(at instant: Int64) -> Int {
        guard let last = transitions.last else {
            return rule.map { $0.offset(at: instant) } ?? Int(initialOffset)
        }
        if instant >= last, let rule { return rule.offset(at: instant) }
        // The last transition at or before the instant.
        var low = 0, high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? Int(initialOffset) : Int(offsetsAfter[low - 1])
    }
}

/// Reads the parts of a TZif file, checking every count against the bytes there are.
private struct TZifReader {
    struct Header {
        var version: Int
        var isUTCCount: Int
        var isStandardCount: Int
        var leapCount: Int
        var timeCount: Int
        var typeCount: Int
        var characterCount: Int
    }

    struct Data {
        var transitions: [Int64]
        var offsetsAfter: [Int32]
        var initialOffset: Int32
    }

    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A 44-byte header at the current position, counts checked for sense.
    mutating func header() -> Header? {
        guard position + 44 <= bytes.count, bytes[position] == 0x54, bytes[position + 1] == 0x5A,
              bytes[position + 2] == 0x69, bytes[position + 3] == 0x66 else { return nil }
        let versionByte = bytes[position + 4]
        let version: Int
        switch versionByte {
        case 0: version = 1
        case UInt8(ascii: "2")...UInt8(ascii: "9"): version = Int(versionByte - UInt8(ascii: "0"))
        default: return nil
        }
        var counts: [Int] = []
        for index in 0..<6 {
            let value = readUInt32(at: position + 20 + index * 4)
            guard value <= 1_000_000 else { return nil }
            counts.append(Int(value))
        }
        position += 44
        let header = Header(version: version, isUTCCount: counts[0], isStandardCount: counts[1], leapCount: counts[2],
                            timeCount: counts[3], typeCount: counts[4], characterCount: counts[5])
        guard header.typeCount >= 1, header.typeCount <= 256, header.characterCount >= 1,
              header.isUTCCount == 0 || header.isUTCCount == header.typeCount,
              header.isStandardCount == 0 || header.isStandardCount == header.typeCount else { return nil }
        return header
    }

    /// Where the version 1 data block that follows `header` ends, if it is all there.
    func skipV1Data(_ header: Header) -> Int? {
        let length = header.timeCount * 5 + header.typeCount * 6 + header.characterCount + header.leapCount * 8
            + header.isStandardCount + header.isUTCCount
        let end = 44 + length
        return end <= bytes.count ? end : nil
    }

    /// The transitions and their offsets from the data block at the current position.
    mutating func data(_ header: Header, timeSize: Int) -> Data? {
        let length = header.timeCount * (timeSize + 1) + header.typeCount * 6 + header.characterCount
            + header.leapCount * (timeSize + 4) + header.isStandardCount + header.isUTCCount
        guard position + length <= bytes.count else { return nil }
        let timesStart = position
        let indicesStart = timesStart + header.timeCount * timeSize
        let typesStart = indicesStart + header.timeCount
        var offsets: [Int32] = []
        offsets.reserveCapacity(header.typeCount)
        for type in 0..<header.typeCount {
            let start = typesStart + type * 6
            let offset = Int32(bitPattern: readUInt32(at: start))
            guard abs(Int(offset)) <= Int(ZoneRules.maximumOffset), bytes[start + 4] <= 1,
                  Int(bytes[start + 5]) < header.characterCount else { return nil }
            offsets.append(offset)
        }
        var transitions: [Int64] = []
        var offsetsAfter: [Int32] = []
        transitions.reserveCapacity(header.timeCount)
        offsetsAfter.reserveCapacity(header.timeCount)
        for index in 0..<header.timeCount {
            let time = timeSize == 8 ? Int64(bitPattern: readUInt64(at: timesStart + index * 8))
                : Int64(Int32(bitPattern: readUInt32(at: timesStart + index * 4)))
            if let previous = transitions.last, time <= previous { return nil }
            let type = Int(bytes[indicesStart + index])
            guard type < offsets.count else { return nil }
            transitions.append(time)
            offsetsAfter.append(offsets[type])
        }
        position += length
        return Data(transitions: transitions, offsetsAfter: offsetsAfter, initialOffset: offsets[0])
    }

    /// The POSIX TZ string between the two newlines after the version 2+ data, if well formed.
    func footer() -> String? {
        guard position < bytes.count, bytes[position] == 0x0A else { return nil }
        guard let end = bytes[(position + 1)...].firstIndex(of: 0x0A), end - position <= 256 else { return nil }
        let text = bytes[(position + 1)..<end]
        guard text.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    private func readUInt32(at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 { value = value << 8 | UInt32(bytes[index + offset]) }
        return value
    }

    private func readUInt64(at index: Int) -> UInt64 {
        var value: UInt64 = 0
        for offset in 0..<8 { value = value << 8 | UInt64(bytes[index + offset]) }
        return value
    }
}
