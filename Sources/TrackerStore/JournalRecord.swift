import Foundation

/// One line of the ``Journal``: a sequence number, when it was journaled, and the operation.
///
/// `{"at":"2025-03-01T10:15:00Z","operation":{…},"sequence":12}` — see ``JournalOperation``
/// for the operation's shape.
public struct JournalRecord: Sendable, Hashable, Codable {
    /// Strictly increasing within a user's journal, across restarts and compactions.
    public let sequence: Int64
    /// When the record was appended.
    public let at: Date
    /// The write or status.
    public let operation: JournalOperation

    /// Creates a record (``Journal/append(_:at:)`` assigns the sequence).
    public init(sequence: Int64, at: Date, operation: JournalOperation) {
        self.sequence = sequence
        self.at = at
        self.operation = operation
    }
}
