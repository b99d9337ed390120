import Foundation

/// A task of a project.
public struct TaskRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var workspaceID: Int64
    public var projectID: Int64
    public var name: String
    public var active: Bool
    public var estimatedSeconds: Int?
    public var userID: Int64?
    public var externalReference: String?
    public var at: Date
    public var deletedAt: Date?

    public init(id: Int64, workspaceID: Int64, projectID: Int64, name: String, active: Bool = true,
                estimatedSeconds: Int? = nil, userID: Int64? = nil, externalReference: String? = nil,
                at: Date, deletedAt: Date? = nil) {
        self.id = id
        self.workspaceID = workspaceID
        self.projectID = projectID
        self.name = name
        self.active = active
        self.estimatedSeconds = estimatedSeconds
        self.userID = userID
        self.externalReference = externalReference
        self.at = at
        self.deletedAt = deletedAt
    }
}
