import Foundation
import TogglAPI
import TogglModels

/// ``CLIWriter`` that sends every write to Toggl at once (one request each) and mirrors entry
/// changes into the local store when there is one.
public struct APIWriter: CLIWriter {
    /// The client the writes go through.
    public let api: TogglAPIClient
    /// Where entry changes are mirrored.
    public let mirror: StoreMirror

    /// A writer on `api`.
    public init(api: TogglAPIClient, mirror: StoreMirror) {
        self.api = api
        self.mirror = mirror
    }

    public func startEntry(in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        var body = payload
        body.duration = -1
        let entry = try await api.timeEntries.create(in: workspaceID, body)
        mirror.upsert(entry)
        return entry
    }

    public func stopEntry(_ id: Int64, in workspaceID: Int64) async throws -> TimeEntry? {
        let entry = try await api.timeEntries.stop(id, in: workspaceID).entry
        if let entry { mirror.upsert(entry) }
        return entry
    }

    public func createEntry(in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        let entry = try await api.timeEntries.create(in: workspaceID, payload)
        mirror.upsert(entry)
        return entry
    }

    public func updateEntry(_ id: Int64, in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        let entry = try await api.timeEntries.update(id, in: workspaceID, payload)
        mirror.upsert(entry)
        return entry
    }

    public func deleteEntry(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.timeEntries.delete(id, in: workspaceID)
        mirror.remove(id)
    }

    public func createClient(in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client {
        try await api.clients.create(in: workspaceID, payload)
    }

    public func updateClient(_ id: Int64, in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client {
        try await api.clients.update(id, in: workspaceID, payload)
    }

    public func deleteClient(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.clients.delete(id, in: workspaceID)
    }

    public func archiveClient(_ id: Int64, in workspaceID: Int64) async throws -> [Int64] {
        try await api.clients.archive(id, in: workspaceID)
    }

    public func restoreClient(_ id: Int64, in workspaceID: Int64, allProjects: Bool) async throws -> Client {
        try await api.clients.restore(id, in: workspaceID, restoreAllProjects: allProjects)
    }

    public func createProject(in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        try await api.projects.create(in: workspaceID, payload)
    }

    public func updateProject(_ id: Int64, in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        try await api.projects.update(id, in: workspaceID, payload)
    }

    public func deleteProject(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.projects.delete(id, in: workspaceID)
    }

    public func createTag(in workspaceID: Int64, name: String) async throws -> Tag {
        try await api.tags.create(in: workspaceID, name: name)
    }

    public func updateTag(_ id: Int64, in workspaceID: Int64, name: String) async throws -> Tag {
        try await api.tags.update(id, in: workspaceID, name: name)
    }

    public func deleteTag(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.tags.delete(id, in: workspaceID)
    }

    public func createTask(in workspaceID: Int64, projectID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        try await api.tasks.create(in: workspaceID, projectID: projectID, payload)
    }

    public func updateTask(_ id: Int64, projectID: Int64, in workspaceID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        try await api.tasks.update(id, projectID: projectID, in: workspaceID, payload)
    }

    public func deleteTask(_ id: Int64, projectID: Int64, in workspaceID: Int64) async throws {
        try await api.tasks.delete(id, projectID: projectID, in: workspaceID)
    }

    public func createProjectUser(in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser {
        try await api.projectUsers.create(in: workspaceID, payload)
    }

    public func updateProjectUser(_ id: Int64, in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser {
        try await api.projectUsers.update(id, in: workspaceID, payload)
    }

    public func deleteProjectUser(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.projectUsers.delete(id, in: workspaceID)
    }
}
