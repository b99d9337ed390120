import Foundation
import Testing
@testable import TrackerStore

@Suite struct VersionedFileTests {
    func noteFile(_ folder: String, version: Int = 1, format: String = "test.note") -> VersionedFile<Note> {
        VersionedFile(path: folder + "/note.json", format: format, version: version, label: "the test note")
    }

    @Test func roundTripsThroughTheEnvelope() throws {
        try withTemporaryFolder { folder throws in
            let file = noteFile(folder)
            try file.save(Note(text: "hi", count: 3), now: fixedNow)
            let loaded = file.load(now: fixedNow)
            #expect(loaded.payload == Note(text: "hi", count: 3))
            #expect(loaded.savedAt == fixedNow)
            #expect(loaded.issue == nil)
            #expect(text(of: file.path)
                == #"{"format":"test.note","payload":{"count":3,"text":"hi"},"saved_at":"2025-03-01T10:15:00Z","version":1}"#)
            #expect(try mode(of: file.path) == 0o600)
        }
    }

    @Test func missingFileIsNilWithoutIssue() throws {
        try withTemporaryFolder { folder throws in
            let loaded = noteFile(folder).load(now: fixedNow)
            #expect(loaded.payload == nil)
            #expect(loaded.issue == nil)
        }
    }

    @Test func truncatedJSONIsSetAsideAndReported() throws {
        try withTemporaryFolder { folder throws in
            let file = noteFile(folder)
            try file.save(Note(text: "hi", count: 3), now: fixedNow)
            let bytes = text(of: file.path)
            let cut = String(bytes.prefix(bytes.count / 2))
            try Data(cut.utf8).write(to: URL(fileURLWithPath: file.path))
            let loaded = file.load(now: fixedNow)
            #expect(loaded.payload == nil)
            let issue = try #require(loaded.issue)
            let aside = folder + "/note.json.corrupt-20250301T101500Z"
            #expect(issue.action == .setAside(path: aside))
            #expect(issue.setAsidePath == aside)
            if case .corrupt = issue.problem {} else { Issue.record("expected .corrupt, got \(issue.problem)") }
            #expect(issue.message.contains("set aside as note.json.corrupt-20250301T101500Z"))
            #expect(issue.message.contains("rebuilt"))
            #expect(text(of: aside) == cut)
            #expect(!FileManager.default.fileExists(atPath: file.path))
            // The next save starts afresh.
            try file.save(Note(text: "again", count: 1), now: fixedNow)
            #expect(file.load(now: fixedNow).payload == Note(text: "again", count: 1))
        }
    }

    @Test func notJSONIsSetAside() throws {
        try withTemporaryFolder { folder throws in
            let file = noteFile(folder)
            try Data("hello, world".utf8).write(to: URL(fileURLWithPath: file.path))
            let loaded = file.load(now: fixedNow)
            #expect(loaded.payload == nil)
            #expect(loaded.issue?.setAsidePath == folder + "/note.json.corrupt-20250301T101500Z")
        }
    }

    @Test func wrongKindIsSetAside() throws {
        try withTemporaryFolder { folder throws in
            try noteFile(folder, format: "test.other").save(Note(text: "x", count: 1), now: fixedNow)
            let loaded = noteFile(folder).load(now: fixedNow)
            #expect(loaded.payload == nil)
            #expect(loaded.issue?.problem == .wrongKind(found: "test.other"))
            #expect(loaded.issue?.setAsidePath == folder + "/note.json.corrupt-20250301T101500Z")
        }
    }

    @Test func olderVersionIsSetAsideAsOld() throws {
        try withTemporaryFolder { folder throws in
            try noteFile(folder, version: 1).save(Note(text: "x", count: 1), now: fixedNow)
            let loaded = noteFile(folder, version: 2).load(now: fixedNow)
            #expect(loaded.payload == nil)
            #expect(loaded.issue?.problem == .unsupportedVersion(found: 1, expected: 2))
            #expect(loaded.issue?.setAsidePath == folder + "/note.json.old-v1-20250301T101500Z")
            #expect(loaded.issue?.message.contains("format version 1") == true)
        }
    }

    @Test func newerVersionIsSetAsideAsNewer() throws {
        try withTemporaryFolder { folder throws in
            try noteFile(folder, version: 3).save(Note(text: "x", count: 1), now: fixedNow)
            let loaded = noteFile(folder, version: 1).load(now: fixedNow)
            #expect(loaded.issue?.setAsidePath == folder + "/note.json.newer-v3-20250301T101500Z")
        }
    }

    @Test func payloadOfTheWrongShapeIsSetAside() throws {
        try withTemporaryFolder { folder throws in
            let file = noteFile(folder)
            let body = #"{"format":"test.note","payload":{"text":"x"},"saved_at":"2025-03-01T10:15:00Z","version":1}"#
            try Data(body.utf8).write(to: URL(fileURLWithPath: file.path))
            let loaded = file.load(now: fixedNow)
            #expect(loaded.payload == nil)
            #expect(loaded.issue?.setAsidePath != nil)
        }
    }

    @Test func setAsideNeverOverwritesAnEarlierSetAside() throws {
        try withTemporaryFolder { folder throws in
            let file = noteFile(folder)
            try Data("bad one".utf8).write(to: URL(fileURLWithPath: file.path))
            _ = file.load(now: fixedNow)
            try Data("bad two".utf8).write(to: URL(fileURLWithPath: file.path))
            let second = file.load(now: fixedNow)
            #expect(second.issue?.setAsidePath == folder + "/note.json.corrupt-20250301T101500Z-2")
            #expect(text(of: folder + "/note.json.corrupt-20250301T101500Z") == "bad one")
            #expect(text(of: folder + "/note.json.corrupt-20250301T101500Z-2") == "bad two")
        }
    }

    @Test func loadIgnoresAndCleansAnInterruptedSave() throws {
        try withTemporaryFolder { folder throws in
            let file = noteFile(folder)
            try file.save(Note(text: "old", count: 1), now: fixedNow)
            let leftover = folder + "/.note.json.tmp-\(deadPID)-99"
            try Data(#"{"format":"test.no"#.utf8).write(to: URL(fileURLWithPath: leftover))
            #expect(file.load(now: fixedNow).payload == Note(text: "old", count: 1))
            #expect(names(in: folder) == ["note.json"])
        }
    }

    /// A FIFO (which would block the open or the read), a link to a device that never ends, or
    /// a folder where the file should be: reported without blocking, and the next save puts a
    /// file back (a folder is left to the user; the save then fails with a clear error).
    @Test func aFIFOADeviceOrAFolderInTheFilesPlaceIsReportedAndNeverBlocks() throws {
        for (name, make) in [("fifo", { (path: String) in mkfifo(path, 0o600) == 0 }),
                             ("device", { (path: String) in symlink("/dev/zero", path) == 0 }),
                             ("folder", { (path: String) in mkdir(path, 0o700) == 0 })] {
            try withTemporaryFolder { folder throws in
                let file = noteFile(folder)
                #expect(make(file.path), "\(name)")
                let loaded = file.load(now: fixedNow)
                #expect(loaded.payload == nil, "\(name)")
                #expect(loaded.issue?.message.contains("is not a regular file") == true, "\(name): \(String(describing: loaded.issue))")
                if name != "folder" {
                    try file.save(Note(text: "back", count: 2), now: fixedNow)
                    #expect(file.load(now: fixedNow).payload == Note(text: "back", count: 2), "\(name)")
                }
            }
        }
    }

    /// A sparse file claiming a terabyte where the file should be: reported as too large, never
    /// allocated for, and a save puts a real file back.
    @Test func aHugeSparseFileIsReportedAndNeverReadWhole() throws {
        try withTemporaryFolder { folder throws in
            let file = noteFile(folder)
            #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
            #expect(truncate(file.path, 1 << 40) == 0)
            let loaded = file.load(now: fixedNow)
            #expect(loaded.payload == nil)
            #expect(loaded.issue?.message.contains("larger than 512 MiB") == true, "\(String(describing: loaded.issue))")
            try file.save(Note(text: "back", count: 2), now: fixedNow)
            #expect(file.load(now: fixedNow).payload == Note(text: "back", count: 2))
        }
    }
}
