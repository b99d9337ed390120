import CNcursesw
import Glibc
import TerminalUI

/// A pseudo-terminal for tests and the benchmark: run a ``CursesTerminal`` on ``slave`` and
/// read exactly what it wrote from ``master``, or type into it with ``type(_:)``.
public final class PseudoTerminal {
    /// The master side (non-blocking): what the terminal emulator would read and write.
    public let master: Int32
    /// The slave side: what the program sees as its TTY.
    public let slave: Int32
    private var syncCount = 0
    private var isClosed = false

    /// Opens a pseudo-terminal with a window size.
    public init(size: Size) throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard toggl_open_pty(Int32(size.rows), Int32(size.columns), &master, &slave) == 0 else {
            throw TerminalError.systemCall("openpty", errno: errno)
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.slave = slave
    }

    deinit { close() }

    /// Every byte written to the slave so far. Writes a marker after them and reads until the
    /// marker comes back, so nothing is still in flight in the kernel (no sleeping). Gives up
    /// after `timeoutMilliseconds` without progress.
    public func drainOutput(timeoutMilliseconds: Int32 = 5_000) -> [UInt8] {
        syncCount += 1
        let marker = Array("\u{1}toggl-pty-sync-\(syncCount)\u{2}".utf8)
        _ = marker.withUnsafeBytes { write(slave, $0.baseAddress, $0.count) }
        var output: [UInt8] = []
        var searched = 0
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let range = Self.range(of: marker, in: output, from: searched) {
                output.removeSubrange(range)
                return output
            }
            searched = max(0, output.count - marker.count + 1)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: chunk[0..<count])
                continue
            }
            guard count < 0, errno == EAGAIN || errno == EINTR else { return output }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, timeoutMilliseconds) <= 0 { return output }
        }
    }

    /// Types bytes as the user would (escape sequences included).
    public func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types text as UTF-8.
    public func type(_ text: String) { type(Array(text.utf8)) }

    /// Changes the window size (what a terminal emulator does on resize).
    public func resize(to size: Size) {
        _ = toggl_set_window_size(master, Int32(size.rows), Int32(size.columns))
    }

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = Glibc.close(slave)
        _ = Glibc.close(master)
    }

    private static func range(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index..<(index + needle.count) }
            index += 1
        }
        return nil
    }
}
