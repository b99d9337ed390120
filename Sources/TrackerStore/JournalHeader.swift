#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The first line of a journal file:
/// `{"base_sequence":0,"created_at":"…","format":"toggl-tui.journal","version":1}`.
/// `base_sequence` is the highest sequence issued before the file was (re)written, so numbering
/// continues above it across compactions and past a set-aside file; records a compaction kept
/// keep their own (lower) numbers. Within the file, records strictly increase.
struct JournalHeader: Codable, Equatable {
    static let format = "toggl-tui.journal"
    static let version = 1

    var format: String
    var version: Int
    var baseSequence: Int64
    var createdAt: Date

    init(baseSequence: Int64, createdAt: Date) {
        format = Self.format
        version = Self.version
        self.baseSequence = baseSequence
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case format, version
        case baseSequence = "base_sequence"
        case createdAt = "created_at"
    }
    /// Decodes a header; a `base_sequence` outside `0…JournalRecord.maximumSequence` is an error
    /// (damage).
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        baseSequence = try container.decode(Int64.self, forKey: .baseSequence)
        guard (0...JournalRecord.maximumSequence).contains(baseSequence) else {
            throw DecodingError.dataCorruptedError(
                forKey: .baseSequence, in: container,
                debugDescription: "base_sequence \(baseSequence) is outside 0…\(JournalRecord.maximumSequence)")
        }
        createdAt = try container.decode(Date.self, forKey: .createdAt)
    }
}
