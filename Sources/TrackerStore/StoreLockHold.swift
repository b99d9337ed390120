#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A held ``StoreLock``. Call ``release()`` when done; dropping the last reference releases it
/// too, and so does the process exiting.
public final class StoreLockHold: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Mutex<Int32?>

    init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    deinit {
        release()
    }

    /// Whether the lock is still held (``release()`` not yet called).
    public var isHeld: Bool {
        descriptor.withLock { $0 != nil }
    }

    /// Releases the lock; later calls do nothing.
    public func release() {
        descriptor.withLock { value in
            guard let open = value else { return }
            _ = flock(open, LOCK_UN)
            close(open)
            value = nil
        }
    }
}
