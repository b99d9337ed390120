#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// A journal file's bytes, parsed without touching the disk: the header, the records, where the
/// last complete line ends, and the first damage found. ``Journal`` decides what to do with it.
struct JournalScan {
    /// Damage that makes the file untrustworthy: it is set aside whole.
    struct Damage {
        var problem: StoreIssue.Problem
        /// The set-aside suffix: `corrupt`, `old-v<N>`, `newer-v<N>`.
        var suffix: String
    }

    /// The header, `nil` when the file has no complete line yet.
    var header: JournalHeader?
    /// Records in file order (empty when ``damage`` is set).
    var records: [JournalRecord] = []
    /// Each record's line, newline included, as a byte range of the file.
    var lineRanges: [Range<Int>] = []
    /// Bytes up to and including the last newline.
    var completeLength = 0
    /// Bytes after the last newline: an unfinished line.
    var tornBytes = 0
    /// The first damage before the unfinished tail, if any.
    var damage: Damage?
    /// The highest sequence seen (the header's base included), even in a damaged file.
    var highestSequence: Int64 = 0

    init(_ data: Data) {
        let bytes = [UInt8](data)
        var lineStart = 0
        var lineNumber = 0
        let decoder = TogglJSON.makeDecoder()
        var previous: Int64 = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            lineNumber += 1
            let range = lineStart..<(index + 1)
            let line = Data(bytes[lineStart..<index])
            lineStart = index + 1
            if damage != nil {
                // Past the damage nothing is kept, but the numbering must still clear it.
                if let record = try? decoder.decode(JournalRecord.self, from: line) {
                    highestSequence = max(highestSequence, record.sequence)
                }
                continue
            }
            if lineNumber == 1 {
                readHeader(line, decoder: decoder)
                continue
            }
            do {
                let record = try decoder.decode(JournalRecord.self, from: line)
                highestSequence = max(highestSequence, record.sequence)
                guard record.sequence > previous else {
                    damage = Damage(
                        problem: .corruptLine(number: lineNumber, detail: "sequence \(record.sequence) after \(previous)"),
                        suffix: "corrupt"
                    )
                    continue
                }
                previous = record.sequence
                records.append(record)
                lineRanges.append(range)
            } catch {
                damage = Damage(problem: .corruptLine(number: lineNumber, detail: Self.summary(of: error)), suffix: "corrupt")
            }
        }
        completeLength = lineStart
        tornBytes = bytes.count - lineStart
        if highestSequence > JournalRecord.maximumSequence - JournalRecord.sequenceHeadroom {
            // Numbers this close to the end come only from damage: the file is set aside and the
            // numbering starts again rather than run out.
            if damage == nil {
                damage = Damage(
                    problem: .corrupt(detail: "its sequence numbers are near their end (\(highestSequence))"), suffix: "corrupt")
            }
            highestSequence = 0
        }
        if damage != nil {
            records = []
            lineRanges = []
        }
    }

    /// The highest sequence in use: the last record's or the header's base, whichever is higher.
    var lastSequence: Int64 {
        max(records.last?.sequence ?? 0, header?.baseSequence ?? 0)
    }

    private mutating func readHeader(_ line: Data, decoder: JSONDecoder) {
        do {
            let header = try decoder.decode(JournalHeader.self, from: line)
            highestSequence = max(highestSequence, header.baseSequence)
            if header.format != JournalHeader.format {
                damage = Damage(problem: .wrongKind(found: header.format), suffix: "corrupt")
            } else if header.version != JournalHeader.version {
                damage = Damage(
                    problem: .unsupportedVersion(found: header.version, expected: JournalHeader.version),
                    suffix: header.version < JournalHeader.version ? "old-v\(header.version)" : "newer-v\(header.version)"
                )
            } else {
                self.header = header
            }
        } catch {
            damage = Damage(problem: .corruptLine(number: 1, detail: "no journal header: \(Self.summary(of: error))"), suffix: "corrupt")
        }
    }

    static func summary(of error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context): context.debugDescription
        case DecodingError.valueNotFound(_, let context): context.debugDescription
        default: "\(error)"
        }
    }
}
