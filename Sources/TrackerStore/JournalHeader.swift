import Foundation

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
}
