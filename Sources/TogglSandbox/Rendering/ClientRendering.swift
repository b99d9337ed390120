import TogglModels

extension ClientRecord {
    /// The client in Toggl's read shape (`wid`, `creator_id`; notes only when set).
    func rendered() -> Client {
        Client(
            id: id,
            workspaceID: workspaceID,
            name: name,
            archived: archived,
            at: at,
            creatorID: creatorID,
            notes: notes,
            externalReference: externalReference
        )
    }
}
