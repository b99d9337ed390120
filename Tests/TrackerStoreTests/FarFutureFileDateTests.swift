import Foundation
import Testing
import TogglModels
@testable import TrackerStore

/// Files dated far in the future (any user can set a file's times; past 2262 the nanoseconds
/// since 1970 no longer fit in 64 bits) are watched, read and journaled without a trap.
struct FarFutureFileDateTests {
    @Test(arguments: [1e10, 1.5e10, 9.3e9])
    func farFutureTimesNeverTrap(secondsSince1970: Double) throws {
        try withTemporaryFolder { folder in
            let journal = Journal(path: folder + "/journal.jsonl")
            try journal.append(.deleteTag(workspaceID: 42, id: 77), at: fixedNow)
            let date = Date(timeIntervalSince1970: secondsSince1970)
            do {
                try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: journal.path)
            } catch {
                // Some file systems cannot hold such a date; there is then nothing to check.
                return
            }
            _ = FileIdentity(path: journal.path)
            _ = journal.isChangedElsewhere
            let watcher = StoreWatcher(paths: [journal.path])
            _ = watcher.hasChanged(since: watcher.stamp())
            #expect(try journal.readAll(now: fixedNow).records.count == 1)
            #expect(try journal.append(.deleteTag(workspaceID: 42, id: 78), at: fixedNow).sequence == 2)
        }
    }

    @Test func stoppingAPayloadAnyDistanceFromItsStartNeverTraps() {
        let payload = TimeEntryPayload(workspaceID: 42, start: Date(timeIntervalSince1970: -1e300), duration: -1)
        #expect(payload.stopped(at: Date(timeIntervalSince1970: 1e300)).duration == 1_000_000_000_000_000)
        #expect(payload.stopped(at: Date(timeIntervalSince1970: -1e301)).duration == 0)
        let nan = TimeEntryPayload(workspaceID: 42, start: Date(timeIntervalSince1970: .nan), duration: -1)
        #expect(nan.stopped(at: fixedNow).duration == 0)
    }
}
