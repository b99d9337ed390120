import Foundation
import Synchronization

/// Where a command writes text: standard output or error in the program, a buffer in tests.
public protocol OutputSink: Sendable {
    /// Writes `text` as is (callers add newlines).
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
        handle.write(Data(text.utf8))
    }
}

/// Collects everything written, for tests and for building output in memory.
public final class CapturedOutput: OutputSink {
    private let buffer = Mutex("")

    /// An empty buffer.
    public init() {}

    public func write(_ text: String) {
        buffer.withLock { $0 += text }
    }

    /// Everything written so far.
    public var text: String { buffer.withLock { $0 } }

    /// Forgets what was written.
    public func clear() {
        buffer.withLock { $0 = "" }
    }
}
