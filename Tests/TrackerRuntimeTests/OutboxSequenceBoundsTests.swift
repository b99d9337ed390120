import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// A journal record numbered `Int64.max` (a damaged or hostile file) is set aside and reported
/// when the outbox opens — no overflow in the outbox's numbering, and the next launch opens
/// cleanly (no crash loop on every start).
@Suite(.serialized) struct OutboxSequenceBoundsTests {
    @Test(arguments: ["9223372036854775807", "9007199254740992"])
    func aHugeSequenceIsSetAsideAndTheOutboxGoesOn(sequence: String) async throws {
        let harness = try await SandboxHarness.start()
        let path = harness.folder.appendingPathComponent("journal.jsonl").path
        let journal = Journal(path: path)
        try journal.append(.deleteTag(workspaceID: 42, id: 77), at: SandboxHarness.now)
        let line = "{\"at\":\"2026-11-23T10:00:00Z\",\"operation\":{\"id\":78,\"type\":\"delete_tag\",\"workspace_id\":42},\"sequence\":\(sequence)}\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
        try handle.close()

        let outbox = Outbox(api: harness.api, journal: Journal(path: path), now: { SandboxHarness.now },
                            pause: SandboxHarness.untilRetried, post: { _ in })
        let opened = try outbox.open()
        #expect(opened.pending.writes.isEmpty)
        #expect(opened.issues.count == 1)
        #expect(opened.issues.first?.setAsidePath != nil)
        #expect((0...JournalRecord.maximumSequence).contains(opened.pending.lastSequence))

        // The next launch: nothing more to report.
        let next = Outbox(api: harness.api, journal: Journal(path: path), now: { SandboxHarness.now },
                          pause: SandboxHarness.untilRetried, post: { _ in })
        #expect(try next.open().issues.isEmpty)
        await harness.stop()
    }
}
