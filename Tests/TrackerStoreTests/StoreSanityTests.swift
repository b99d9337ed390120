import Foundation
import Testing
import TogglModels
@testable import TrackerStore

/// Ids outside ±2^53 in a store file or the journal are damage: the file is set aside and
/// reported (the app would otherwise overflow computing the next local id below the lowest,
/// and crash on every start).
struct StoreSanityTests {
    static func envelope(_ payload: String) -> Data {
        Data(#"{"format":"test.payload","payload":\#(payload),"saved_at":"2025-03-01T10:15:00Z","version":1}"#.utf8)
    }

    /// Loads `payload` from a file; returns what was loaded.
    static func load<P: Codable & Sendable>(_ type: P.Type, _ payload: String) throws -> VersionedFile<P>.Loaded {
        try withTemporaryFolder { folder in
            let file = VersionedFile<P>(path: folder + "/file.json", format: "test.payload", version: 1, label: "the file")
            try envelope(payload).write(to: URL(fileURLWithPath: file.path))
            return file.load(now: fixedNow)
        }
    }

    // The second of each pair carries an unknown key, so `JSONDecoder` reads it rather than the fast reader.
    @Test(arguments: [
        #"{"entries":[{"id":1},{"id":-9223372036854775808}]}"#,
        #"{"entries":[{"id":1},{"id":-9223372036854775808,"mystery":1}]}"#,
        #"{"entries":[{"id":9007199254740993,"workspace_id":1}]}"#,
        #"{"entries":[{"id":1,"workspace_id":9223372036854775807,"mystery":1}]}"#,
    ])
    func entriesWithIdsOutOfRangeAreSetAside(payload: String) throws {
        let loaded = try Self.load(EntriesSnapshot.self, payload)
        #expect(loaded.payload == nil)
        guard case .corrupt(let detail)? = loaded.issue?.problem else { Issue.record("\(String(describing: loaded.issue))"); return }
        #expect(detail.contains("outside ±2^53"))
        #expect(loaded.issue?.setAsidePath != nil)
    }

    @Test(arguments: [
        #"{"projects":[{"id":9223372036854775807,"wid":1}]}"#,
        #"{"clients":[{"id":-9223372036854775808,"wid":1,"mystery":1}]}"#,
        #"{"tags":[{"id":9007199254740993,"workspace_id":1}]}"#,
        #"{"workspaces":[{"id":-9007199254740993,"name":"W"}]}"#,
        #"{"tasks":[{"id":9223372036854775807,"pid":1,"wid":1}]}"#,
        #"{"profile":{"id":-9223372036854775808,"email":"a@example.com"}}"#,
    ])
    func catalogsWithIdsOutOfRangeAreSetAside(payload: String) throws {
        let loaded = try Self.load(CatalogSnapshot.self, payload)
        #expect(loaded.payload == nil, "\(payload)")
        #expect(loaded.issue?.setAsidePath != nil, "\(payload)")
    }

    @Test func idsAtTheLimitsLoad() throws {
        let loaded = try Self.load(EntriesSnapshot.self, #"{"entries":[{"id":9007199254740992,"workspace_id":1},{"id":-9007199254740992,"workspace_id":-9007199254740992}]}"#)
        #expect(loaded.issue == nil)
        #expect(loaded.payload?.entries.count == 2)
    }

    @Test(arguments: [
        #"{"id":-9223372036854775808,"payload":{"start":"2025-03-01T09:00:00Z"},"type":"create_entry","workspace_id":42}"#,
        #"{"id":5,"type":"delete_tag","workspace_id":9223372036854775807}"#,
        #"{"target":9223372036854775807,"type":"discarded"}"#,
        #"{"target":-1,"type":"discarded"}"#,
        #"{"server_id":-9223372036854775808,"target":1,"type":"sent"}"#,
    ])
    func journalOperationsWithIdsOutOfRangeAreDamage(operation: String) throws {
        #expect(throws: DecodingError.self) { try TogglJSON.makeDecoder().decode(JournalOperation.self, from: Data(operation.utf8)) }
        try withTemporaryFolder { folder in
            let path = folder + "/journal.jsonl"
            try Journal(path: path).append(.deleteTag(workspaceID: 42, id: 77), at: fixedNow)
            try appendRaw("{\"at\":\"2025-03-01T10:15:00Z\",\"operation\":\(operation),\"sequence\":2}\n", to: path)
            let contents = try Journal(path: path).readAll(now: fixedNow)
            #expect(contents.records.isEmpty)
            #expect(contents.issues.first?.setAsidePath != nil)
        }
    }

    @Test func aSentStatusWithoutAServerIDStillReads() throws {
        let operation = try TogglJSON.makeDecoder().decode(JournalOperation.self, from: Data(#"{"server_id":null,"target":1,"type":"sent"}"#.utf8))
        #expect(operation == .sent(sequence: 1, serverID: nil))
    }
}
