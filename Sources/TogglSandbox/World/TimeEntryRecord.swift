import Foundation

/// A time entry. Tags are held by id and rendered as names and ids.
public struct TimeEntryRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var workspaceID: Int64
    public var userID: Int64
    public var projectID: Int64?
    public var taskID: Int64?
    public var billable: Bool
    public var start: Date
    /// nil while running.
    public var stop: Date?
    /// Seconds; for a running entry the value it was created with (Toggl echoes it once).
    public var duration: Int
    public var description: String?
    public var tagIDs: [Int64]
    public var createdWith: String
    public var at: Date
    public var deletedAt: Date?

    public init(id: Int64, workspaceID: Int64, userID: Int64, projectID: Int64? = nil, taskID: Int64? = nil,
                billable: Bool = false, start: Date, stop: Date?, duration: Int, description: String?,
                tagIDs: [Int64] = [], createdWith: String, at: Date, deletedAt: Date? = nil) {
        self.id = id
        self.workspaceID = workspaceID
        self.userID = userID
        self.projectID = projectID
        self.taskID = taskID
        self.billable = billable
        self.start = start
        self.stop = stop
        self.duration = duration
        self.description = description
        self.tagIDs = tagIDs
        self.createdWith = createdWith
        self.at = at
        self.deletedAt = deletedAt
    }

    /// Whether the entry is running.
    public var isRunning: Bool { stop == nil && duration < 0 }
}
