import Foundation
import TogglAPI
import TogglModels

/// ``CLIWriter`` that sends every write to Toggl at once (one request each) and mirrors what
/// changed (entries, clients, projects, tasks, tags) into the local store when there is one.
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
        let client = try await api.clients.create(in: workspaceID, payload)
        mirror.changeCatalog { StoreMirror.upserting(client, in: &$0.clients) }
        return client
    }

    public func updateClient(_ id: Int64, in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client {
        let client = try await api.clients.update(id, in: workspaceID, payload)
        mirror.changeCatalog { StoreMirror.upserting(client, in: &$0.clients) }
        return client
    }

    public func deleteClient(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.clients.delete(id, in: workspaceID)
        mirror.changeCatalog { $0.clients.removeAll { $0.id == id } }
    }

    public func archiveClient(_ id: Int64, in workspaceID: Int64) async throws -> [Int64] {
        let archived = try await api.clients.archive(id, in: workspaceID)
        mirror.changeCatalog { catalog in
            for index in catalog.clients.indices where catalog.clients[index].id == id { catalog.clients[index].archived = true }
            for index in catalog.projects.indices where archived.contains(catalog.projects[index].id) { catalog.projects[index].active = false }
        }
        return archived
    }

    public func restoreClient(_ id: Int64, in workspaceID: Int64, allProjects: Bool) async throws -> Client {
        let client = try await api.clients.restore(id, in: workspaceID, restoreAllProjects: allProjects)
        mirror.changeCatalog { catalog in
            StoreMirror.upserting(client, in: &catalog.clients)
            guard allProjects else { return }
            for index in catalog.projects.indices where catalog.projects[index].clientID == id { catalog.projects[index].active = true }
        }
        return client
    }

    public func createProject(in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        let project = try await api.projects.create(in: workspaceID, payload)
        mirror.changeCatalog { StoreMirror.upserting(project, in: &$0.projects) }
        return project
    }

    public func updateProject(_ id: Int64, in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        let project = try await api.projects.update(id, in: workspaceID, payload)
        mirror.changeCatalog { StoreMirror.upserting(project, in: &$0.projects) }
        return project
    }

    public func deleteProject(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.projects.delete(id, in: workspaceID)
        mirror.changeCatalog { $0.projects.removeAll { $0.id == id } }
    }

    public func createTag(in workspaceID: Int64, name: String) async throws -> Tag {
        let tag = try await api.tags.create(in: workspaceID, name: name)
        mirror.changeCatalog { StoreMirror.upserting(tag, in: &$0.tags) }
        return tag
    }

    public func updateTag(_ id: Int64, in workspaceID: Int64, name: String) async throws -> Tag {
        let tag = try await api.tags.update(id, in: workspaceID, name: name)
        mirror.changeCatalog { StoreMirror.upserting(tag, in: &$0.tags) }
        return tag
    }

    public func deleteTag(_ id: Int64, in workspaceID: Int64) async throws {
        try await api.tags.delete(id, in: workspaceID)
        mirror.changeCatalog { $0.tags.removeAll { $0.id == id } }
    }

    public func createTask(in workspaceID: Int64, projectID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        let task = try await api.tasks.create(in: workspaceID, projectID: projectID, payload)
        mirror.changeCatalog { StoreMirror.upserting(task, in: &$0.tasks) }
        return task
    }

    public func updateTask(_ id: Int64, projectID: Int64, in workspaceID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        let task = try await api.tasks.update(id, projectID: projectID, in: workspaceID, payload)
        mirror.changeCatalog { StoreMirror.upserting(task, in: &$0.tasks) }
        return task
    }

    public func deleteTask(_ id: Int64, projectID: Int64, in workspaceID: Int64) async throws {
        try await api.tasks.delete(id, projectID: projectID, in: workspaceID)
        mirror.changeCatalog { $0.tasks.removeAll { $0.id == id } }
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
