import Foundation

/// A client. Deleting removes the row (clients have no soft delete).
public struct ClientRecord: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64
    public var workspaceID: Int64
    public var name: String
    public var notes: String?
    public var externalReference: String?
    public var archived: Bool
    public var creatorID: Int64
    public var at: Date

    public init(id: Int64, workspaceID: Int64, name: String, notes: String? = nil, externalReference: String? = nil,
                archived: Bool = false, creatorID: Int64, at: Date) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.notes = notes
        self.externalReference = externalReference
        self.archived = archived
        self.creatorID = creatorID
        self.at = at
    }
}
