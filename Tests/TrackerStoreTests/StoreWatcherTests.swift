import Foundation
import Testing
@testable import TrackerStore

@Suite struct StoreWatcherTests {
    @Test func noticesSavesAppendsAndNewFiles() throws {
        try withTemporaryFolder { folder throws in
            let layout = StoreLayout(cacheDirectory: folder + "/cache", stateDirectory: folder + "/state", userID: 7)
            let watcher = layout.watcher
            let empty = watcher.stamp()
            #expect(!watcher.hasChanged(since: empty))

            try layout.sync.save(SyncState(), now: fixedNow)
            #expect(watcher.changedPaths(since: empty) == [layout.sync.path])

            let saved = watcher.stamp()
            #expect(!watcher.hasChanged(since: saved))
            try layout.sync.save(SyncState(lastBootstrap: fixedNow), now: fixedNow)
            #expect(watcher.changedPaths(since: saved) == [layout.sync.path])

            let beforeJournal = watcher.stamp()
            let journal = layout.makeJournal()
            try journal.append(.discarded(sequence: 1), at: fixedNow)
            #expect(watcher.changedPaths(since: beforeJournal) == [layout.journalPath])
            let afterFirst = watcher.stamp()
            try journal.append(.discarded(sequence: 2), at: fixedNow)
            #expect(watcher.hasChanged(since: afterFirst))
        }
    }
}
