import Foundation
import TogglModels

/// ``EntryFields`` resolved to ids: the workspace, project, task and tag names.
public struct EntryResolution: Sendable {
    /// The workspace.
    public var workspaceID: Int64
    /// The project (nil: none given or `''`).
    public var projectID: Int64?
    /// Whether the project was given as `''` (clear it).
    public var clearsProject = false
    /// The task.
    public var taskID: Int64?
    /// Tag names to set (canonical spelling).
    public var tags: [String]

    /// Resolves the fields for a new entry. Spends no request when nothing needs a name and
    /// `default_wid` is set; reads the store (or bootstraps once) otherwise.
    public static func resolve(_ fields: EntryNames, in session: CLISession, workspaceID fixed: Int64? = nil) async throws -> EntryResolution {
        let needsCatalog = fields.project != nil || fields.task != nil || fields.workspace != nil || fields.tags != nil
            || (fixed == nil && session.context.defaultWorkspaceID == nil)
        var workspaceID: Int64
        if needsCatalog {
            if let fixed, fields.workspace == nil {
                workspaceID = fixed
                try await session.loadCatalog()
            } else {
                workspaceID = try await session.workspace(fields.workspace).id
            }
        } else {
            workspaceID = fixed ?? session.context.defaultWorkspaceID ?? 0
            _ = session.storedCatalogIfAny()
        }
        var result = EntryResolution(workspaceID: workspaceID, tags: [])
        if let query = fields.project {
            if query.trimmingCharacters(in: .whitespaces).isEmpty {
                result.clearsProject = true
            } else {
                let project = try await session.project(query, in: workspaceID)
                result.projectID = project.id
            }
        }
        if let query = fields.task {
            let task = try await session.task(query, projectID: result.projectID, in: workspaceID)
            result.taskID = task.id
            result.projectID = task.projectID
        }
        if let tags = fields.tags {
            result.tags = session.tagNames(TagEdit(parsing: tags).namesToSet, in: workspaceID)
        }
        result.workspaceID = workspaceID
        return result
    }
}
