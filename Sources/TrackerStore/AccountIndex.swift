#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The payload of `<state>/accounts.json`: which Toggl user each API token belongs to, keyed by
/// the token's SHA-256 (64 hex digits) — never the token itself. Several hashes may name one
/// user (a reset token adds a hash; the user's folder and journal stay where they are).
public struct AccountIndex: Sendable, Hashable, Codable {
    /// One remembered token.
    public struct Account: Sendable, Hashable, Codable {
        /// The Toggl user id the token signed in as.
        public var userID: Int64
        /// The user's email then, to tell accounts apart in messages.
        public var email: String?
        /// When the token was last used.
        public var lastUsed: Date

        /// Creates an entry.
        public init(userID: Int64, email: String? = nil, lastUsed: Date) {
            self.userID = userID
            self.email = email
            self.lastUsed = lastUsed
        }

        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case email
            case lastUsed = "last_used"
        }
    }

    /// Token hash → account.
    public var accounts: [String: Account]

    /// Creates an index.
    public init(accounts: [String: Account] = [:]) {
        self.accounts = accounts
    }
}
