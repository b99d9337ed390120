import Foundation
import Testing
@testable import TrackerStore

@Suite struct StoreLockTests {
    @Test func aSecondExclusiveFailsWhileTheFirstHoldsIt() throws {
        try withTemporaryFolder { folder throws in
            let first = StoreLock(path: folder + "/users/7/lock")
            let second = StoreLock(path: folder + "/users/7/lock")
            let hold = try #require(try first.tryExclusive())
            #expect(hold.isHeld)
            #expect(try second.tryExclusive() == nil)
            #expect(try second.tryShared() == nil)
            hold.release()
            #expect(!hold.isHeld)
            let again = try #require(try second.tryExclusive())
            again.release()
            #expect(try mode(of: first.path) == 0o600)
            #expect(try mode(of: folder + "/users/7") == 0o700)
        }
    }

    @Test func sharedHoldersCoexistAndKeepWritersOut() throws {
        try withTemporaryFolder { folder throws in
            let lock = StoreLock(path: folder + "/lock")
            let reader = try #require(try lock.tryShared())
            let otherReader = try #require(try lock.tryShared())
            #expect(try lock.tryExclusive() == nil)
            reader.release()
            #expect(try lock.tryExclusive() == nil)
            otherReader.release()
            let writer = try #require(try lock.tryExclusive())
            writer.release()
        }
    }

    @Test func withExclusiveHoldsTheLockForTheBody() throws {
        try withTemporaryFolder { folder throws in
            let lock = StoreLock(path: folder + "/lock")
            let seen = try lock.withExclusive { try StoreLock(path: lock.path).tryExclusive() == nil }
            #expect(seen)
            let sharedSeen = try lock.withShared { try StoreLock(path: lock.path).tryExclusive() == nil }
            #expect(sharedSeen)
            #expect(try lock.tryExclusive() != nil)
        }
    }

    @Test func timedAcquisitionGivesUpWhileHeld() throws {
        try withTemporaryFolder { folder throws in
            let lock = StoreLock(path: folder + "/lock")
            let hold = try #require(try lock.tryExclusive())
            #expect(throws: StoreError.lockTimedOut(path: lock.path)) {
                _ = try StoreLock(path: lock.path).exclusive(timeout: .milliseconds(20))
            }
            hold.release()
            let got = try StoreLock(path: lock.path).exclusive(timeout: .milliseconds(20))
            #expect(got.isHeld)
        }
    }

    @Test func droppingTheHoldReleasesIt() throws {
        try withTemporaryFolder { folder throws in
            let lock = StoreLock(path: folder + "/lock")
            do {
                let hold = try lock.tryExclusive()
                #expect(hold != nil)
            }
            #expect(try lock.tryExclusive() != nil)
        }
    }
}
