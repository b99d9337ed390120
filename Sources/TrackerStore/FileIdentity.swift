#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Enough of `stat(2)` to tell whether a file was written or replaced: device, inode, size and
/// the modification and status-change times to the nanosecond. An atomic replace gets a new
/// inode; an append grows the size and moves the times.
struct FileIdentity: Sendable, Hashable, Codable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64

    init(_ info: stat) {
        let modified = POSIX.modified(info)
        let changed = POSIX.changed(info)
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
        size = Int64(info.st_size)
        // Wrapping: a file dated past 2262 (any user can set one) must not overflow; the value
        // is only compared for equality.
        self.modified = Int64(modified.tv_sec) &* 1_000_000_000 &+ Int64(modified.tv_nsec)
        self.changed = Int64(changed.tv_sec) &* 1_000_000_000 &+ Int64(changed.tv_nsec)
    }

    /// The identity of the file at `path`, `nil` when there is none.
    init?(path: String) {
        guard let info = POSIX.status(path) else { return nil }
        self.init(info)
    }

    /// The identity of an open file.
    init(descriptor: Int32, path: String) throws {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw POSIX.failure("examine", path) }
        self.init(info)
    }
}
