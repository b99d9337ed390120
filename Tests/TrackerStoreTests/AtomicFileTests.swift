import Foundation
import Testing
@testable import TrackerStore

@Suite struct AtomicFileTests {
    @Test func missingFileReadsAsNil() throws {
        try withTemporaryFolder { folder throws in
            #expect(try AtomicFile(path: folder + "/nothing.json").read() == nil)
        }
    }

    @Test func writeThenReadRoundTrips() throws {
        try withTemporaryFolder { folder throws in
            let file = AtomicFile(path: folder + "/a.json")
            try file.write(Data("first".utf8))
            try file.write(Data("second".utf8))
            #expect(try file.read() == Data("second".utf8))
            #expect(names(in: folder) == ["a.json"])
        }
    }

    @Test func createsFilesWith0600AndFoldersWith0700() throws {
        try withTemporaryFolder { folder throws in
            let file = AtomicFile(path: folder + "/one/two/data.json")
            try file.write(Data("{}".utf8))
            #expect(try mode(of: file.path) == 0o600)
            #expect(try mode(of: folder + "/one") == 0o700)
            #expect(try mode(of: folder + "/one/two") == 0o700)
        }
    }

    @Test func aCrashMidWriteLeavesTheOldFileAndTheNextWriteCleansUp() throws {
        try withTemporaryFolder { folder throws in
            let file = AtomicFile(path: folder + "/a.json")
            try file.write(Data("old".utf8))
            // A writer killed before its rename: a half-written temporary beside the file.
            let leftover = folder + "/.a.json.tmp-\(deadPID)-12345"
            try Data("ne".utf8).write(to: URL(fileURLWithPath: leftover))
            #expect(try file.read() == Data("old".utf8))
            try file.write(Data("new".utf8))
            #expect(try file.read() == Data("new".utf8))
            #expect(names(in: folder) == ["a.json"])
        }
    }

    @Test func aLiveWritersFreshTemporaryIsLeftAloneUntilStale() throws {
        try withTemporaryFolder { folder throws in
            let file = AtomicFile(path: folder + "/a.json")
            let mine = folder + "/.a.json.tmp-\(getpid())-1"
            try Data("x".utf8).write(to: URL(fileURLWithPath: mine))
            #expect(file.removeStaleTemporaries(now: Date()).isEmpty)
            #expect(FileManager.default.fileExists(atPath: mine))
            let later = Date().addingTimeInterval(AtomicFile.staleAfter + 60)
            #expect(file.removeStaleTemporaries(now: later) == [mine])
        }
    }

    @Test func otherFilesTemporariesAreNotTouched() throws {
        try withTemporaryFolder { folder throws in
            let other = folder + "/.b.json.tmp-\(deadPID)-1"
            try Data("x".utf8).write(to: URL(fileURLWithPath: other))
            try AtomicFile(path: folder + "/a.json").write(Data("a".utf8))
            #expect(FileManager.default.fileExists(atPath: other))
        }
    }
}
