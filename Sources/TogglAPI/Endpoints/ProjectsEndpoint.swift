import Foundation
import TogglModels

/// A workspace's projects: `/workspaces/{wid}/projects…`.
///
/// Every call counts against the workspace's organization quota. The cross-workspace
/// `/me/projects` lists live with the `/me` endpoints.
public struct ProjectsEndpoint: Sendable {
    let api: TogglAPIClient

    /// The most projects Toggl returns per page.
    public static let maxPerPage = 200
    /// ``list(in:active:since:billable:clientIDs:projectIDs:userIDs:groupIDs:name:search:onlyMe:onlyEditable:onlyTemplates:perPage:)``
    /// stops after this many pages even if the last one was full (a guard against a server that
    /// ignores `page`).
    public static let maxPages = 500

    /// Every project of a workspace that matches the filters (`GET /workspaces/{wid}/projects`),
    /// fetched page by page (`page` 1, 2, … with `per_page`) until a page is shorter than
    /// `perPage`.
    ///
    /// Toggl answers a plain array without paging headers, so a short page is the only end
    /// marker. Paging also stops when a full page brings no project not seen before, or after
    /// ``maxPages`` pages; a project seen on two pages is kept once.
    /// - Parameters:
    ///   - active: active, archived or both; `nil` sends nothing (Toggl's default).
    ///   - since: only projects created, changed or deleted at or after this moment (sent as
    ///     unix seconds; the answer includes deleted projects).
    ///   - billable: only billable (`true`) or non-billable (`false`) projects.
    ///   - clientIDs, projectIDs, userIDs, groupIDs: only projects matching these ids. An
    ///     empty list matches nothing, so nothing is sent and the result is `[]`.
    ///   - name: Toggl's `name` filter.
    ///   - search: Toggl's `search` filter.
    ///   - onlyMe: only projects assigned to the caller.
    ///   - onlyEditable: only projects the caller may edit.
    ///   - onlyTemplates: only project templates.
    ///   - perPage: page size, clamped to 1…``maxPerPage``.
    public func list(
        in workspaceID: Int64,
        active: ProjectActiveFilter? = nil,
        since: Date? = nil,
        billable: Bool? = nil,
        clientIDs: [Int64]? = nil,
        projectIDs: [Int64]? = nil,
        userIDs: [Int64]? = nil,
        groupIDs: [Int64]? = nil,
        name: String? = nil,
        search: String? = nil,
        onlyMe: Bool? = nil,
        onlyEditable: Bool? = nil,
        onlyTemplates: Bool? = nil,
        perPage: Int = ProjectsEndpoint.maxPerPage
    ) async throws -> [Project] {
        let filters = Filters(
            active: active, since: since, billable: billable, clientIDs: clientIDs, projectIDs: projectIDs,
            userIDs: userIDs, groupIDs: groupIDs, name: name, search: search, onlyMe: onlyMe,
            onlyEditable: onlyEditable, onlyTemplates: onlyTemplates)
        guard !filters.matchesNothing else { return [] }
        let size = Self.clamp(perPage)
        var projects: [Project] = []
        var seen: Set<Int64> = []
        for page in 1...Self.maxPages {
            let batch = try await fetchPage(workspaceID, page: page, perPage: size, filters: filters)
            let fresh = batch.filter { seen.insert($0.id).inserted }
            projects.append(contentsOf: fresh)
            if batch.count < size || fresh.isEmpty { break }
        }
        return projects
    }

    /// One page of a workspace's projects (`GET /workspaces/{wid}/projects` with `page` and
    /// `per_page`); the filters are those of
    /// ``list(in:active:since:billable:clientIDs:projectIDs:userIDs:groupIDs:name:search:onlyMe:onlyEditable:onlyTemplates:perPage:)``.
    /// - Parameters:
    ///   - page: the page number, 1-based (values below 1 are sent as 1).
    ///   - perPage: page size, clamped to 1…``maxPerPage``.
    public func listPage(
        in workspaceID: Int64,
        page: Int,
        perPage: Int = ProjectsEndpoint.maxPerPage,
        active: ProjectActiveFilter? = nil,
        since: Date? = nil,
        billable: Bool? = nil,
        clientIDs: [Int64]? = nil,
        projectIDs: [Int64]? = nil,
        userIDs: [Int64]? = nil,
        groupIDs: [Int64]? = nil,
        name: String? = nil,
        search: String? = nil,
        onlyMe: Bool? = nil,
        onlyEditable: Bool? = nil,
        onlyTemplates: Bool? = nil
    ) async throws -> [Project] {
        let filters = Filters(
            active: active, since: since, billable: billable, clientIDs: clientIDs, projectIDs: projectIDs,
            userIDs: userIDs, groupIDs: groupIDs, name: name, search: search, onlyMe: onlyMe,
            onlyEditable: onlyEditable, onlyTemplates: onlyTemplates)
        guard !filters.matchesNothing else { return [] }
        return try await fetchPage(workspaceID, page: max(1, page), perPage: Self.clamp(perPage), filters: filters)
    }

    /// One project (`GET /workspaces/{wid}/projects/{pid}`), or `nil` when Toggl answers 404.
    public func get(_ id: Int64, in workspaceID: Int64) async throws -> Project? {
        do {
            return try await api.send(APIRequest(.get, Self.path(workspaceID, id)), decoding: Project?.self)
        } catch APIError.notFound {
            return nil
        }
    }

    /// Creates a project (`POST /workspaces/{wid}/projects`).
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload has no name or
    ///   only whitespace; otherwise what Toggl answers (e.g. 403 when only admins may create
    ///   projects, 402 for premium fields on a free workspace).
    public func create(in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        _ = try EndpointInputs.requireName(payload.name, of: "Project")
        let request = try APIRequest(.post, Self.path(workspaceID), json: payload)
        return try await api.send(request, decoding: Project.self)
    }

    /// Changes a project (`PUT /workspaces/{wid}/projects/{pid}`); only the payload's set fields
    /// are sent (`active: false` archives it).
    /// - Throws: ``APIError/invalidRequest(_:)`` before sending when the payload sets a blank name.
    public func update(_ id: Int64, in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        try EndpointInputs.rejectBlankName(payload.name, of: "Project")
        let request = try APIRequest(.put, Self.path(workspaceID, id), json: payload)
        return try await api.send(request, decoding: Project.self)
    }

    /// Deletes a project (`DELETE /workspaces/{wid}/projects/{pid}`).
    /// - Parameter timeEntries: what to do with the project's time entries (`teDeletionMode`);
    ///   `nil` sends nothing and leaves it to Toggl.
    public func delete(_ id: Int64, in workspaceID: Int64, timeEntries: ProjectDeletionMode? = nil) async throws {
        let query = timeEntries.map { [QueryItem("teDeletionMode", $0.rawValue)] } ?? []
        try await api.send(APIRequest(.delete, Self.path(workspaceID, id), query: query))
    }

    /// Applies JSON Patch operations to several projects at once
    /// (`PATCH /workspaces/{wid}/projects/{id,id,…}`), e.g. `.replace("/color", with: "#2da608")`.
    /// Toggl patches each project on its own, without a transaction.
    /// - Returns: the ids patched and those that failed, with reasons; an empty `ids` sends
    ///   nothing and returns an empty result.
    /// - Throws: ``APIError/invalidRequest(_:)`` when `operations` is empty.
    public func bulkEdit(_ ids: [Int64], in workspaceID: Int64, operations: [JSONPatchOperation]) async throws -> BulkEditResult {
        guard !ids.isEmpty else { return BulkEditResult() }
        guard !operations.isEmpty else { throw APIError.invalidRequest("A bulk edit needs at least one operation") }
        let path = Self.path(workspaceID) + "/" + EndpointInputs.commaList(ids)
        let request = try APIRequest(.patch, path, json: operations)
        return try await api.send(request, decoding: BulkEditResult.self)
    }

    // MARK: Helpers

    /// The optional filters of the projects list, as query items.
    private struct Filters {
        var active: ProjectActiveFilter?
        var since: Date?
        var billable: Bool?
        var clientIDs: [Int64]?
        var projectIDs: [Int64]?
        var userIDs: [Int64]?
        var groupIDs: [Int64]?
        var name: String?
        var search: String?
        var onlyMe: Bool?
        var onlyEditable: Bool?
        var onlyTemplates: Bool?

        /// An empty id filter can match no project.
        var matchesNothing: Bool {
            [clientIDs, projectIDs, userIDs, groupIDs].contains { $0?.isEmpty == true }
        }

        var queryItems: [QueryItem] {
            var items: [QueryItem] = []
            if let active { items.append(QueryItem("active", active.rawValue)) }
            if let since { items.append(QueryItem("since", EndpointInputs.unixSeconds(since))) }
            if let billable { items.append(QueryItem("billable", EndpointInputs.flag(billable))) }
            if let clientIDs { items.append(QueryItem("client_ids", EndpointInputs.commaList(clientIDs))) }
            if let projectIDs { items.append(QueryItem("project_ids", EndpointInputs.commaList(projectIDs))) }
            if let userIDs { items.append(QueryItem("user_ids", EndpointInputs.commaList(userIDs))) }
            if let groupIDs { items.append(QueryItem("group_ids", EndpointInputs.commaList(groupIDs))) }
            if let name { items.append(QueryItem("name", name)) }
            if let search { items.append(QueryItem("search", search)) }
            if let onlyMe { items.append(QueryItem("only_me", EndpointInputs.flag(onlyMe))) }
            if let onlyEditable { items.append(QueryItem("only_editable", EndpointInputs.flag(onlyEditable))) }
            if let onlyTemplates { items.append(QueryItem("only_templates", EndpointInputs.flag(onlyTemplates))) }
            return items
        }
    }

    private func fetchPage(_ workspaceID: Int64, page: Int, perPage: Int, filters: Filters) async throws -> [Project] {
        let query = filters.queryItems + [QueryItem("page", String(page)), QueryItem("per_page", String(perPage))]
        let request = APIRequest(.get, Self.path(workspaceID), query: query)
        return try await api.send(request, decoding: [Project]?.self) ?? []
    }

    private static func clamp(_ perPage: Int) -> Int {
        min(max(perPage, 1), maxPerPage)
    }

    static func path(_ workspaceID: Int64) -> String {
        "/workspaces/\(workspaceID)/projects"
    }

    static func path(_ workspaceID: Int64, _ id: Int64) -> String {
        "/workspaces/\(workspaceID)/projects/\(id)"
    }
}

extension TogglAPIClient {
    /// A workspace's projects: paged list, get, create, update, delete and bulk edit.
    public var projects: ProjectsEndpoint { ProjectsEndpoint(api: self) }
}
