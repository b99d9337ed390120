#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The next thing to do with the journal's unsent writes, as ``PendingWrites/next()`` plans it:
/// one request that settles one or more writes, or settling them without a request.
public struct OutboxItem: Sendable, Hashable {
    /// What to do.
    public enum Action: Sendable, Hashable {
        /// Send this operation (ids already mapped to Toggl's, later writes folded in).
        case send(JournalOperation)
        /// Nothing to send: the writes cancel out (an unsent entry that was deleted). Journal
        /// them `discarded`.
        case cancel
        /// They cannot be sent: they are about an object whose create Toggl refused. Journal
        /// them `failed` with this message.
        case fail(String)
    }

    /// The journal sequences of the writes this item settles, oldest first. The first is the
    /// write the item was planned from.
    public var sequences: [Int64]
    /// What to do with them.
    public var action: Action

    /// Creates an item.
    public init(sequences: [Int64], action: Action) {
        self.sequences = sequences
        self.action = action
    }
}
