import Foundation
import FuzzSupport
import Testing
import TogglModels
@testable import TrackerStore

/// The journal scanner on hostile bytes: random bytes and valid journals with random damage.
/// It never traps; whatever it keeps is in order and numbered within range; the complete
/// records before the first damaged byte are kept (or, when the damage is in the middle, the
/// whole file is set aside byte for byte and reported — nothing is lost).
@Suite struct FuzzJournalScanTests {
    /// A sound journal of every operation, as `Journal` writes it, and its records.
    static func soundJournal() throws -> (data: Data, records: [JournalRecord]) {
        try withTemporaryFolder { folder in
            let journal = Journal(path: folder + "/journal.jsonl")
            var records: [JournalRecord] = []
            for (index, operation) in JournalTests.everyOperation.enumerated() {
                records.append(try journal.append(operation, at: fixedNow.addingTimeInterval(TimeInterval(index)), baseAt: index % 2 == 0 ? fixedNow : nil))
            }
            return (try Data(contentsOf: URL(fileURLWithPath: journal.path)), records)
        }
    }

    /// Checks what holds for every scan, whatever the bytes.
    static func checkInvariants(_ scan: JournalScan, context: String) {
        #expect((0...JournalRecord.maximumSequence).contains(scan.highestSequence), "\(context)")
        #expect((0...JournalRecord.maximumSequence).contains(scan.lastSequence), "\(context)")
        #expect(scan.records.allSatisfy { JournalRecord.sequenceRange.contains($0.sequence) }, "\(context)")
        #expect(zip(scan.records, scan.records.dropFirst()).allSatisfy { $0.sequence < $1.sequence }, "\(context)")
        #expect(scan.records.count == scan.lineRanges.count, "\(context)")
        #expect(scan.damage == nil || scan.records.isEmpty, "\(context)")
        #expect(scan.lastSequence <= max(scan.highestSequence, 0), "\(context)")
    }

    @Test(arguments: [UInt64(3), 41, 0xFEED])
    func randomBytesNeverTrap(seed: UInt64) {
        var random = FuzzRandom(seed: seed)
        for _ in 0..<400 {
            var bytes = random.bytes(random.int(0...600))
            // Newlines often enough that there are lines to read.
            for _ in 0..<random.int(0...8) where !bytes.isEmpty { bytes[random.int(0...(bytes.count - 1))] = 0x0A }
            FuzzTrace.note("seed \(seed), bytes \(bytes)")
            let scan = JournalScan(Data(bytes))
            Self.checkInvariants(scan, context: "seed \(seed), bytes \(bytes)")
        }
    }

    /// One kind of damage at one place: the bytes before `intactPrefix` are untouched.
    struct Damaged {
        var bytes: [UInt8]
        var intactPrefix: Int
        var description: String
    }

    static func damage(_ original: [UInt8], _ random: inout FuzzRandom) -> Damaged {
        var bytes = original
        let at = random.int(0...(bytes.count - 1))
        switch random.int(0...7) {
        case 0:
            bytes.removeSubrange(at...)
            return Damaged(bytes: bytes, intactPrefix: at, description: "cut at \(at)")
        case 1:
            bytes[at] ^= UInt8(random.int(1...255))
            return Damaged(bytes: bytes, intactPrefix: at, description: "flip at \(at)")
        case 2:
            let junk = random.bytes(random.int(1...40))
            bytes.insert(contentsOf: junk, at: at)
            return Damaged(bytes: bytes, intactPrefix: at, description: "insert \(junk) at \(at)")
        case 3:
            let count = min(random.int(1...80), bytes.count - at)
            bytes.removeSubrange(at..<(at + count))
            return Damaged(bytes: bytes, intactPrefix: at, description: "remove \(count) at \(at)")
        case 4, 5:
            // A hostile sequence number in one record.
            let text = String(decoding: bytes, as: UTF8.self)
            let ranges = text.ranges(of: "\"sequence\":")
            guard let range = ranges.isEmpty ? nil : random.pick(ranges) else { return Damaged(bytes: bytes, intactPrefix: bytes.count, description: "none") }
            let valueStart = range.upperBound
            let valueEnd = text[valueStart...].firstIndex { !"-0123456789".contains($0) } ?? text.endIndex
            let number = random.pick(HostileJSON.numbers + ["9007199254740993", "9007199254740992", "0"])
            let mutated = text[..<valueStart] + number + text[valueEnd...]
            let prefix = text[..<range.lowerBound].utf8.count
            return Damaged(bytes: Array(mutated.utf8), intactPrefix: prefix, description: "sequence → \(number) at \(prefix)")
        case 6:
            // A hostile base_sequence in the header.
            let text = String(decoding: bytes, as: UTF8.self)
            guard let range = text.range(of: "\"base_sequence\":0") else { return Damaged(bytes: bytes, intactPrefix: bytes.count, description: "none") }
            let number = random.pick(HostileJSON.numbers)
            let mutated = text.replacingCharacters(in: range, with: "\"base_sequence\":\(number)")
            return Damaged(bytes: Array(mutated.utf8), intactPrefix: 0, description: "base_sequence → \(number)")
        default:
            // A line replaced by another JSON value.
            let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A && $0 + 1 < bytes.count }.map { $0 + 1 }
            let start = random.pick(lineStarts)
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let literal = HostileJSON.literal(&random)
            bytes.replaceSubrange(start..<end, with: Array(literal.utf8))
            return Damaged(bytes: bytes, intactPrefix: start, description: "line at \(start) → \(literal.prefix(60))")
        }
    }

    @Test(arguments: [UInt64(5), 1_234, 0xDEAD_BEEF])
    func damagedJournalsKeepTheCompleteRecordsBeforeTheDamage(seed: UInt64) throws {
        let (data, records) = try Self.soundJournal()
        let original = [UInt8](data)
        // Where each record's line ends (newline included), in file order.
        let lineEnds = original.indices.filter { original[$0] == 0x0A }.map { $0 + 1 }
        var random = FuzzRandom(seed: seed)
        for _ in 0..<300 {
            let damaged = Self.damage(original, &random)
            let context = "seed \(seed), \(damaged.description)"
            FuzzTrace.note("\(context), \(String(decoding: damaged.bytes, as: UTF8.self))")
            let scan = JournalScan(Data(damaged.bytes))
            Self.checkInvariants(scan, context: context)
            // Records whose line ends before the damage (line 0 is the header).
            let intact = zip(records, lineEnds.dropFirst()).filter { $0.1 <= damaged.intactPrefix }.map(\.0)
            if scan.damage == nil, lineEnds[0] <= damaged.intactPrefix {
                #expect(Array(scan.records.prefix(intact.count)) == intact, "\(context)")
            }
            if damaged.description.hasPrefix("cut") {
                // A cut is never more than a torn tail.
                #expect(scan.damage == nil, "\(context)")
                if lineEnds[0] <= damaged.intactPrefix { #expect(scan.records == intact, "\(context)") }
            }
        }
    }

    @Test(arguments: [UInt64(8), 99])
    func damagedJournalFilesAreRepairedOrSetAsideWhole(seed: UInt64) throws {
        let (data, _) = try Self.soundJournal()
        var random = FuzzRandom(seed: seed)
        try withTemporaryFolder { folder in
            for round in 0..<25 {
                let damaged = Self.damage([UInt8](data), &random)
                let context = "seed \(seed), round \(round), \(damaged.description)"
                let path = folder + "/\(round)/journal.jsonl"
                try FileManager.default.createDirectory(atPath: folder + "/\(round)", withIntermediateDirectories: true)
                try Data(damaged.bytes).write(to: URL(fileURLWithPath: path))
                let journal = Journal(path: path)
                let contents = try journal.readAll(now: fixedNow)
                for issue in contents.issues {
                    if let aside = issue.setAsidePath {
                        #expect(FileManager.default.contents(atPath: aside) == Data(damaged.bytes), "\(context)")
                    }
                }
                // The journal goes on: a next append is numbered within range, and a second read
                // (the next launch) finds nothing more to report.
                let next = try journal.append(.deleteTag(workspaceID: 42, id: 77), at: fixedNow)
                #expect(JournalRecord.sequenceRange.contains(next.sequence), "\(context)")
                #expect(next.sequence > contents.lastSequence, "\(context)")
                let again = try Journal(path: path).readAll(now: fixedNow)
                #expect(again.issues.isEmpty, "\(context)")
                #expect(again.records.last == next, "\(context)")
            }
        }
    }

    @Test(arguments: ["9223372036854775807", "9007199254740993", "99999999999999999999", "1.5", "0", "-1", "-9223372036854775808"])
    func aSequenceOutOfRangeIsSetAsideAndNotCarriedOn(sequence: String) throws {
        try withTemporaryFolder { folder in
            let path = folder + "/journal.jsonl"
            let journal = Journal(path: path)
            try journal.append(.deleteTag(workspaceID: 42, id: 77), at: fixedNow)
            try appendRaw("{\"at\":\"2025-03-01T10:15:00Z\",\"operation\":{\"id\":78,\"type\":\"delete_tag\",\"workspace_id\":42},\"sequence\":\(sequence)}\n", to: path)
            let contents = try Journal(path: path).readAll(now: fixedNow)
            #expect(contents.records.isEmpty)
            #expect(contents.issues.count == 1)
            #expect(contents.issues.first?.setAsidePath != nil)
            #expect(contents.lastSequence == 1)
            let again = Journal(path: path)
            let next = try again.append(.deleteTag(workspaceID: 42, id: 79), at: fixedNow)
            #expect(next.sequence == 2)
            #expect(try again.readAll(now: fixedNow).issues.isEmpty)
        }
    }

    @Test(arguments: [JournalRecord.maximumSequence, JournalRecord.maximumSequence - JournalRecord.sequenceHeadroom + 1])
    func numbersNearTheEndAreSetAsideAndTheNumberingStartsAgain(sequence: Int64) throws {
        try withTemporaryFolder { folder in
            let path = folder + "/journal.jsonl"
            try Journal(path: path).append(.deleteTag(workspaceID: 42, id: 77), at: fixedNow)
            try appendRaw("{\"at\":\"2025-03-01T10:15:00Z\",\"operation\":{\"id\":78,\"type\":\"delete_tag\",\"workspace_id\":42},\"sequence\":\(sequence)}\n", to: path)
            let journal = Journal(path: path)
            let contents = try journal.readAll(now: fixedNow)
            #expect(contents.records.isEmpty)
            #expect(contents.issues.first?.setAsidePath != nil)
            #expect(contents.lastSequence == 0)
            #expect(try journal.append(.deleteTag(workspaceID: 42, id: 79), at: fixedNow).sequence == 1)
            let again = try Journal(path: path).readAll(now: fixedNow)
            #expect(again.issues.isEmpty)
            #expect(again.records.map(\.sequence) == [1])
        }
    }

    @Test func aHeaderBaseOutOfRangeIsSetAside() throws {
        try withTemporaryFolder { folder in
            let path = folder + "/journal.jsonl"
            try Data("{\"base_sequence\":9223372036854775807,\"created_at\":\"2025-03-01T09:00:00Z\",\"format\":\"toggl-tui.journal\",\"version\":1}\n".utf8)
                .write(to: URL(fileURLWithPath: path))
            let journal = Journal(path: path)
            let contents = try journal.readAll(now: fixedNow)
            #expect(contents.issues.count == 1)
            #expect(contents.lastSequence == 0)
            #expect(try journal.append(.deleteTag(workspaceID: 42, id: 77), at: fixedNow).sequence == 1)
        }
    }

    @Test func theNextSequenceNeverPassesTheLimit() {
        #expect(JournalRecord.nextSequence(after: 0) == 1)
        #expect(JournalRecord.nextSequence(after: -5) == 1)
        #expect(JournalRecord.nextSequence(after: JournalRecord.maximumSequence - 1) == JournalRecord.maximumSequence)
        #expect(JournalRecord.nextSequence(after: JournalRecord.maximumSequence) == JournalRecord.maximumSequence)
        #expect(JournalRecord.nextSequence(after: .max) == JournalRecord.maximumSequence)
    }
}
