#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The payload of `sync.json`: where each delta sync left off, which date windows of entries
/// were fetched whole, and the last-known request quota.
public struct SyncState: Sendable, Hashable, Codable {
    /// What a `since` cursor is kept for.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
        /// `/me` and preferences.
        case profile
        /// Workspaces.
        case workspaces
        /// Clients.
        case clients
        /// Projects.
        case projects
        /// Tasks.
        case tasks
        /// Tags.
        case tags
        /// Time entries.
        case timeEntries = "time_entries"
    }

    /// A span of days whose entries were fetched completely.
    public struct FetchedWindow: Sendable, Hashable, Codable {
        /// First instant covered.
        public var start: Date
        /// End of the span (exclusive).
        public var end: Date
        /// When it was fetched.
        public var fetchedAt: Date

        /// Creates a window.
        public init(start: Date, end: Date, fetchedAt: Date) {
            self.start = start
            self.end = end
            self.fetchedAt = fetchedAt
        }

        enum CodingKeys: String, CodingKey {
            case start, end
            case fetchedAt = "fetched_at"
        }

        /// Decodes a window; one that ends before it starts makes no sense (the file is damaged)
        /// and is an error, so `sync.json` is set aside and reported.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            start = try container.decode(Date.self, forKey: .start)
            end = try container.decode(Date.self, forKey: .end)
            fetchedAt = try container.decode(Date.self, forKey: .fetchedAt)
            guard start <= end else {
                throw DecodingError.dataCorruptedError(
                    forKey: .end, in: container, debugDescription: "a fetched window ends before it starts")
            }
        }
    }

    /// A quota bucket as last seen.
    public struct QuotaObservation: Sendable, Hashable, Codable {
        /// The bucket.
        public var quota: Quota
        /// When it was seen (the reset is due `quota.resetsInSecs` later).
        public var observedAt: Date

        /// Creates an observation.
        public init(quota: Quota, observedAt: Date) {
            self.quota = quota
            self.observedAt = observedAt
        }

        /// When the bucket's window resets.
        public var resetsAt: Date { observedAt.addingTimeInterval(TimeInterval(quota.resetsInSecs)) }

        enum CodingKeys: String, CodingKey {
            case quota
            case observedAt = "observed_at"
        }

        /// The longest wait for a bucket's reset a stored observation may hold: a day (Toggl's
        /// windows are an hour).
        public static let maximumResetSeconds = 86_400

        /// Decodes an observation; a reset in the past or further away than
        /// ``maximumResetSeconds`` makes no sense (the file is damaged) and is an error, so
        /// `sync.json` is set aside and reported.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            quota = try container.decode(Quota.self, forKey: .quota)
            observedAt = try container.decode(Date.self, forKey: .observedAt)
            guard (0...Self.maximumResetSeconds).contains(quota.resetsInSecs) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .quota, in: container,
                    debugDescription: "a quota resets in \(quota.resetsInSecs) s, outside 0…\(Self.maximumResetSeconds)")
            }
        }
    }

    /// The `since` value for each kind's next delta (the server time of the last sync).
    public var since: [Kind: Date]
    /// Date windows of entries fetched whole.
    public var fetchedWindows: [FetchedWindow]
    /// The last-known quota buckets.
    public var quota: [QuotaObservation]
    /// When the last full (bootstrap) sync finished.
    public var lastBootstrap: Date?

    /// Creates a state; empty by default.
    public init(
        since: [Kind: Date] = [:],
        fetchedWindows: [FetchedWindow] = [],
        quota: [QuotaObservation] = [],
        lastBootstrap: Date? = nil
    ) {
        self.since = since
        self.fetchedWindows = fetchedWindows
        self.quota = quota
        self.lastBootstrap = lastBootstrap
    }

    enum CodingKeys: String, CodingKey {
        case since
        case fetchedWindows = "fetched_windows"
        case quota
        case lastBootstrap = "last_bootstrap"
    }
}
