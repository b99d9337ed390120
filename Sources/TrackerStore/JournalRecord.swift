#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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

    /// The highest sequence a journal uses: 2^53 (a record a millisecond would take 285,000
    /// years to reach it). A record or header read with a sequence outside ``sequenceRange`` is
    /// damage — the file is set aside and reported, and its number is not carried on — so no
    /// `+ 1` on a sequence read from disk can overflow.
    public static let maximumSequence: Int64 = 1 << 53

    /// How close to ``maximumSequence`` a journal's numbering may come: a file whose highest
    /// sequence leaves fewer numbers than this is set aside and the numbering starts again at 1,
    /// so a damaged file holding a number at the limit cannot leave the journal unable to append.
    public static let sequenceHeadroom: Int64 = 1 << 32

    /// The sequences a record may carry.
    public static let sequenceRange: ClosedRange<Int64> = 1...maximumSequence

    /// The sequence after `sequence`, never past ``maximumSequence``.
    public static func nextSequence(after sequence: Int64) -> Int64 {
        sequence < maximumSequence ? max(sequence, 0) + 1 : maximumSequence
    }

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

    /// Decodes a record; a sequence outside ``sequenceRange`` is an error (damage).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try container.decode(Int64.self, forKey: .sequence)
        guard Self.sequenceRange.contains(sequence) else {
            throw DecodingError.dataCorruptedError(
                forKey: .sequence, in: container,
                debugDescription: "sequence \(sequence) is outside 1…\(Self.maximumSequence)")
        }
        at = try container.decode(Date.self, forKey: .at)
        operation = try container.decode(JournalOperation.self, forKey: .operation)
        baseAt = try container.decodeIfPresent(Date.self, forKey: .baseAt)
    }
}
