import Foundation
import Testing
import TogglModels
@testable import TrackerStore

@Suite struct JournalTests {
    static let start = TimeEntryPayload(workspaceID: 42, createdWith: "toggl-tui", start: fixedNow, duration: -1, description: .set("Writing"))

    /// One of every operation, for round trips.
    static let everyOperation: [JournalOperation] = [
        .startEntry(workspaceID: 42, localID: -1, payload: start),
        .stopEntry(workspaceID: 42, id: -1, stop: fixedNow.addingTimeInterval(600)),
        .createEntry(workspaceID: 42, localID: -2, payload: TimeEntryPayload(workspaceID: 42, start: fixedNow, duration: 60)),
        .updateEntry(workspaceID: 42, id: 4_000_000_001, payload: TimeEntryPayload(description: .set("Line\nbreak"), projectID: .clear)),
        .deleteEntry(workspaceID: 42, id: 4_000_000_002),
        .createClient(workspaceID: 42, localID: -3, payload: ClientPayload(name: "Acme")),
        .updateClient(workspaceID: 42, id: 55, payload: ClientPayload(notes: "n")),
        .deleteClient(workspaceID: 42, id: 55),
        .createProject(workspaceID: 42, localID: -4, payload: ProjectPayload(name: "P", clientID: .set(-3))),
        .updateProject(workspaceID: 42, id: 66, payload: ProjectPayload(color: "#aabbcc")),
        .deleteProject(workspaceID: 42, id: 66),
        .createTag(workspaceID: 42, localID: -5, payload: TagPayload(name: "deep")),
        .updateTag(workspaceID: 42, id: 77, payload: TagPayload(name: "deeper")),
        .deleteTag(workspaceID: 42, id: 77),
        .sent(sequence: 1, serverID: 4_000_000_100),
        .sent(sequence: 5, serverID: nil),
        .failed(sequence: 3, message: "Project not found", statusCode: 404),
        .failed(sequence: 3, message: "offline", statusCode: nil),
        .discarded(sequence: 4),
    ]

    func journal(_ folder: String) -> Journal {
        Journal(path: folder + "/journal.jsonl")
    }

    @Test func appendsAndReadsBackInOrder() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            var written: [JournalRecord] = []
            for (index, operation) in Self.everyOperation.enumerated() {
                written.append(try journal.append(operation, at: fixedNow.addingTimeInterval(TimeInterval(index))))
            }
            #expect(written.map(\.sequence) == Array(1...Int64(Self.everyOperation.count)))
            let contents = try journal.readAll(now: fixedNow)
            #expect(contents.records == written)
            #expect(contents.records.map(\.operation) == Self.everyOperation)
            #expect(contents.issues.isEmpty)
            #expect(contents.lastSequence == Int64(Self.everyOperation.count))
            // A fresh instance (another run) reads the same.
            #expect(try Journal(path: journal.path).readAll(now: fixedNow).records == written)
            #expect(try mode(of: journal.path) == 0o600)
        }
    }

    @Test func lineFormatIsAHeaderThenOneSortedObjectPerLine() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            try journal.append(.deleteTag(workspaceID: 42, id: 77), at: fixedNow)
            try journal.append(.sent(sequence: 1, serverID: nil), at: fixedNow)
            let lines = text(of: journal.path).components(separatedBy: "\n")
            #expect(lines == [
                #"{"base_sequence":0,"created_at":"2025-03-01T10:15:00Z","format":"toggl-tui.journal","version":1}"#,
                #"{"at":"2025-03-01T10:15:00Z","operation":{"id":77,"type":"delete_tag","workspace_id":42},"sequence":1}"#,
                #"{"at":"2025-03-01T10:15:00Z","operation":{"target":1,"type":"sent"},"sequence":2}"#,
                "",
            ])
        }
    }

    @Test func aWriteCarriesTheAtItWasMadeOnAsBaseAt() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            let base = fixedNow.addingTimeInterval(-3600)
            try journal.append(.deleteEntry(workspaceID: 42, id: 77), at: fixedNow, baseAt: base)
            let lines = text(of: journal.path).components(separatedBy: "\n")
            #expect(lines[1] == #"{"at":"2025-03-01T10:15:00Z","base_at":"2025-03-01T09:15:00Z","operation":{"id":77,"type":"delete_entry","workspace_id":42},"sequence":1}"#)
            #expect(try Journal(path: journal.path).readAll(now: fixedNow).records.map(\.baseAt) == [base])
        }
    }

    @Test func aTornLastLineIsDroppedAndTheFileTruncated() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            for operation in Self.everyOperation.prefix(3) { try journal.append(operation, at: fixedNow) }
            let intact = text(of: journal.path)
            let half = #"{"at":"2025-03-01T10:15:00Z","operation":{"id":-9,"payl"#
            try appendRaw(half, to: journal.path)

            let contents = try Journal(path: journal.path).readAll(now: fixedNow)
            #expect(contents.records.map(\.sequence) == [1, 2, 3])
            #expect(contents.records.map(\.operation) == Array(Self.everyOperation.prefix(3)))
            #expect(contents.issues.count == 1)
            #expect(contents.issues.first?.problem == .tornTail)
            #expect(contents.issues.first?.action == .truncated(droppedBytes: half.utf8.count))
            #expect(contents.issues.first?.message.contains("every earlier write is intact") == true)
            #expect(text(of: journal.path) == intact)
        }
    }

    @Test func appendRepairsATornTailBeforeWriting() throws {
        try withTemporaryFolder { folder throws in
            try journal(folder).append(.deleteTag(workspaceID: 42, id: 1), at: fixedNow)
            try appendRaw(#"{"at":"2025"#, to: folder + "/journal.jsonl")
            let reopened = journal(folder)
            let record = try reopened.append(.deleteTag(workspaceID: 42, id: 2), at: fixedNow)
            #expect(record.sequence == 2)
            let contents = try reopened.readAll(now: fixedNow)
            #expect(contents.records.map(\.operation) == [.deleteTag(workspaceID: 42, id: 1), .deleteTag(workspaceID: 42, id: 2)])
            #expect(contents.issues.map(\.problem) == [.tornTail])
            #expect(reopened.takeIssues().isEmpty)
        }
    }

    @Test func aCorruptMiddleLineSetsTheWholeFileAside() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            for operation in Self.everyOperation.prefix(2) { try journal.append(operation, at: fixedNow) }
            try appendRaw("not json at all\n", to: journal.path)
            try appendRaw(#"{"at":"2025-03-01T10:15:00Z","operation":{"id":3,"type":"delete_tag","workspace_id":42},"sequence":3}"# + "\n", to: journal.path)
            let damaged = text(of: journal.path)

            let reader = Journal(path: journal.path)
            let contents = try reader.readAll(now: fixedNow)
            #expect(contents.records.isEmpty)
            let issue = try #require(contents.issues.first)
            #expect(issue.problem == .corruptLine(number: 4, detail: issue.problem.detailForTest))
            let aside = folder + "/journal.jsonl.corrupt-20250301T101500Z"
            #expect(issue.action == .setAside(path: aside))
            #expect(text(of: aside) == damaged)
            // Numbering continues above everything in the set-aside file.
            #expect(try reader.append(.deleteTag(workspaceID: 42, id: 4), at: fixedNow).sequence == 4)
        }
    }

    @Test func aJournalOfANewerVersionIsSetAside() throws {
        try withTemporaryFolder { folder throws in
            let header = #"{"base_sequence":10,"created_at":"2025-03-01T10:15:00Z","format":"toggl-tui.journal","version":2}"#
            try Data((header + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/journal.jsonl"))
            let contents = try journal(folder).readAll(now: fixedNow)
            #expect(contents.issues.first?.setAsidePath == folder + "/journal.jsonl.newer-v2-20250301T101500Z")
            #expect(contents.lastSequence == 10)
        }
    }

    @Test func anEmptyFileGetsAHeader() throws {
        try withTemporaryFolder { folder throws in
            #expect(FileManager.default.createFile(atPath: folder + "/journal.jsonl", contents: Data()))
            let journal = journal(folder)
            #expect(try journal.append(.discarded(sequence: 9), at: fixedNow).sequence == 1)
            #expect(try journal.readAll(now: fixedNow).records.count == 1)
        }
    }

    @Test func sequencesStrictlyIncreaseAcrossInstancesAndReopen() throws {
        try withTemporaryFolder { folder throws in
            let first = journal(folder)
            let second = journal(folder)
            #expect(try first.append(.deleteTag(workspaceID: 1, id: 1), at: fixedNow).sequence == 1)
            #expect(try first.append(.deleteTag(workspaceID: 1, id: 2), at: fixedNow).sequence == 2)
            // Another process appends: the first must notice.
            #expect(try second.append(.deleteTag(workspaceID: 1, id: 3), at: fixedNow).sequence == 3)
            #expect(try first.append(.deleteTag(workspaceID: 1, id: 4), at: fixedNow).sequence == 4)
            #expect(try journal(folder).append(.deleteTag(workspaceID: 1, id: 5), at: fixedNow).sequence == 5)
            let sequences = try journal(folder).readAll(now: fixedNow).records.map(\.sequence)
            #expect(sequences == [1, 2, 3, 4, 5])
        }
    }

    @Test func compactionDropsSettledWritesAndKeepsNumbering() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            try journal.append(.startEntry(workspaceID: 42, localID: -1, payload: Self.start), at: fixedNow) // 1
            try journal.append(.createTag(workspaceID: 42, localID: -2, payload: TagPayload(name: "a")), at: fixedNow) // 2
            try journal.append(.deleteClient(workspaceID: 42, id: 5), at: fixedNow) // 3
            try journal.append(.deleteTag(workspaceID: 42, id: 6), at: fixedNow) // 4
            try journal.append(.sent(sequence: 1, serverID: 900), at: fixedNow) // 5
            try journal.append(.failed(sequence: 2, message: "Tag exists", statusCode: 400), at: fixedNow) // 6
            try journal.append(.discarded(sequence: 3), at: fixedNow) // 7
            try journal.append(.failed(sequence: 4, message: "offline", statusCode: nil), at: fixedNow) // 8
            try journal.append(.sent(sequence: 4, serverID: nil), at: fixedNow) // 9

            let remaining = try journal.compactSettled(now: fixedNow)
            #expect(remaining.records.map(\.sequence) == [2, 6])
            #expect(remaining.lastSequence == 9)
            let reopened = Journal(path: journal.path)
            #expect(try reopened.readAll(now: fixedNow).records == remaining.records)
            #expect(try reopened.append(.deleteTag(workspaceID: 42, id: 7), at: fixedNow).sequence == 10)
            #expect(names(in: folder).filter { $0.contains(".tmp-") }.isEmpty)
        }
    }

    @Test func compactionKeepsRecentlySettledWritesForOtherProcesses() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            let old = fixedNow.addingTimeInterval(-3_600)
            try journal.append(.startEntry(workspaceID: 42, localID: -1, payload: Self.start), at: old) // 1
            try journal.append(.startEntry(workspaceID: 42, localID: -2, payload: Self.start), at: old) // 2
            try journal.append(.sent(sequence: 1, serverID: 900), at: old) // 3
            try journal.append(.deleteTag(workspaceID: 42, id: 6), at: fixedNow) // 4
            try journal.append(.sent(sequence: 2, serverID: 901), at: fixedNow) // 5

            let remaining = try journal.compactSettled(now: fixedNow, keepingSettledSince: fixedNow.addingTimeInterval(-600))
            // The create settled an hour ago goes; the one made then but settled now (it waited
            // offline) stays with its `sent`; the unsent delete stays.
            #expect(remaining.records.map(\.sequence) == [2, 4, 5])
            #expect(PendingWrites(records: remaining.records).serverIDs == [-2: 901])
        }
    }

    @Test func aWriteByAnotherInstanceIsNoticedWithoutReading() throws {
        try withTemporaryFolder { folder throws in
            let mine = journal(folder)
            let theirs = Journal(path: mine.path)
            try mine.append(.deleteTag(workspaceID: 42, id: 1), at: fixedNow)
            #expect(!mine.isChangedElsewhere)
            try theirs.append(.deleteTag(workspaceID: 42, id: 2), at: fixedNow)
            #expect(mine.isChangedElsewhere)
            _ = try mine.readAll(now: fixedNow)
            #expect(!mine.isChangedElsewhere)
        }
    }

    @Test func compactionWithAPredicateAndEverythingDropped() throws {
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            for id in 1...4 { try journal.append(.deleteTag(workspaceID: 42, id: Int64(id)), at: fixedNow) }
            let kept = try journal.compact(keeping: { $0.sequence.isMultiple(of: 2) }, now: fixedNow)
            #expect(kept.records.map(\.sequence) == [2, 4])
            let empty = try journal.compact(keeping: { _ in false }, now: fixedNow)
            #expect(empty.records.isEmpty)
            #expect(text(of: journal.path).hasPrefix(#"{"base_sequence":4,"#))
            #expect(try Journal(path: journal.path).append(.discarded(sequence: 1), at: fixedNow).sequence == 5)
        }
    }

    @Test func settledSequences() {
        let records = [
            JournalRecord(sequence: 1, at: fixedNow, operation: .deleteTag(workspaceID: 1, id: 1)),
            JournalRecord(sequence: 2, at: fixedNow, operation: .deleteTag(workspaceID: 1, id: 2)),
            JournalRecord(sequence: 3, at: fixedNow, operation: .failed(sequence: 1, message: "x", statusCode: 500)),
            JournalRecord(sequence: 4, at: fixedNow, operation: .sent(sequence: 1, serverID: nil)),
            JournalRecord(sequence: 5, at: fixedNow, operation: .failed(sequence: 2, message: "y", statusCode: 400)),
            JournalRecord(sequence: 6, at: fixedNow, operation: .discarded(sequence: 99)),
        ]
        #expect(Journal.settledSequences(in: records) == [1, 3, 4, 6])
    }

    @Test func appendIsDurableBeforeReturning() throws {
        // Durability itself cannot be observed from a test; this exercises the write + fsync
        // path and checks the line is complete on disk the moment append returns.
        try withTemporaryFolder { folder throws in
            let journal = journal(folder)
            let record = try journal.append(.stopEntry(workspaceID: 42, id: -1, stop: fixedNow), at: fixedNow)
            #expect(text(of: journal.path).hasSuffix(#""sequence":\#(record.sequence)}"# + "\n"))
        }
    }

    @Test func appendFailsLoudlyWhenTheFolderCannotBeCreated() throws {
        try withTemporaryFolder { folder throws in
            try Data("a file".utf8).write(to: URL(fileURLWithPath: folder + "/blocker"))
            let journal = Journal(path: folder + "/blocker/journal.jsonl")
            #expect(throws: StoreError.self) {
                try journal.append(.discarded(sequence: 1), at: fixedNow)
            }
        }
    }

    @Test func unknownOperationTypesDoNotDecode() {
        let line = Data(#"{"type":"teleport","workspace_id":1}"#.utf8)
        #expect(throws: DecodingError.self) {
            try TogglJSON.makeDecoder().decode(JournalOperation.self, from: line)
        }
    }

    /// A FIFO or a link to a device where the journal should be: appending and reading fail with
    /// a message that names it, at once (they used to block forever in `open` or `read`).
    @Test func aFIFOOrADeviceInTheJournalsPlaceFailsAtOnceAndSaysWhy() throws {
        for (name, make) in [("fifo", { (path: String) in mkfifo(path, 0o600) == 0 }),
                             ("device", { (path: String) in symlink("/dev/zero", path) == 0 })] {
            try withTemporaryFolder { folder throws in
                let file = self.journal(folder)
                #expect(make(file.path), "\(name)")
                #expect(throws: StoreError.notRegularFile(path: file.path)) {
                    try file.append(Self.everyOperation[0], at: fixedNow)
                }
                #expect(throws: StoreError.notRegularFile(path: file.path)) {
                    try file.readAll(now: fixedNow)
                }
            }
        }
    }
}

extension StoreIssue.Problem {
    /// The detail of a `.corruptLine`, so a test can compare the line number alone.
    var detailForTest: String {
        if case .corruptLine(_, let detail) = self { return detail }
        return ""
    }
}
