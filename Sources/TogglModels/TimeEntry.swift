#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Toggl Track time entry (`GET /me/time_entries`, the `current` entry, write echoes).
///
/// Decoding is lenient: every field but `id` may be `null` or absent. The legacy mirror keys
/// `wid`, `pid`, `tid` and `uid` are read when the long keys are missing. A running entry has
/// `stop == nil` and a negative `duration` whose value is not meaningful (Toggl answers `-1` or
/// `−(start epoch) − 1`): use ``isRunning`` and ``elapsed(at:)``.
///
/// Encoding writes Toggl's read shape: the long keys, the mirrors `wid` and `uid` always, `pid` and
/// `tid` only when set, `duronly: true`, and `null` for the nullable fields Toggl sends as `null`.
public struct TimeEntry: Sendable, Hashable, Codable, Identifiable {
    /// Who a shared entry is shared with (`include_sharing=true`).
    public struct SharedWith: Sendable, Hashable, Codable {
        /// The user the entry is shared with.
        public var userID: Int64?
        /// That user's name.
        public var userName: String?
        /// Whether the user accepted the share.
        public var accepted: Bool

        /// Creates a share row.
        public init(userID: Int64? = nil, userName: String? = nil, accepted: Bool = false) {
            self.userID = userID
            self.userName = userName
            self.accepted = accepted
        }

        enum CodingKeys: String, CodingKey {
            case userID = "user_id"
            case userName = "user_name"
            case accepted
        }

        /// Decodes leniently (`accepted` defaults to `false`).
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            userID = try c.decodeIfPresent(Int64.self, forKey: .userID)
            userName = try c.decodeIfPresent(String.self, forKey: .userName)
            accepted = try c.decode(.accepted, default: false)
        }
    }

    /// The entry id (server-owned).
    public let id: Int64
    /// The workspace (`workspace_id`, legacy `wid`); 0 if the server sent neither.
    public var workspaceID: Int64
    /// The project (`project_id`, legacy `pid`), `nil` for none.
    public var projectID: Int64?
    /// The task (`task_id`, legacy `tid`), `nil` for none.
    public var taskID: Int64?
    /// The owner (`user_id`, legacy `uid`); 0 if the server sent neither.
    public var userID: Int64
    /// Whether the entry is billable (`false` when absent).
    public var billable: Bool
    /// Start instant. The Unix epoch if the server omitted it (never seen from Toggl).
    public var start: Date
    /// Stop instant; `nil` while running (or for some duration-only entries).
    public var stop: Date?
    /// Duration in seconds; negative while running (value not meaningful then). Saturated to
    /// ``DurationLimit`` when decoded or created.
    public var duration: Int
    /// Description; `nil` when none was given.
    public var description: String?
    /// Tag names (`null` and absent decode as `[]`).
    public var tags: [String]
    /// Tag ids (`null` and absent decode as `[]`).
    public var tagIDs: [Int64]
    /// Last modification (server-owned).
    public let at: Date?
    /// When the entry was deleted; only seen through `since` queries (server-owned).
    public let serverDeletedAt: Date?
    /// Permissions of the caller on this entry, if sent.
    public var permissions: [String]? { extras.permissions }
    /// Work expenses linked to the entry, if sent.
    public var expenseIDs: [Int64]? {
        get { extras.expenseIDs }
        set { extras.expenseIDs = newValue }
    }
    /// Sharing state (`include_sharing=true`).
    public var sharedWith: [SharedWith]? { extras.sharedWith }

    // Meta fields (`meta=true`), derived by the server.
    /// Client id of the entry's project (meta).
    public var clientID: Int64? { extras.clientID }
    /// Client name (meta).
    public var clientName: String? { extras.clientName }
    /// Project name (meta).
    public var projectName: String? { extras.projectName }
    /// Project colour `#rrggbb` (meta).
    public var projectColor: String? { extras.projectColor }
    /// Whether the project is active (meta).
    public var projectActive: Bool? { extras.projectActive }
    /// Whether the project is billable (meta).
    public var projectBillable: Bool? { extras.projectBillable }
    /// Task name (meta).
    public var taskName: String? { extras.taskName }
    /// Owner's name (meta).
    public var userName: String? { extras.userName }
    /// Owner's avatar URL (meta).
    public var userAvatarURL: String? { extras.userAvatarURL }

    /// The fields the app seldom reads (the meta fields, sharing, permissions, expenses), out
    /// of line: an entry in the catalog's dictionaries and arrays is then half its size, and
    /// none is allocated while all of them are unset — as in `/me`'s and `/me/time_entries`'
    /// answers without `meta`.
    private var extrasBox: ExtrasBox?

    /// The out-of-line fields (all unset when there is no box).
    var extras: TimeEntryExtras {
        get { extrasBox?.extras ?? TimeEntryExtras() }
        set { extrasBox = ExtrasBox(newValue) }
    }

    /// A heap box with value semantics (an indirect enum case: replaced, never mutated in place).
    private enum ExtrasBox: Sendable, Hashable {
        indirect case box(TimeEntryExtras)

        /// The box, or nil for fields that are all unset (so equal entries are equal boxes).
        init?(_ extras: TimeEntryExtras) {
            guard extras != TimeEntryExtras() else { return nil }
            self = .box(extras)
        }

        var extras: TimeEntryExtras {
            switch self {
            case .box(let extras): return extras
            }
        }
    }

    /// Creates a time entry (for tests, the sandbox and local stores).
    public init(
        id: Int64,
        workspaceID: Int64,
        projectID: Int64? = nil,
        taskID: Int64? = nil,
        userID: Int64 = 0,
        billable: Bool = false,
        start: Date,
        stop: Date? = nil,
        duration: Int,
        description: String? = nil,
        tags: [String] = [],
        tagIDs: [Int64] = [],
        at: Date? = nil,
        serverDeletedAt: Date? = nil,
        permissions: [String]? = nil,
        expenseIDs: [Int64]? = nil,
        sharedWith: [SharedWith]? = nil,
        clientID: Int64? = nil,
        clientName: String? = nil,
        projectName: String? = nil,
        projectColor: String? = nil,
        projectActive: Bool? = nil,
        projectBillable: Bool? = nil,
        taskName: String? = nil,
        userName: String? = nil,
        userAvatarURL: String? = nil
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.projectID = projectID
        self.taskID = taskID
        self.userID = userID
        self.billable = billable
        self.start = start
        self.stop = stop
        self.duration = DurationLimit.clamped(duration)
        self.description = description
        self.tags = tags
        self.tagIDs = tagIDs
        self.at = at
        self.serverDeletedAt = serverDeletedAt
        self.extrasBox = ExtrasBox(TimeEntryExtras(
            permissions: permissions, expenseIDs: expenseIDs, sharedWith: sharedWith, clientID: clientID,
            clientName: clientName, projectName: projectName, projectColor: projectColor, projectActive: projectActive,
            projectBillable: projectBillable, taskName: taskName, userName: userName, userAvatarURL: userAvatarURL))
    }

    /// How many days back Toggl answers `GET /me/time_entries?since=`: about three months.
    public static let listableDays = 89

    /// The oldest start `GET /me/time_entries?start_date=` accepts as of `now`, with a day to
    /// spare: Toggl refuses a `start_date` more than three calendar months (at least 89 days)
    /// before its UTC day, so this is midnight UTC 88 days before `now`'s UTC day. Entries
    /// starting earlier come from Reports v3.
    public static func oldestListableStart(now: Date) -> Date {
        let day = (now.timeIntervalSince1970 / 86_400).rounded(.down)
        return Date(timeIntervalSince1970: (day - 88) * 86_400)
    }

    /// `true` while the timer runs: no `stop` and a negative `duration`.
    public var isRunning: Bool { stop == nil && duration < 0 }

    /// `true` when the server reports the entry as deleted.
    public var isDeleted: Bool { serverDeletedAt != nil }

    /// Seconds tracked as of `now`: `now − start` while running, else `duration`.
    public func elapsed(at now: Date) -> TimeInterval {
        isRunning ? now.timeIntervalSince(start) : TimeInterval(duration)
    }

    /// ``elapsed(at:)`` in whole seconds, saturated to ``DurationLimit`` (never traps).
    public func elapsedSeconds(at now: Date) -> Int {
        DurationLimit.wholeSeconds(elapsed(at: now))
    }

    enum CodingKeys: String, CodingKey {
        case id
        case workspaceID = "workspace_id"
        case wid
        case projectID = "project_id"
        case pid
        case taskID = "task_id"
        case tid
        case userID = "user_id"
        case uid
        case billable, start, stop, duration, description, tags
        case tagIDs = "tag_ids"
        case duronly, at
        case serverDeletedAt = "server_deleted_at"
        case permissions
        case expenseIDs = "expense_ids"
        case sharedWith = "shared_with"
        case clientID = "client_id"
        case clientName = "client_name"
        case projectName = "project_name"
        case projectColor = "project_color"
        case projectActive = "project_active"
        case projectBillable = "project_billable"
        case taskName = "task_name"
        case userName = "user_name"
        case userAvatarURL = "user_avatar_url"
    }

    /// Decodes leniently; see the type's documentation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        workspaceID = try c.decodeFirst(Int64.self, .workspaceID, .wid) ?? 0
        projectID = try c.decodeFirst(Int64.self, .projectID, .pid)
        taskID = try c.decodeFirst(Int64.self, .taskID, .tid)
        userID = try c.decodeFirst(Int64.self, .userID, .uid) ?? 0
        billable = try c.decode(.billable, default: false)
        start = try c.decode(.start, default: Date(timeIntervalSince1970: 0))
        stop = try c.decodeIfPresent(Date.self, forKey: .stop)
        duration = DurationLimit.clamped(try c.decode(.duration, default: 0))
        description = try c.decodeIfPresent(String.self, forKey: .description)
        tags = try c.decode(.tags, default: [])
        tagIDs = try c.decode(.tagIDs, default: [])
        at = try c.decodeIfPresent(Date.self, forKey: .at)
        serverDeletedAt = try c.decodeIfPresent(Date.self, forKey: .serverDeletedAt)
        extrasBox = ExtrasBox(TimeEntryExtras(
            permissions: try c.decodeIfPresent([String].self, forKey: .permissions),
            expenseIDs: try c.decodeIfPresent([Int64].self, forKey: .expenseIDs),
            sharedWith: try c.decodeIfPresent([SharedWith].self, forKey: .sharedWith),
            clientID: try c.decodeIfPresent(Int64.self, forKey: .clientID),
            clientName: try c.decodeIfPresent(String.self, forKey: .clientName),
            projectName: try c.decodeIfPresent(String.self, forKey: .projectName),
            projectColor: try c.decodeIfPresent(String.self, forKey: .projectColor),
            projectActive: try c.decodeIfPresent(Bool.self, forKey: .projectActive),
            projectBillable: try c.decodeIfPresent(Bool.self, forKey: .projectBillable),
            taskName: try c.decodeIfPresent(String.self, forKey: .taskName),
            userName: try c.decodeIfPresent(String.self, forKey: .userName),
            userAvatarURL: try c.decodeIfPresent(String.self, forKey: .userAvatarURL)))
    }

    /// Encodes Toggl's read shape; see the type's documentation.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(workspaceID, forKey: .workspaceID)
        try c.encode(workspaceID, forKey: .wid)
        try c.encodeNullable(projectID, forKey: .projectID)
        try c.encodeIfPresent(projectID, forKey: .pid)
        try c.encodeNullable(taskID, forKey: .taskID)
        try c.encodeIfPresent(taskID, forKey: .tid)
        try c.encode(userID, forKey: .userID)
        try c.encode(userID, forKey: .uid)
        try c.encode(billable, forKey: .billable)
        try c.encode(start, forKey: .start)
        try c.encodeNullable(stop, forKey: .stop)
        try c.encode(duration, forKey: .duration)
        try c.encodeNullable(description, forKey: .description)
        try c.encode(tags, forKey: .tags)
        try c.encode(tagIDs, forKey: .tagIDs)
        try c.encode(true, forKey: .duronly)
        try c.encodeNullable(at, forKey: .at)
        try c.encodeNullable(serverDeletedAt, forKey: .serverDeletedAt)
        try c.encodeIfPresent(permissions, forKey: .permissions)
        try c.encodeIfPresent(expenseIDs, forKey: .expenseIDs)
        try c.encodeIfPresent(sharedWith, forKey: .sharedWith)
        try c.encodeIfPresent(clientID, forKey: .clientID)
        try c.encodeIfPresent(clientName, forKey: .clientName)
        try c.encodeIfPresent(projectName, forKey: .projectName)
        try c.encodeIfPresent(projectColor, forKey: .projectColor)
        try c.encodeIfPresent(projectActive, forKey: .projectActive)
        try c.encodeIfPresent(projectBillable, forKey: .projectBillable)
        try c.encodeIfPresent(taskName, forKey: .taskName)
        try c.encodeIfPresent(userName, forKey: .userName)
        try c.encodeIfPresent(userAvatarURL, forKey: .userAvatarURL)
    }
}
