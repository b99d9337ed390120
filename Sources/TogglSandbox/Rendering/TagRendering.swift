import TogglModels

extension TagRecord {
    /// The tag in Toggl's read shape; a deleted tag carries `deleted_at` (seen through `since`).
    func rendered() -> Tag {
        Tag(id: id, workspaceID: workspaceID, name: name, at: at, creatorID: creatorID, deletedAt: deletedAt)
    }
}
