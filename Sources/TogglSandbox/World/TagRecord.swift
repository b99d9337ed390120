import Foundation

/// A tag. Deleting sets ``deletedAt``.
public struct TagRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var workspaceID: Int64
    public var name: String
    public var creatorID: Int64
    public var at: Date
    public var deletedAt: Date?

    public init(id: Int64, workspaceID: Int64, name: String, creatorID: Int64, at: Date, deletedAt: Date? = nil) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.creatorID = creatorID
        self.at = at
        self.deletedAt = deletedAt
    }
}
