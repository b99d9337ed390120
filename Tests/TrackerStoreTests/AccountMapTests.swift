import Foundation
import Testing
import TogglModels
@testable import TrackerStore

@Suite struct AccountMapTests {
    let token: Secret = "1971800d4d82861d8f2c1651fea4d212"
    let resetToken: Secret = "9f0bd42b7dc0c1f5e1a77c9b8d10a2e3"

    @Test func remembersTheUserOfAToken() throws {
        try withTemporaryFolder { state throws in
            let map = AccountMap(stateDirectory: state)
            #expect(try map.lookUp(token).userID == nil)
            try map.remember(token, userID: 7, email: "a@example.com", now: fixedNow)
            #expect(try map.lookUp(token).userID == 7)
            #expect(try AccountMap(stateDirectory: state).lookUp(token).userID == 7)
            #expect(try mode(of: map.file.path) == 0o600)
        }
    }

    @Test func theFileNeverContainsTheToken() throws {
        try withTemporaryFolder { state throws in
            let map = AccountMap(stateDirectory: state)
            try map.remember(token, userID: 7, now: fixedNow)
            let stored = text(of: map.file.path)
            #expect(!stored.contains(token.revealed))
            #expect(stored.contains(SHA256.hexDigest(token.revealed)))
            #expect(AccountMap.key(for: token) == SHA256.hexDigest(token.revealed))
        }
    }

    @Test func aResetTokenAddsAHashForTheSameUser() throws {
        try withTemporaryFolder { state throws in
            let map = AccountMap(stateDirectory: state)
            try map.remember(token, userID: 7, now: fixedNow)
            try map.remember(resetToken, userID: 7, now: fixedNow)
            try map.remember("another-users-token", userID: 8, now: fixedNow)
            #expect(try map.lookUp(token).userID == 7)
            #expect(try map.lookUp(resetToken).userID == 7)
            #expect(try map.knownUserIDs() == [7, 8])
        }
    }

    @Test func aCorruptFileIsSetAsideAndLearnedAgain() throws {
        try withTemporaryFolder { state throws in
            let map = AccountMap(stateDirectory: state)
            try Data("{\"format\":".utf8).write(to: URL(fileURLWithPath: map.file.path))
            let lookup = try map.lookUp(token)
            #expect(lookup.userID == nil)
            #expect(lookup.issue?.setAsidePath != nil)
            #expect(try map.remember(token, userID: 7, now: fixedNow) == nil)
            #expect(try map.lookUp(token).userID == 7)
        }
    }
}
