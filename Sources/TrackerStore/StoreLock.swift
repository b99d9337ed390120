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

/// An advisory lock between toggl-tui processes (the TUI and command-line runs) on one file,
/// `<state>/users/<userID>/lock` for a user's store: many shared holders or one exclusive holder.
///
/// It is `flock(2)`: the lock belongs to an open file description, so every acquisition opens
/// the file anew — two acquisitions conflict even inside one process (and a thread that already
/// holds the lock must not ask for it again: it would wait for itself). The kernel drops the lock
/// when the holder exits, however it exits, so a crash never leaves the store locked. Blocking
/// calls block the calling thread; call them off the main loop.
public struct StoreLock: Sendable, Hashable {
    /// The lock file (created empty with mode 0600, its folder with 0700).
    public let path: String

    /// A lock on `path`.
    public init(path: String) {
        self.path = path
    }

    /// Runs `body` holding the lock exclusively, waiting as long as it takes to get it.
    public func withExclusive<T>(_ body: () throws -> T) throws -> T {
        let hold = try acquire(LOCK_EX, blocking: true)
        defer { hold?.release() }
        return try body()
    }

    /// Runs `body` holding the lock shared (other readers may hold it too; writers wait).
    public func withShared<T>(_ body: () throws -> T) throws -> T {
        let hold = try acquire(LOCK_SH, blocking: true)
        defer { hold?.release() }
        return try body()
    }

    /// The exclusive lock if it is free right now, else `nil`; never waits.
    public func tryExclusive() throws -> StoreLockHold? {
        try acquire(LOCK_EX, blocking: false)
    }

    /// The shared lock if no one holds it exclusively right now, else `nil`; never waits.
    public func tryShared() throws -> StoreLockHold? {
        try acquire(LOCK_SH, blocking: false)
    }

    /// The exclusive lock, waiting at most `timeout` (polling, backing off from 1 ms to 25 ms).
    /// - Throws: ``StoreError/lockTimedOut(path:)`` when it stays taken.
    public func exclusive(timeout: Duration) throws -> StoreLockHold {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var pause: UInt32 = 1_000
        while true {
            if let hold = try tryExclusive() { return hold }
            if clock.now >= deadline { throw StoreError.lockTimedOut(path: path) }
            usleep(pause)
            pause = min(pause * 2, 25_000)
        }
    }

    /// Opens the lock file and `flock`s it; `nil` when non-blocking and taken.
    private func acquire(_ operation: Int32, blocking: Bool) throws -> StoreLockHold? {
        try POSIX.makeDirectories(POSIX.parent(of: path))
        let descriptor = try POSIX.openFile(path, O_RDWR | O_CREAT)
        while flock(descriptor, operation | (blocking ? 0 : LOCK_NB)) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            if code == EWOULDBLOCK { return nil }
            throw POSIX.failure("lock", path, code)
        }
        return StoreLockHold(path: path, descriptor: descriptor)
    }
}
