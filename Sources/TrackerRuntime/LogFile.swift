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
    /// skipped, as logging must never stop the app. So is anything but a regular file there: a
    /// FIFO would block the open (it is opened without blocking) or every write.
    public init(path: String) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        var handle: FileHandle?
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            var info = stat()
            if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
                handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            } else {
                close(descriptor)
            }
        }
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
