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

/// The few system calls the store needs, with `EINTR` retried and failures turned into
/// ``StoreError/system(operation:path:code:)``. Paths are plain strings, as in `ConfigPaths`.
package enum POSIX {
    /// `mode` for every file the store creates: owner read/write only.
    static let fileMode: mode_t = 0o600
    /// `mode` for every folder the store creates: owner only.
    static let folderMode: mode_t = 0o700

    static func failure(_ operation: String, _ path: String, _ code: Int32 = errno) -> StoreError {
        .system(operation: operation, path: path, code: code)
    }

    /// The folder part of `path` (`/` for a top-level name, `.` for a bare name).
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = String(path[..<slash])
        return head.isEmpty ? "/" : head
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `base/component`, without doubling slashes.
    package static func join(_ base: String, _ component: String) -> String {
        var base = base
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        return base == "/" ? "/" + component : base + "/" + component
    }

    /// Whether `path` is a folder (or a link to one).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Creates `path` and any missing parents, each new one with mode 0700 (set explicitly, so
    /// the umask cannot widen it). Existing folders are left as they are.
    static func makeDirectories(_ path: String) throws {
        if isDirectory(path) { return }
        let parentPath = parent(of: path)
        if parentPath != path, parentPath != "/", parentPath != "." {
            try makeDirectories(parentPath)
        }
        if mkdir(path, folderMode) != 0 {
            let code = errno
            if code == EEXIST, isDirectory(path) {
                return  // created meanwhile by another process
            }
            throw failure("create the folder", path, code == EEXIST ? ENOTDIR : code)
        }
        if chmod(path, folderMode) != 0 { throw failure("set the mode of", path) }
    }

    /// `stat(2)` of `path`, or `nil` when it does not exist or cannot be examined.
    static func status(_ path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// Last modification time of a `stat` result, to the nanosecond.
    static func modified(_ info: stat) -> timespec {
        #if canImport(Darwin)
        info.st_mtimespec
        #else
        info.st_mtim
        #endif
    }

    /// Last status change time of a `stat` result, to the nanosecond.
    static func changed(_ info: stat) -> timespec {
        #if canImport(Darwin)
        info.st_ctimespec
        #else
        info.st_ctim
        #endif
    }

    /// Throws unless the file open at `descriptor` is a regular file: a FIFO would never end, nor
    /// would a device such as /dev/zero, and a folder cannot be read.
    /// - Throws: ``StoreError/notRegularFile(path:)``, or the failed `fstat`.
    static func requireRegularFile(_ descriptor: Int32, path: String) throws {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("stat", path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StoreError.notRegularFile(path: path) }
    }

    /// `open(2)` with `O_CLOEXEC` and `O_NOCTTY` (a terminal in a store file's place never
    /// becomes a command's controlling terminal), retrying on `EINTR`.
    static func openFile(_ path: String, _ flags: Int32, mode: mode_t = fileMode) throws -> Int32 {
        while true {
            let descriptor = open(path, flags | O_CLOEXEC | O_NOCTTY, mode)
            if descriptor >= 0 { return descriptor }
            if errno == EINTR { continue }
            throw failure("open", path)
        }
    }

    /// Writes every byte of `data` to `descriptor`.
    static func writeAll(_ descriptor: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { try writeAll(descriptor, $0, path: path) }
    }

    /// Writes all of `buffer` to `descriptor` (retrying short writes and `EINTR`).
    static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("write", path, errno)
            }
            offset += written
        }
    }

    /// Reads the whole file behind `descriptor`, from offset 0.
    /// Up to `limit` bytes from `descriptor`'s current position (fewer at its end); nil when a
    /// read fails (a non-blocking one that would block included).
    static func readBounded(_ descriptor: Int32, atMost limit: Int) -> Data? {
        var data = Data(count: limit)
        var filled = 0
        while filled < limit {
            let offset = filled
            let got = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + offset, limit - offset)
            }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }

    /// The most a store file or the journal may hold: far past any account's (the catalog and
    /// the recent entries of 50,000 entries and 5,000 projects are 7 MB), short of what a
    /// sparse or runaway file could make the reader allocate.
    static let readLimit = 512 << 20

    /// The file's size as a starting capacity, at most this (a sparse file's size is no promise).
    static let sizeHintLimit = 64 << 20

    /// Every byte of the file open at `descriptor`.
    /// - Throws: ``StoreError/tooLarge(path:limit:)`` past ``readLimit``; a failed read.
    static func readAll(_ descriptor: Int32, path: String) throws -> Data {
        var info = stat()
        let sizeHint = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        if sizeHint > readLimit { throw StoreError.tooLarge(path: path, limit: readLimit) }
        var data = Data(count: min(max(sizeHint, 0), sizeHintLimit))
        var filled = 0
        while true {
            if filled > readLimit { throw StoreError.tooLarge(path: path, limit: readLimit) }
            if filled == data.count { data.count += max(65_536, data.count / 2) }
            let capacity = data.count - filled
            let offset = filled
            var code: Int32 = 0
            let got = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                let result = pread(descriptor, base + offset, capacity, off_t(offset))
                if result < 0 { code = errno }
                return result
            }
            if got < 0 {
                if code == EINTR { continue }
                throw failure("read", path, code)
            }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }

    /// `fsync(2)`: the file's data and size reach the disk before this returns.
    static func sync(_ descriptor: Int32, path: String) throws {
        while fsync(descriptor) != 0 {
            if errno == EINTR { continue }
            throw failure("fsync", path)
        }
    }

    /// fsyncs a folder, so a rename or a new name in it survives a power cut.
    static func syncDirectory(_ path: String) throws {
        let descriptor = try openFile(path, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        try sync(descriptor, path: path)
    }

    /// `rename(2)`: atomic replacement within one file system.
    static func renameFile(_ from: String, _ to: String) throws {
        if rename(from, to) != 0 { throw failure("rename \(from) to", to) }
    }

    /// A UTC timestamp for file names: `20250301T101500Z`.
    static func fileStamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }

    /// Renames `path` to `path.<suffix>-<UTC stamp>` (adding `-2`, `-3`, … if that name is
    /// taken, so nothing is ever overwritten) and fsyncs the folder. Returns the new path.
    static func setAside(_ path: String, suffix: String, now: Date) throws -> String {
        let base = "\(path).\(suffix)-\(fileStamp(now))"
        var candidate = base
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        // link + unlink would refuse to overwrite a racing name; rename is fine here because
        // the candidate was checked and writers hold the store's locks.
        try renameFile(path, candidate)
        try? syncDirectory(parent(of: path))
        return candidate
    }
}
