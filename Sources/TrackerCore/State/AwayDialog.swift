#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// "You were away 12:02–13:30 (1 h 28 m) while “Fix login bug” ran": opened when the machine
/// slept (the wall clock jumped ahead of the monotonic one) or the login session was idle
/// (logind) for at least `away_after` while a timer ran. Each choice is ordinary journaled
/// writes, undoable with `u`.
public struct AwayDialog: Sendable, Hashable {
    /// How the app knows the user was away.
    public enum Cause: Sendable, Hashable {
        /// The machine slept: nobody could have worked on it, so the stretch counts only when
        /// the timer ran since before it began.
        case sleep
        /// The login session was idle (no input, as logind tells): the stretch is clipped to
        /// when the timer started.
        case idle
    }

    /// What to do with the away time.
    public enum Choice: Character, Sendable, Hashable, CaseIterable {
        /// Keep the timer as it is (the away time counts).
        case keep = "k"
        /// Stop the timer when the away time began.
        case stop = "s"
        /// Stop it when the away time began, and continue it now.
        case stopAndContinue = "c"
        /// Stop it when the away time began, and start something else now (the start editor).
        case stopAndStartOther = "n"
        /// Stop it when the away time began, continue it now, and add the away time as an entry
        /// of another project or description (the add editor over the away time).
        case giveAway = "g"

        /// What the choice says in the dialog.
        public var help: String {
            switch self {
            case .keep: "keep it running through the away time"
            case .stop: "stop it when you left"
            case .stopAndContinue: "stop it when you left and continue it now"
            case .stopAndStartOther: "stop it when you left and start something else"
            case .giveAway: "give the away time to another project or description"
            }
        }
    }

    /// The running entry.
    public var entryID: Int64
    /// When the away time began (the last moment the machine was seen awake, or the session
    /// went idle).
    public var from: Date
    /// When the machine woke up, or the session was in use again.
    public var until: Date

    /// A dialog for `entryID`, away `from` → `until`.
    public init(entryID: Int64, from: Date, until: Date) {
        self.entryID = entryID
        self.from = from
        self.until = until
    }
}
