import Foundation
import TogglModels

/// Tasks (to-dos inside projects): `/workspaces/{wid}/projects/{pid}/tasks…` and the
/// workspace-wide `/workspaces/{wid}/tasks`.
///
/// Every call counts against the workspace's organization quota. The cross-workspace
/// `/me/tasks` list lives with the `/me` endpoints.
public struct TasksEndpoint: Sendable {
    let api: TogglAPIClient

    /// ``listAllInWorkspace(in:since:active:projectID:search:perPage:)`` stops after this many
    /// pages even if the last one was full.
    public static let maxPages = 500

    /// The tasks of one project (`GET /workspaces/{wid}/projects/{pid}/tasks`).
    /// - Parameter active: `true` lists only open tasks. Toggl lists all tasks when the
    ///   parameter is absent (`nil`) and, per its documentation, also for `false`.
    /// - Returns: the tasks; `[]` when Toggl answers `null`.
    public func list(in workspaceID: Int64, projectID: Int64, active: Bool? = nil) async throws -> [ProjectTask] {
        let query = active.map { [QueryItem("active", EndpointInputs.flag($0))] } ?? []
        let request = APIRequest(.get, Self.path(workspaceID, projectID), query: query)
        return try await api.send(request, decoding: [ProjectTask]?.self) ?? []
    }

    /// One page of a workspace's tasks (`GET /workspaces/{wid}/tasks`), which Toggl wraps in an
    /// envelope with the page number, size and total count.
    /// - Parameters:
    ///   - since: only tasks created, changed or deleted at or after this moment (unix seconds).
    ///   - page: 1-based page number; `nil` leaves it to Toggl (page 1).
    ///   - perPage: page size; `nil` leaves it to Toggl (50).
    ///   - active: open, done or both; `nil` leaves it to Toggl.
    ///   - projectID: only tasks of this project (`pid`).
    ///   - search: only tasks whose name matches.
    public func listInWorkspace(
        in workspaceID: Int64,
        since: Date? = nil,
        page: Int? = nil,
        perPage: Int? = nil,
        active: TaskActiveFilter? = nil,
        projectID: Int64? = nil,
        search: String? = nil
    ) async throws -> WorkspaceTasksPage {
        var query: [QueryItem] = []
        if let since { query.append(QueryItem("since", EndpointInputs.unixSeconds(since))) }
        if let page { query.append(QueryItem("page", String(max(1, page)))) }
        if let perPage { query.append(QueryItem("per_page", String(max(1, perPage)))) }
        if let active { query.append(QueryItem("active", active.rawValue)) }
        if let projectID { query.append(QueryItem("pid", String(projectID))) }
        if let search { query.append(QueryItem("search", search)) }
        let request = APIRequest(.get, "/workspaces/\(workspaceID)/tasks", query: query)
        return try await api.send(request, decoding: WorkspaceTasksPage?.self) ?? WorkspaceTasksPage()
    }

    /// Every task of a workspace that matches the filters, fetched with
    /// ``listInWorkspace(in:since:page:perPage:active:projectID:search:)`` page by page.
    ///
    /// Paging stops at an empty or short page (shorter than the page size Toggl reports, else
    /// than `perPage`), once `total_count` tasks are collected, when a page brings no task not
    /// seen before, or after ``maxPages`` pages. A task seen on two pages is kept once.
    public func listAllInWorkspace(
        in workspaceID: Int64,
        since: Date? = nil,
        active: TaskActiveFilter? = nil,
        projectID: Int64? = nil,
        search: String? = nil,
        perPage: Int = 200
    ) async throws -> [ProjectTask] {
        let size = max(1, perPage)
        var tasks: [ProjectTask] = []
        var seen: Set<Int64> = []
        for page in 1...Self.maxPages {
            let envelope = try await listInWorkspace(
                in: workspaceID, since: since, page: page, perPage: size, active: active, projectID: projectID,
                search: search)
            let fresh = envelope.data.filter { seen.insert($0.id).inserted }
            tasks.append(contentsOf: fresh)
            let pageSize = envelope.perPage.flatMap { $0 > 0 ? $0 : nil } ?? size
            if envelope.data.count < pageSize || fresh.isEmpty { break }
            if let total = envelope.totalCount, tasks.count >= total { break }
        }
        return tasks
    }

    /// One task (`GET /workspaces/{wid}/projects/{pid}/tasks/{tid}`), or `nil` when Toggl
    /// answers 404.
    public func get(_ id: Int64, projectID: Int64, in workspaceID: Int64) async throws -> ProjectTask? {
        do {
            let request = APIRequest(.get, Self.path(workspaceID, projectID, id))
            return try await api.send(request, decoding: ProjectTask?.self)
        } catch APIError.notFound {
            return nil
        }
    }

    /// Creates a task in a project (`POST /workspaces/{wid}/projects/{pid}/tasks`).
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload has no name or
    ///   only whitespace; otherwise what Toggl answers (e.g. 400 for an archived project).
    public func create(in workspaceID: Int64, projectID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        _ = try EndpointInputs.requireName(payload.name, of: "Task")
        let request = try APIRequest(.post, Self.path(workspaceID, projectID), json: payload)
        return try await api.send(request, decoding: ProjectTask.self)
    }

    /// Changes a task (`PUT /workspaces/{wid}/projects/{pid}/tasks/{tid}`); only the payload's
    /// set fields are sent (`active: false` marks it done).
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload sets a blank name.
    public func update(_ id: Int64, projectID: Int64, in workspaceID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        try EndpointInputs.rejectBlankName(payload.name, of: "Task")
        let request = try APIRequest(.put, Self.path(workspaceID, projectID, id), json: payload)
        return try await api.send(request, decoding: ProjectTask.self)
    }

    /// Deletes a task (`DELETE /workspaces/{wid}/projects/{pid}/tasks/{tid}`).
    public func delete(_ id: Int64, projectID: Int64, in workspaceID: Int64) async throws {
        try await api.send(APIRequest(.delete, Self.path(workspaceID, projectID, id)))
    }

    /// Applies JSON Patch operations to several tasks of one project
    /// (`PATCH /workspaces/{wid}/projects/{pid}/tasks/{id,id,…}`), e.g.
    /// `.replace("/active", with: .bool(false))`. Toggl patches each task on its own.
    /// - Returns: the ids patched and those that failed; an empty `ids` sends nothing.
    /// - Throws: ``APIError/invalidRequest(_:)`` when `operations` is empty.
    public func bulkEdit(
        _ ids: [Int64], projectID: Int64, in workspaceID: Int64, operations: [JSONPatchOperation]
    ) async throws -> BulkEditResult {
        guard !ids.isEmpty else { return BulkEditResult() }
        guard !operations.isEmpty else { throw APIError.invalidRequest("A bulk edit needs at least one operation") }
        let path = Self.path(workspaceID, projectID) + "/" + EndpointInputs.commaList(ids)
        let request = try APIRequest(.patch, path, json: operations)
        return try await api.send(request, decoding: BulkEditResult.self)
    }

    static func path(_ workspaceID: Int64, _ projectID: Int64) -> String {
        "/workspaces/\(workspaceID)/projects/\(projectID)/tasks"
    }

    static func path(_ workspaceID: Int64, _ projectID: Int64, _ id: Int64) -> String {
        "/workspaces/\(workspaceID)/projects/\(projectID)/tasks/\(id)"
    }
}

extension TogglAPIClient {
    /// Tasks: per project and workspace-wide lists, get, create, update, delete and bulk edit.
    public var tasks: TasksEndpoint { TasksEndpoint(api: self) }
}
