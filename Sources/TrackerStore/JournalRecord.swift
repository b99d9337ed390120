import Foundation

/// One line of the ``Journal``: a sequence number, when it was journaled, the operation, and
/// for an entry's update, stop or delete the entry's `at` as the user saw it when they made the
/// change (`base_at`): an entry Toggl changed after that has a conflicting edit from elsewhere.
///
/// `{"at":"2025-03-01T10:15:00Z","base_at":"2025-03-01T09:00:00Z","operation":{…},"sequence":12}`
/// — see ``JournalOperation`` for the operation's shape; `base_at` is absent when not known
/// (older journals, local entries, status records).
public struct JournalRecord: Sendable, Hashable, Codable {
    /// Strictly increasing within a user's journal, across restarts and compactions.
    public let sequence: Int64
    /// When the record was appended.
    public let at: Date
    /// The write or status.
    public let operation: JournalOperation
    /// The `at` of the entity as the user saw it when making the write, if known.
    public let baseAt: Date?

    /// Creates a record (``Journal/append(_:at:baseAt:)`` assigns the sequence).
    public init(sequence: Int64, at: Date, operation: JournalOperation, baseAt: Date? = nil) {
        self.sequence = sequence
        self.at = at
        self.operation = operation
        self.baseAt = baseAt
    }

    private enum CodingKeys: String, CodingKey {
        case sequence, at, operation
        case baseAt = "base_at"
    }
}
