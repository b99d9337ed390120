#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The body of `POST /workspaces/{wid}/time_entries` (create) and
/// `PUT /workspaces/{wid}/time_entries/{id}` (update). Only the fields that are set are sent.
///
/// To start a timer send `start`, `duration: -1` and a non-empty `createdWith`; omitting
/// `duration` creates a zero-length stopped entry. Fields that may need clearing use
/// ``FieldUpdate``: `nil` = not sent, `.clear` = JSON `null`, `.set(x)` = the value.
///
/// Decoding (for the sandbox and the journal) keeps "absent" apart from `null` and also accepts
/// the legacy keys `wid`, `pid`, `tid`, `uid`.
public struct TimeEntryPayload: Sendable, Hashable, Codable {
    /// What `tag_action` does with the given `tags`/`tag_ids` on update.
    public enum TagAction: String, Sendable, Hashable, Codable {
        /// Add the given tags to the entry's tags.
        case add
        /// Remove the given tags from the entry's tags.
        case delete
    }

    /// The workspace; required on create (equal to the path's `wid`).
    public var workspaceID: Int64?
    /// The creating application's name; required on create (send a non-empty name).
    public var createdWith: String?
    /// Start instant; required on create.
    public var start: Date?
    /// Duration in seconds; negative (use -1) starts a running entry.
    public var duration: Int?
    /// Stop instant, or `.clear`.
    public var stop: FieldUpdate<Date>?
    /// Description, or `.clear`.
    public var description: FieldUpdate<String>?
    /// Project, or `.clear` for none.
    public var projectID: FieldUpdate<Int64>?
    /// Task, or `.clear` for none.
    public var taskID: FieldUpdate<Int64>?
    /// Tag names (unknown names are created); replaces the tags unless ``tagAction`` is set.
    public var tags: [String]?
    /// Tag ids; replaces the tags unless ``tagAction`` is set.
    public var tagIDs: [Int64]?
    /// Add or delete the given tags instead of replacing them (updates only).
    public var tagAction: TagAction?
    /// Billable flag.
    public var billable: Bool?
    /// The owner; defaults to the caller on the server.
    public var userID: Int64?

    /// Creates a payload; every field defaults to "not sent".
    public init(
        workspaceID: Int64? = nil,
        createdWith: String? = nil,
        start: Date? = nil,
        duration: Int? = nil,
        stop: FieldUpdate<Date>? = nil,
        description: FieldUpdate<String>? = nil,
        projectID: FieldUpdate<Int64>? = nil,
        taskID: FieldUpdate<Int64>? = nil,
        tags: [String]? = nil,
        tagIDs: [Int64]? = nil,
        tagAction: TagAction? = nil,
        billable: Bool? = nil,
        userID: Int64? = nil
    ) {
        self.workspaceID = workspaceID
        self.createdWith = createdWith
        self.start = start
        self.duration = duration
        self.stop = stop
        self.description = description
        self.projectID = projectID
        self.taskID = taskID
        self.tags = tags
        self.tagIDs = tagIDs
        self.tagAction = tagAction
        self.billable = billable
        self.userID = userID
    }

    enum CodingKeys: String, CodingKey {
        case workspaceID = "workspace_id"
        case wid
        case createdWith = "created_with"
        case start, duration, stop, description
        case projectID = "project_id"
        case pid
        case taskID = "task_id"
        case tid
        case tags
        case tagIDs = "tag_ids"
        case tagAction = "tag_action"
        case billable
        case userID = "user_id"
        case uid
    }

    /// Decodes a request body, keeping `null` (`.clear`) apart from absent (`nil`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        workspaceID = try c.decodeFirst(Int64.self, .workspaceID, .wid)
        createdWith = try c.decodeIfPresent(String.self, forKey: .createdWith)
        start = try c.decodeIfPresent(Date.self, forKey: .start)
        duration = try c.decodeIfPresent(Int.self, forKey: .duration)
        stop = try c.decodeUpdate(Date.self, .stop)
        description = try c.decodeUpdate(String.self, .description)
        projectID = try c.decodeUpdate(Int64.self, .projectID, .pid)
        taskID = try c.decodeUpdate(Int64.self, .taskID, .tid)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        tagIDs = try c.decodeIfPresent([Int64].self, forKey: .tagIDs)
        tagAction = try c.decodeIfPresent(TagAction.self, forKey: .tagAction)
        billable = try c.decodeIfPresent(Bool.self, forKey: .billable)
        userID = try c.decodeFirst(Int64.self, .userID, .uid)
    }

    /// Encodes only the fields that are set (modern keys only).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(workspaceID, forKey: .workspaceID)
        try c.encodeIfPresent(createdWith, forKey: .createdWith)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(duration, forKey: .duration)
        try c.encodeIfPresent(stop, forKey: .stop)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(projectID, forKey: .projectID)
        try c.encodeIfPresent(taskID, forKey: .taskID)
        try c.encodeIfPresent(tags, forKey: .tags)
        try c.encodeIfPresent(tagIDs, forKey: .tagIDs)
        try c.encodeIfPresent(tagAction, forKey: .tagAction)
        try c.encodeIfPresent(billable, forKey: .billable)
        try c.encodeIfPresent(userID, forKey: .userID)
    }
}
