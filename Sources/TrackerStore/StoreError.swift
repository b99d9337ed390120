#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a store operation failed outright (as opposed to a ``StoreIssue``, which is a problem
/// the store found and dealt with).
///
/// Reads never throw for bad content — a corrupt file is set aside and reported — so these
/// errors mean the operating system refused something (disk full, permissions) or a value
/// could not be encoded.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed: what was being done, on which path, and `errno`.
    case system(operation: String, path: String, code: Int32)
    /// A value could not be encoded as JSON.
    case encoding(path: String, detail: String)
    /// The lock at `path` was not obtained within the time allowed.
    case lockTimedOut(path: String)
    /// Something other than a regular file (a folder, a FIFO, a device) is where a store file
    /// should be.
    case notRegularFile(path: String)
    /// A store file or the journal larger than a store ever writes (`limit` bytes).
    case tooLarge(path: String, limit: Int)

    /// Plain words, e.g. `cannot fsync /…/journal.jsonl: No space left on device`.
    public var description: String {
        switch self {
        case .system(let operation, let path, let code):
            return "cannot \(operation) \(path): \(String(cString: strerror(code)))"
        case .encoding(let path, let detail):
            return "cannot encode \(path): \(detail)"
        case .lockTimedOut(let path):
            return "another toggl-tui process holds \(path); gave up waiting"
        case .notRegularFile(let path):
            return "\(path) is not a regular file (a folder, a FIFO or a device)"
        case .tooLarge(let path, let limit):
            return "\(path) is larger than \(limit >> 20) MiB, more than toggl-tui ever writes there"
        }
    }
}
