import Foundation
import Synchronization
import TerminalUI
import TrackerCore

/// Where a command writes text: standard output or error in the program, a buffer in tests.
///
/// A sink is the command line's side of the terminal boundary: ``write(_:)`` — the only way in —
/// passes everything through ``TerminalText/safe(_:keepingLineBreaks:)`` (keeping `\n` and
/// `\t`) before the sink's ``deliver(_:)`` sees it, so a name or a message from Toggl, a file or
/// an argument can never write an escape sequence to the terminal, whatever path it took, and
/// whatever the sink.
public protocol OutputSink: Sendable {
    /// Takes text that already crossed the boundary to its destination. Callers use
    /// ``write(_:)``.
    func deliver(_ safeText: String)
}

extension OutputSink {
    /// Writes `text`, made terminal-safe (callers add newlines).
    public func write(_ text: String) {
        deliver(TerminalText.safe(text, keepingLineBreaks: true))
    }
}

/// Standard output or standard error of the process.
public struct StandardStream: OutputSink {
    private let handle: FileHandle

    /// Standard output.
    public static let output = StandardStream(handle: .standardOutput)
    /// Standard error.
    public static let error = StandardStream(handle: .standardError)

    private init(handle: FileHandle) {
        self.handle = handle
    }

    public func deliver(_ safeText: String) {
        handle.write(Data(safeText.utf8))
    }
}

/// Collects everything written, for tests and for building output in memory.
public final class CapturedOutput: OutputSink {
    private let buffer = Mutex("")

    /// An empty buffer.
    public init() {}

    public func deliver(_ safeText: String) {
        buffer.withLock { $0 += safeText }
    }

    /// Everything written so far.
    public var text: String { buffer.withLock { $0 } }

    /// Forgets what was written.
    public func clear() {
        buffer.withLock { $0 = "" }
    }
}
