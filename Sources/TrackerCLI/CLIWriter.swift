import Foundation
import TogglModels

/// The one seam every write of the command line goes through. Today ``APIWriter`` sends each
/// write to Toggl at once; the offline journal will implement this protocol (journal, apply to
/// the store, try one send) without any command changing.
///
/// Each method returns what Toggl (or the journal) says the object now is.
public protocol CLIWriter: Sendable {
    /// Starts a timer (stopping any running one, as Toggl does).
    func startEntry(in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry
    /// Stops a running entry now; nil when it was already stopped.
    func stopEntry(_ id: Int64, in workspaceID: Int64) async throws -> TimeEntry?
    /// Creates a finished entry.
    func createEntry(in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry
    /// Changes the fields set in `payload`.
    func updateEntry(_ id: Int64, in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry
    /// Deletes an entry.
    func deleteEntry(_ id: Int64, in workspaceID: Int64) async throws

    /// Creates a client.
    func createClient(in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client
    /// Changes a client.
    func updateClient(_ id: Int64, in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client
    /// Deletes a client.
    func deleteClient(_ id: Int64, in workspaceID: Int64) async throws
    /// Archives a client (and its projects); returns the archived project ids.
    func archiveClient(_ id: Int64, in workspaceID: Int64) async throws -> [Int64]
    /// Restores an archived client (and, with `allProjects`, its projects).
    func restoreClient(_ id: Int64, in workspaceID: Int64, allProjects: Bool) async throws -> Client

    /// Creates a project.
    func createProject(in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project
    /// Changes a project.
    func updateProject(_ id: Int64, in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project
    /// Deletes a project.
    func deleteProject(_ id: Int64, in workspaceID: Int64) async throws

    /// Creates a tag.
    func createTag(in workspaceID: Int64, name: String) async throws -> Tag
    /// Renames a tag.
    func updateTag(_ id: Int64, in workspaceID: Int64, name: String) async throws -> Tag
    /// Deletes a tag.
    func deleteTag(_ id: Int64, in workspaceID: Int64) async throws

    /// Creates a task.
    func createTask(in workspaceID: Int64, projectID: Int64, _ payload: TaskPayload) async throws -> ProjectTask
    /// Changes a task.
    func updateTask(_ id: Int64, projectID: Int64, in workspaceID: Int64, _ payload: TaskPayload) async throws -> ProjectTask
    /// Deletes a task.
    func deleteTask(_ id: Int64, projectID: Int64, in workspaceID: Int64) async throws

    /// Adds a user to a project.
    func createProjectUser(in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser
    /// Changes a project membership.
    func updateProjectUser(_ id: Int64, in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser
    /// Removes a user from a project.
    func deleteProjectUser(_ id: Int64, in workspaceID: Int64) async throws
}
