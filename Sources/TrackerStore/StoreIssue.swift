/// Something wrong the store found in a file and what it did about it, in plain words for the
/// status line (``message``), e.g. "The cached catalog could not be read; it was set aside as
/// catalog.json.corrupt-20250301T101500Z and will be rebuilt."
///
/// Issues are reported, never thrown: the store always carries on with what it could keep.
public struct StoreIssue: Sendable, Hashable, CustomStringConvertible {
    /// What was wrong with the file.
    public enum Problem: Sendable, Hashable {
        /// Not JSON, truncated, or not the expected shape; `detail` is the decoder's complaint.
        case corrupt(detail: String)
        /// A store file of another kind (its `format` field) sat under this name.
        case wrongKind(found: String)
        /// A format version this build does not read (older or newer).
        case unsupportedVersion(found: Int, expected: Int)
        /// The last journal line was cut short (the process was killed mid-write).
        case tornTail
        /// A journal line before the last one is damaged (line numbers count from 1).
        case corruptLine(number: Int, detail: String)
        /// The file exists but could not be read; `detail` is the system's reason.
        case unreadable(detail: String)
    }

    /// What the store did.
    public enum Action: Sendable, Hashable {
        /// The file was renamed to `path` (same folder); nothing was deleted.
        case setAside(path: String)
        /// The damaged end of the file was cut off: `droppedBytes` bytes of an unfinished line.
        case truncated(droppedBytes: Int)
        /// The file could not be moved and was left where it is; `detail` says why.
        case leftInPlace(detail: String)
    }

    /// The file concerned.
    public let path: String
    /// What was wrong.
    public let problem: Problem
    /// What was done about it.
    public let action: Action
    /// One or two sentences for the user.
    public let message: String

    /// Creates an issue; producers write ``message`` themselves since only they know the
    /// consequence ("will be rebuilt", "earlier writes are intact").
    public init(path: String, problem: Problem, action: Action, message: String) {
        self.path = path
        self.problem = problem
        self.action = action
        self.message = message
    }

    /// The ``message``.
    public var description: String { message }

    /// Where the file was set aside, if it was.
    public var setAsidePath: String? {
        if case .setAside(let path) = action { return path }
        return nil
    }

    /// Plain words for a problem: "it is damaged (…)", "it has format version 3, this build reads 1".
    static func explain(_ problem: Problem) -> String {
        switch problem {
        case .corrupt(let detail): return "it is damaged or cut short (\(detail))"
        case .wrongKind(let found): return "it holds a different kind of data (\"\(found)\")"
        case .unsupportedVersion(let found, let expected):
            return "it has format version \(found), this toggl-tui reads version \(expected)"
        case .tornTail: return "its last line was cut short"
        case .corruptLine(let number, let detail): return "line \(number) is damaged (\(detail))"
        case .unreadable(let detail): return "it cannot be read (\(detail))"
        }
    }
}
