import Foundation

/// A user's membership of a project.
public struct ProjectUserRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var workspaceID: Int64
    public var projectID: Int64
    public var userID: Int64
    public var manager: Bool
    public var rate: Double?
    public var laborCost: Double?
    public var at: Date

    public init(id: Int64, workspaceID: Int64, projectID: Int64, userID: Int64, manager: Bool = false,
                rate: Double? = nil, laborCost: Double? = nil, at: Date) {
        self.id = id
        self.workspaceID = workspaceID
        self.projectID = projectID
        self.userID = userID
        self.manager = manager
        self.rate = rate
        self.laborCost = laborCost
        self.at = at
    }
}
