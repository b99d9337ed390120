#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that is only ever replaced whole: after a crash at any moment it holds either the old
/// bytes or the new ones, never a mix.
///
/// ``write(_:)`` writes a temporary file `.<name>.tmp-<pid>-<random>` in the same folder,
/// fsyncs it, renames it over the file and fsyncs the folder (so the rename itself is durable).
/// Files are created with mode 0600 and missing folders with 0700. A temporary file left behind
/// by a process that died mid-write is ignored by readers and removed by the next write (see
/// ``removeStaleTemporaries(now:)``).
public struct AtomicFile: Sendable, Hashable {
    /// How old a temporary file of a still-running process must be before it counts as stale.
    public static let staleAfter: TimeInterval = 600

    /// The file's path.
    public let path: String

    /// A file at `path` (nothing is touched until it is read or written).
    public init(path: String) {
        self.path = path
    }

    /// The file's bytes, or `nil` when there is no file.
    /// - Throws: ``StoreError`` when the file exists but cannot be read.
    public func read() throws -> Data? {
        let descriptor: Int32
        do {
            // Non-blocking, so a FIFO put where the file should be cannot hang the open.
            descriptor = try POSIX.openFile(path, O_RDONLY | O_NONBLOCK)
        } catch StoreError.system(_, _, let code) where code == ENOENT {
            return nil
        }
        defer { close(descriptor) }
        try POSIX.requireRegularFile(descriptor, path: path)
        return try POSIX.readAll(descriptor, path: path)
    }

    /// The file's bytes when it is a regular file of at most `limit` bytes; nil when there is
    /// none, or it is something else — a FIFO (which would block), a device (`/dev/zero`, which
    /// never ends), a folder — or larger. Never blocks and never reads more than `limit` + 1
    /// bytes: for small files other programs could have replaced (the status cards).
    public func readRegular(upTo limit: Int) -> Data? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= limit else { return nil }
        guard let data = POSIX.readBounded(descriptor, atMost: limit + 1), data.count <= limit else { return nil }
        return data
    }

    /// Replaces the file with `data` atomically and durably (mode 0600), creating missing
    /// folders with mode 0700. Stale temporary files of this file are removed first.
    /// `durable: false` skips both fsyncs, for a summary that is rebuilt whenever it cannot be
    /// read (after a power cut it may be empty, never half old and half new).
    /// - Throws: ``StoreError`` (disk full, permissions); the old file is then left untouched.
    public func write(_ data: Data, durable: Bool = true) throws {
        try replace(durable: durable) { descriptor, temporary in
            try POSIX.writeAll(descriptor, data, path: temporary)
        }
    }

    /// Replaces the file with `bytes`, as ``write(_:durable:)`` does with `Data` (no copy is made
    /// of the bytes: a store file is written straight from the encoder's buffer).
    public func write(bytes: [UInt8], durable: Bool = true) throws {
        try replace(durable: durable) { descriptor, temporary in
            try bytes.withUnsafeBytes { try POSIX.writeAll(descriptor, $0, path: temporary) }
        }
    }

    /// The temporary file, its content written by `writeContent(descriptor, temporaryPath)`,
    /// fsynced and renamed over the file.
    private func replace(durable: Bool, writeContent: (Int32, String) throws -> Void) throws {
        let folder = POSIX.parent(of: path)
        try POSIX.makeDirectories(folder)
        removeStaleTemporaries()
        let temporary = POSIX.join(
            folder, "\(Self.temporaryPrefix(for: POSIX.name(of: path)))\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        )
        let descriptor = try POSIX.openFile(temporary, O_WRONLY | O_CREAT | O_EXCL)
        do {
            if fchmod(descriptor, POSIX.fileMode) != 0 { throw POSIX.failure("set the mode of", temporary) }
            try writeContent(descriptor, temporary)
            if durable { try POSIX.sync(descriptor, path: temporary) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        do {
            try POSIX.renameFile(temporary, path)
        } catch {
            unlink(temporary)
            throw error
        }
        if durable { try POSIX.syncDirectory(folder) }
    }

    /// Removes temporary files of this file left by an interrupted ``write(_:)``: those whose
    /// process is gone, and any older than ``staleAfter``. A temporary file of a live process
    /// that may still be writing it is left alone. Failures are ignored (this is tidying).
    /// - Returns: the paths removed.
    @discardableResult
    public func removeStaleTemporaries(now: Date = Date()) -> [String] {
        let folder = POSIX.parent(of: path)
        let prefix = Self.temporaryPrefix(for: POSIX.name(of: path))
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let candidate = POSIX.join(folder, name)
            let rest = name.dropFirst(prefix.count)
            let pid = rest.split(separator: "-").first.flatMap { pid_t($0) }
            var stale = true
            if let pid, pid > 0, Self.processIsAlive(pid) {
                if let info = POSIX.status(candidate) {
                    let modified = TimeInterval(POSIX.modified(info).tv_sec)
                    stale = now.timeIntervalSince1970 - modified > Self.staleAfter
                }
            }
            if stale, unlink(candidate) == 0 { removed.append(candidate) }
        }
        return removed
    }

    /// The name prefix of this file's temporary files: `.<name>.tmp-`.
    static func temporaryPrefix(for name: String) -> String {
        ".\(name).tmp-"
    }

    private static func processIsAlive(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
