#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The token → user mapping in `<state>/accounts.json` (see ``AccountIndex``), so a warm start
/// finds the user's store without a request. Reads and updates hold `<state>/accounts.lock`.
public struct AccountMap: Sendable {
    /// What a lookup found.
    public struct Lookup: Sendable {
        /// The user the token belongs to, if it was seen before.
        public var userID: Int64?
        /// A problem with the file (it was set aside; the mapping will be learned again).
        public var issue: StoreIssue?
    }

    /// The file.
    public let file: VersionedFile<AccountIndex>
    /// The lock around reads and updates.
    public let lock: StoreLock

    /// The mapping under `stateDirectory` (`$XDG_STATE_HOME/toggl-tui`).
    public init(stateDirectory: String) {
        file = VersionedFile(
            path: POSIX.join(stateDirectory, "accounts.json"), format: "toggl-tui.accounts", version: 1,
            label: "the list of known accounts"
        )
        lock = StoreLock(path: POSIX.join(stateDirectory, "accounts.lock"))
    }

    /// The key a token is stored under: the SHA-256 of its UTF-8 bytes, in lowercase hex.
    public static func key(for token: Secret) -> String {
        SHA256.hexDigest(token.revealed)
    }

    /// The user `token` belongs to, if it was remembered.
    public func lookUp(_ token: Secret) throws -> Lookup {
        try lock.withExclusive {
            let loaded = file.load()
            return Lookup(userID: loaded.payload?.accounts[Self.key(for: token)]?.userID, issue: loaded.issue)
        }
    }

    /// Remembers that `token` signs in as `userID` (adding to, never replacing, other tokens of
    /// the same user).
    /// - Returns: a problem found with the old file, if any (it was set aside and started afresh).
    @discardableResult
    public func remember(_ token: Secret, userID: Int64, email: String? = nil, now: Date = Date()) throws -> StoreIssue? {
        try lock.withExclusive {
            let loaded = file.load(now: now)
            var index = loaded.payload ?? AccountIndex()
            index.accounts[Self.key(for: token)] = AccountIndex.Account(userID: userID, email: email, lastUsed: now)
            try file.save(index, now: now)
            return loaded.issue
        }
    }

    /// Every user id with a remembered token, ascending.
    public func knownUserIDs() throws -> [Int64] {
        try lock.withExclusive {
            Set(file.load().payload?.accounts.values.map(\.userID) ?? []).sorted()
        }
    }
}
