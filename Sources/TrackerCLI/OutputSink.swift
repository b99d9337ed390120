import Foundation
import Synchronization
import TerminalUI

/// Where a command writes text: standard output or error in the program, a buffer in tests.
///
/// A sink is the command line's side of the terminal boundary: whatever it is given goes out
/// through ``TerminalText/safe(_:keepingLineBreaks:)`` (keeping `\n` and `\t`), so a name or a
/// message from Toggl, a file or an argument can never write an escape sequence to the terminal,
/// whatever path it took to get here.
public protocol OutputSink: Sendable {
    /// Writes `text`, made terminal-safe (callers add newlines).
    func write(_ text: String)
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

    public func write(_ text: String) {
        handle.write(Data(TerminalText.safe(text, keepingLineBreaks: true).utf8))
    }
}

/// Collects everything written, for tests and for building output in memory.
public final class CapturedOutput: OutputSink {
    private let buffer = Mutex("")

    /// An empty buffer.
    public init() {}

    public func write(_ text: String) {
        let safe = TerminalText.safe(text, keepingLineBreaks: true)
        buffer.withLock { $0 += safe }
    }

    /// Everything written so far.
    public var text: String { buffer.withLock { $0 } }

    /// Forgets what was written.
    public func clear() {
        buffer.withLock { $0 = "" }
    }
}
