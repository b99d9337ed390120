import Foundation
import Synchronization
import TerminalUI
import TogglModels
import TrackerCore

/// Appends lines to the app's log file; never the screen, never a credential.
///
/// Lines are `2026-11-23T10:00:00Z message`. Callers pass words, not request headers, so a
/// token cannot end up here.
public final class LogFile: Sendable {
    private let handle: Mutex<FileHandle?>
    /// Where the log is written.
    public let path: String

    /// Opens (creating) the log at `path` for appending; a log that cannot be opened is silently
    /// skipped, as logging must never stop the app.
    public init(path: String) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        let handle = FileHandle(forWritingAtPath: path)
        _ = try? handle?.seekToEnd()
        self.handle = Mutex(handle)
    }

    /// Writes one line. Messages carry names and answers from Toggl: they are made
    /// terminal-safe (``TerminalText``), line breaks included, so `cat` or `tail -f` of the log
    /// obeys nothing in them and one message stays one line.
    /// The time is spelled by ``TogglTimestamp/format(_:)``: a date formatter would map about
    /// 3 MB of ICU's data into the process for this alone.
    public func write(_ message: String, at date: Date = Date()) {
        let line = "\(TogglTimestamp.format(date)) \(TerminalText.safe(message))\n"
        handle.withLock { try? $0?.write(contentsOf: Data(line.utf8)) }
    }
}
