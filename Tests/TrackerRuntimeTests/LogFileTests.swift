import Foundation
import Testing
@testable import TrackerRuntime

/// The log's lines: a UTC time, then the message made terminal-safe, one line each.
@Suite struct LogFileTests {
    static func lines(writing messages: [(String, Date)]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logfile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = LogFile(path: folder.appendingPathComponent("logs/toggl-tui.log").path)
        for (message, date) in messages { log.write(message, at: date) }
        let text = try String(contentsOfFile: log.path, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func eachLineStartsWithTheUTCTimeInWholeSeconds() throws {
        let lines = try Self.lines(writing: [("sync done", Date(timeIntervalSince1970: 1_795_600_800.75)),
                                             ("sync failed", Date(timeIntervalSince1970: 0))])
        #expect(lines == ["2026-11-25T10:00:00Z sync done", "1970-01-01T00:00:00Z sync failed", ""])
    }

    @Test func aMessageWithEscapesAndLineBreaksStaysOneSafeLine() throws {
        let lines = try Self.lines(writing: [("name \u{1B}[31mred\nnext", Date(timeIntervalSince1970: 0))])
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("1970-01-01T00:00:00Z name "))
        #expect(!lines[0].contains("\u{1B}"))
    }

    @Test func aSecondLogOnTheSameFileAppends() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logfile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("toggl-tui.log").path
        LogFile(path: path).write("first", at: Date(timeIntervalSince1970: 0))
        LogFile(path: path).write("second", at: Date(timeIntervalSince1970: 60))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "1970-01-01T00:00:00Z first\n1970-01-01T00:01:00Z second\n")
    }

    @Test func aFIFOInTheLogsPlaceIsSkippedWithoutBlocking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("logfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("toggl-tui.log").path
        #expect(mkfifo(path, 0o600) == 0)
        let log = LogFile(path: path)
        log.write("nowhere", at: Date(timeIntervalSince1970: 0))
        var info = stat()
        #expect(stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }
}
