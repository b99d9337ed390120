import Foundation
import TogglModels

extension SandboxRoutes {
    /// The projects routes: list/create, get/update/delete, and the JSON Patch bulk edit.
    static let projects: [SandboxRoute] = [
        SandboxRoute("GET", "/workspaces/{workspace_id}/projects", handler: ProjectHandlers.list),
        SandboxRoute("POST", "/workspaces/{workspace_id}/projects", handler: ProjectHandlers.create),
        SandboxRoute("GET", "/workspaces/{workspace_id}/projects/{project_id}", handler: ProjectHandlers.get),
        SandboxRoute("PUT", "/workspaces/{workspace_id}/projects/{project_id}", handler: ProjectHandlers.update),
        SandboxRoute("DELETE", "/workspaces/{workspace_id}/projects/{project_id}", handler: ProjectHandlers.delete),
        SandboxRoute("PATCH", "/workspaces/{workspace_id}/projects/{project_ids}", handler: ProjectHandlers.patch),
    ]
}

/// The handlers of ``SandboxRoutes/projects``.
enum ProjectHandlers {
    /// `per_page` when none is given, and its ceiling.
    static let defaultPerPage = 151
    static let maxPerPage = 200

    /// Toggl's project colours, handed out in turn when a project is created without one.
    static let palette = [
        "#0b83d9", "#9e5bd9", "#d94182", "#e36a00", "#bf7000", "#c7af14", "#d92b2b",
        "#2da608", "#06a893", "#c9806b", "#465bb3", "#990099", "#566614", "#525266",
    ]

    static let notFound = SandboxFailure.notFound("Project not found/accessible")

    // MARK: List

    /// `GET /workspaces/{wid}/projects`: a plain array, sorted by name, paged with `page`
    /// (1-based) and `per_page` (default 151, at most 200). Without `active` both active and
    /// archived projects are listed (Toggl's default is undocumented). `since` adds deleted rows.
    @Sendable static func list(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let since = try EntityQuery.since(context)
        let active = EntityQuery.activeFilter(context)
        let billable = EntityQuery.activeFilter(context, "billable")
        let clientIDs = try EntityQuery.idList(context, "client_ids").map(Set.init)
        let projectIDs = try EntityQuery.idList(context, "project_ids").map(Set.init)
        let userIDs = try EntityQuery.idList(context, "user_ids").map(Set.init)
        let statuses = context.request.queryValue("statuses").map {
            Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        }
        let name = context.request.queryValue("name")
        let search = context.request.queryValue("search")
        let onlyTemplates = context.flag("only_templates") ?? false
        let onlyMe = context.flag("only_me") ?? false
        let members = world.projectUsers.filter { $0.workspaceID == workspace.id }
        let now = context.now

        var rows = EntityQuery.sinceFilter(
            world.projectsVisible(to: context.userID).filter { $0.workspaceID == workspace.id },
            since: since, at: \.at, deleted: { $0.deletedAt != nil })
        rows = rows.filter { project in
            if project.deletedAt == nil, let active, project.active != active { return false }
            if let billable, project.billable != billable { return false }
            if let clientIDs, !clientIDs.contains(project.clientID ?? 0) { return false }
            if let projectIDs, !projectIDs.contains(project.id) { return false }
            if let userIDs, !members.contains(where: { $0.projectID == project.id && userIDs.contains($0.userID) }) {
                return false
            }
            if let statuses, !statuses.contains(project.status(now: now)) { return false }
            if onlyTemplates, !project.isTemplate { return false }
            if onlyMe, !members.contains(where: { $0.projectID == project.id && $0.userID == context.userID }) {
                return false
            }
            return EntityQuery.matches(project.name, name) && EntityQuery.matches(project.name, search)
        }
        rows = sorted(rows, context)
        let perPage = min(EntityQuery.positiveInt(context, "per_page") ?? defaultPerPage, maxPerPage)
        let page = EntityQuery.positiveInt(context, "page") ?? 1
        let totals = world.trackedTotals(now: now)
        let body = EntityQuery.page(rows, page: page, perPage: perPage)
            .map { $0.rendered(in: world, totals: totals, now: now) }
        return .json(body)
    }

    /// `sort_field` `name` (default), `created_at` or `at`; `sort_order` `asc` (default) or
    /// `desc`; `sort_pinned=true` puts pinned projects first.
    static func sorted(_ rows: [ProjectRecord], _ context: RouteContext) -> [ProjectRecord] {
        let field = context.request.queryValue("sort_field")?.lowercased() ?? "name"
        let descending = context.request.queryValue("sort_order")?.lowercased() == "desc"
        let pinnedFirst = context.flag("sort_pinned") ?? false
        return rows.sorted { lhs, rhs in
            if pinnedFirst, lhs.pinned != rhs.pinned { return lhs.pinned }
            let ascending: Bool
            switch field {
            case "created_at":
                ascending = lhs.createdAt == rhs.createdAt ? lhs.id < rhs.id : lhs.createdAt < rhs.createdAt
            case "at":
                ascending = lhs.at == rhs.at ? lhs.id < rhs.id : lhs.at < rhs.at
            default:
                ascending = EntityQuery.byName(lhs.name, lhs.id, rhs.name, rhs.id)
            }
            return descending ? !ascending : ascending
        }
    }

    // MARK: Create

    @Sendable static func create(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let isAdmin = world.isWorkspaceAdmin(context.userID, of: workspace.id)
        if workspace.onlyAdminsMayCreateProjects, !isAdmin {
            throw SandboxFailure.forbidden("Only admins may create projects in this workspace")
        }
        let payload = try context.body(ProjectPayload.self)
        let paid = world.plan(ofWorkspace: workspace.id).isPaid
        let sameWorkspace = world.projects.filter { $0.workspaceID == workspace.id }
        var project = ProjectRecord(
            id: 0, workspaceID: workspace.id, name: "",
            color: palette[sameWorkspace.count % palette.count],
            isPrivate: true, billable: paid && workspace.projectsBillableByDefault,
            startDate: WorkspaceRecord.startOfUTCDay(context.now), createdAt: context.now, at: context.now)
        try apply(payload, to: &project, isNew: true, world: world)
        project.id = world.makeID()
        world.projects.upsert(project)
        if project.isPrivate {
            // The creator of a private project is its member (and manager), or could not see it.
            world.projectUsers.upsert(ProjectUserRecord(
                id: world.makeID(), workspaceID: workspace.id, projectID: project.id,
                userID: context.userID, manager: true, at: context.now))
        }
        return .json(project.rendered(in: world, totals: world.trackedTotals(now: context.now), now: context.now))
    }

    /// Applies a payload to a project, validating as Toggl does: premium fields on a Free
    /// workspace (402), an unknown client, a bad colour, an empty or duplicate name (400).
    static func apply(_ payload: ProjectPayload, to project: inout ProjectRecord, isNew: Bool, world: SandboxWorld) throws {
        let workspaceID = project.workspaceID
        if !world.plan(ofWorkspace: workspaceID).isPaid, usesPremiumFeatures(payload) {
            throw SandboxFailure.premiumRequired
        }
        if isNew || payload.name != nil {
            let name = EntityQuery.trimmed(payload.name ?? "")
            guard !name.isEmpty else { throw SandboxFailure.badRequest("project name can't be blank") }
            project.name = name
        }
        switch payload.clientID {
        case .set(let clientID):
            guard world.clientRecord(clientID, inWorkspace: workspaceID) != nil else {
                throw SandboxFailure.badRequest("Client with the ID \(clientID) isn't present in workspace \(workspaceID)")
            }
            project.clientID = clientID
        case .clear: project.clientID = nil
        case nil: break
        }
        let taken = world.projects.all.contains {
            $0.workspaceID == workspaceID && $0.id != project.id && $0.deletedAt == nil
                && $0.clientID == project.clientID && $0.name.lowercased() == project.name.lowercased()
        }
        guard !taken else { throw SandboxFailure.badRequest("Name has already been taken") }
        if let color = payload.color { project.color = try validColor(color) }
        if let active = payload.active { project.active = active }
        if let isPrivate = payload.isPrivate { project.isPrivate = isPrivate }
        if let billable = payload.billable { project.billable = billable }
        if let template = payload.template { project.isTemplate = template }
        if let autoEstimates = payload.autoEstimates { project.autoEstimates = autoEstimates }
        if let update = payload.estimatedHours { project.estimatedHours = update.value }
        if let update = payload.rate { project.rate = update.value }
        if let update = payload.fixedFee { project.fixedFee = update.value }
        if let currency = payload.currency { project.currency = currency }
        if let startDate = payload.startDate { project.startDate = WorkspaceRecord.startOfUTCDay(startDate) }
        if let update = payload.endDate { project.endDate = update.value.map(WorkspaceRecord.startOfUTCDay) }
        if let reference = payload.externalReference { project.externalReference = reference }
    }

    /// Whether a payload turns on a feature Free workspaces lack.
    static func usesPremiumFeatures(_ payload: ProjectPayload) -> Bool {
        if payload.billable == true || payload.template == true || payload.autoEstimates == true { return true }
        if payload.currency != nil { return true }
        for update in [payload.rate, payload.fixedFee] { if case .set = update { return true } }
        if case .set = payload.estimatedHours { return true }
        return false
    }

    /// The colour in lower case, or Toggl's 400 unless it is `#rrggbb`.
    static func validColor(_ color: String) throws -> String {
        let hex = color.dropFirst()
        guard color.first == "#", hex.count == 6, hex.allSatisfy(\.isHexDigit) else {
            throw SandboxFailure.badRequest(
                "Error in validating color '\(color)'. Project color must be a hex value in the form of #[0-9a-f]{6}.")
        }
        return color.lowercased()
    }

    // MARK: One project

    /// The project if the caller sees it (404 otherwise, also for deleted projects).
    static func visibleProject(_ world: SandboxWorld, _ context: RouteContext, workspaceID: Int64) throws -> ProjectRecord {
        let id = try EntityQuery.pathID(context, "project_id", invalid: "Invalid project_id")
        guard let project = world.projectRecord(id, inWorkspace: workspaceID),
              world.canSeeProject(project, userID: context.userID) else { throw notFound }
        return project
    }

    /// The project if the caller may change it: admins and project managers, or any member of
    /// a workspace where not only admins may create projects (public projects only).
    static func editableProject(_ world: SandboxWorld, _ context: RouteContext, workspace: WorkspaceRecord) throws -> ProjectRecord {
        let project = try visibleProject(world, context, workspaceID: workspace.id)
        guard world.canManageProject(project, userID: context.userID)
                || (!workspace.onlyAdminsMayCreateProjects && !project.isPrivate) else {
            throw SandboxFailure.forbidden()
        }
        return project
    }

    @Sendable static func get(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let project = try visibleProject(world, context, workspaceID: workspace.id)
        return .json(project.rendered(in: world, totals: world.trackedTotals(now: context.now), now: context.now))
    }

    @Sendable static func update(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        var project = try editableProject(world, context, workspace: workspace)
        let payload = try context.body(ProjectPayload.self)
        try apply(payload, to: &project, isNew: false, world: world)
        project.at = context.now
        world.projects.upsert(project)
        return .json(project.rendered(in: world, totals: world.trackedTotals(now: context.now), now: context.now))
    }

    /// Soft-deletes the project with its tasks; `teDeletionMode=delete` deletes its time
    /// entries, anything else (`unassign`, the default) takes the project off them. Answers the
    /// id as a number.
    @Sendable static func delete(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let project = try editableProject(world, context, workspace: workspace)
        let mode = context.request.queryValue("teDeletionMode")?.lowercased()
        world.deleteProject(project.id, deleteEntries: mode == "delete", now: context.now)
        return .json(project.id)
    }

    // MARK: Bulk edit

    /// Paths a project JSON Patch may change, as the payload keys they stand for.
    static let patchablePaths: Set<String> = [
        "name", "client_id", "cid", "color", "active", "is_private", "billable", "template",
        "estimated_hours", "rate", "currency", "fixed_fee", "auto_estimates", "start_date", "end_date",
        "external_reference", "pinned",
    ]

    /// `PATCH /workspaces/{wid}/projects/{ids}`: applies the operations to each project in turn
    /// (no transaction) and answers `{success: [ids], failure: [{id, message}]}`.
    @Sendable static func patch(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let ids = try context.ids("project_ids")
        let operations = try context.body([JSONPatchOperation].self)
        var fields: [String: JSONValue] = [:]
        for operation in operations {
            let key = String(operation.path.drop { $0 == "/" })
            guard patchablePaths.contains(key) else {
                throw SandboxFailure.badRequest("Invalid path: \(operation.path)")
            }
            fields[key] = operation.op == .remove ? .null : (operation.value ?? .null)
        }
        var pinned: Bool?
        if let value = fields.removeValue(forKey: "pinned") {
            guard case .bool(let flag) = value else { throw SandboxFailure.badRequest("Invalid value for /pinned") }
            pinned = flag
        }
        let payload: ProjectPayload
        do {
            let data = try JSONEncoder().encode(fields)
            payload = try TogglJSON.makeDecoder().decode(ProjectPayload.self, from: data)
        } catch {
            throw SandboxFailure.badRequest("Invalid patch value")
        }
        var success: [Int64] = []
        var failure: [BulkEditFailure] = []
        for id in ids {
            do {
                var pathContext = context
                pathContext.parameters["project_id"] = String(id)
                var project = try editableProject(world, pathContext, workspace: workspace)
                try apply(payload, to: &project, isNew: false, world: world)
                if let pinned { project.pinned = pinned }
                project.at = context.now
                world.projects.upsert(project)
                success.append(id)
            } catch let failed as SandboxFailure {
                failure.append(BulkEditFailure(id: id, message: failed.message))
            }
        }
        return .json(BulkEditResult(success: success, failure: failure))
    }
}
