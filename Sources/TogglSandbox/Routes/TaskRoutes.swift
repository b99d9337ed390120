import Foundation
import TogglModels

extension SandboxRoutes {
    /// The tasks routes: a project's tasks (list/create, get/update/delete, JSON Patch bulk
    /// edit) and the workspace task list with its envelope. Tasks are a paid feature: every
    /// write in a Free workspace answers 402; reads work everywhere.
    static let tasks: [SandboxRoute] = [
        SandboxRoute("GET", "/workspaces/{workspace_id}/tasks", handler: TaskHandlers.workspaceList),
        SandboxRoute("GET", "/workspaces/{workspace_id}/projects/{project_id}/tasks", handler: TaskHandlers.list),
        SandboxRoute("POST", "/workspaces/{workspace_id}/projects/{project_id}/tasks", handler: TaskHandlers.create),
        SandboxRoute("GET", "/workspaces/{workspace_id}/projects/{project_id}/tasks/{task_id}", handler: TaskHandlers.get),
        SandboxRoute("PUT", "/workspaces/{workspace_id}/projects/{project_id}/tasks/{task_id}", handler: TaskHandlers.update),
        SandboxRoute("DELETE", "/workspaces/{workspace_id}/projects/{project_id}/tasks/{task_id}", handler: TaskHandlers.delete),
        SandboxRoute("PATCH", "/workspaces/{workspace_id}/projects/{project_id}/tasks/{task_ids}", handler: TaskHandlers.patch),
    ]
}

/// The handlers of ``SandboxRoutes/tasks``.
enum TaskHandlers {
    static let notFound = SandboxFailure.notFound("Task not found")

    /// The project of `{project_id}` if the caller sees it.
    static func project(_ world: SandboxWorld, _ context: RouteContext, workspaceID: Int64) throws -> ProjectRecord {
        let id = try EntityQuery.pathID(context, "project_id", invalid: "Invalid project_id")
        guard let project = world.projectRecord(id, inWorkspace: workspaceID),
              world.canSeeProject(project, userID: context.userID) else {
            throw SandboxFailure.badRequest("Project not found/accessible")
        }
        return project
    }

    /// The project, if the caller may change its tasks: paid plan (402), an active project
    /// (400), and admin, project manager or — in workspaces where anyone may create projects —
    /// any member for a public project (403).
    static func writableProject(_ world: SandboxWorld, _ context: RouteContext) throws -> ProjectRecord {
        let workspace = try EntityQuery.workspace(world, context)
        try world.requirePaidPlan(workspace.id)
        let project = try project(world, context, workspaceID: workspace.id)
        guard world.canManageProject(project, userID: context.userID)
                || (!workspace.onlyAdminsMayCreateProjects && !project.isPrivate) else {
            throw SandboxFailure.forbidden()
        }
        guard project.active else { throw SandboxFailure.badRequest("Can not change tasks of archived project") }
        return project
    }

    // MARK: A project's tasks

    /// `active=true` → only active tasks, `false` → only done ones, absent/`both` → all.
    @Sendable static func list(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let project = try project(world, context, workspaceID: workspace.id)
        let active = EntityQuery.activeFilter(context)
        let rows = world.tasks
            .filter { $0.projectID == project.id && $0.deletedAt == nil && (active == nil || $0.active == active) }
            .sorted { EntityQuery.byName($0.name, $0.id, $1.name, $1.id) }
        let totals = world.trackedTotals(now: context.now)
        return .json(rows.map { $0.rendered(in: world, totals: totals, meta: true) })
    }

    @Sendable static func create(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let project = try writableProject(world, context)
        let payload = try context.body(TaskPayload.self)
        var task = TaskRecord(id: 0, workspaceID: project.workspaceID, projectID: project.id, name: "", at: context.now)
        try apply(payload, to: &task, isNew: true, world: world)
        task.id = world.makeID()
        world.tasks.upsert(task)
        return .json(task.rendered(in: world, totals: world.trackedTotals(now: context.now), meta: true))
    }

    /// Applies a payload: a non-empty name unique in the project, an assignee who belongs to
    /// the workspace, a non-negative estimate.
    static func apply(_ payload: TaskPayload, to task: inout TaskRecord, isNew: Bool, world: SandboxWorld) throws {
        if isNew || payload.name != nil {
            let name = EntityQuery.trimmed(payload.name ?? "")
            guard !name.isEmpty else { throw SandboxFailure.badRequest("task name can't be blank") }
            let taken = world.tasks.all.contains {
                $0.projectID == task.projectID && $0.id != task.id && $0.deletedAt == nil
                    && $0.name.lowercased() == name.lowercased()
            }
            guard !taken else { throw SandboxFailure.badRequest("Name has already been taken") }
            task.name = name
        }
        if let active = payload.active { task.active = active }
        if let update = payload.estimatedSeconds {
            if let seconds = update.value, seconds < 0 { throw SandboxFailure.badRequest("Invalid estimated_seconds") }
            task.estimatedSeconds = update.value
        }
        if let update = payload.userID {
            if let userID = update.value, world.membership(of: userID, in: task.workspaceID) == nil {
                throw SandboxFailure.badRequest("Invalid user_id")
            }
            task.userID = update.value
        }
        if let reference = payload.externalReference { task.externalReference = reference }
    }

    // MARK: One task

    static func task(_ world: SandboxWorld, _ context: RouteContext, projectID: Int64) throws -> TaskRecord {
        let id = try EntityQuery.pathID(context, "task_id", invalid: "Invalid task_id")
        guard let task = world.taskRecord(id, inProject: projectID) else { throw notFound }
        return task
    }

    @Sendable static func get(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let project = try project(world, context, workspaceID: workspace.id)
        let task = try task(world, context, projectID: project.id)
        return .json(task.rendered(in: world, totals: world.trackedTotals(now: context.now), meta: true))
    }

    @Sendable static func update(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let project = try writableProject(world, context)
        var task = try task(world, context, projectID: project.id)
        try apply(try context.body(TaskPayload.self), to: &task, isNew: false, world: world)
        task.at = context.now
        world.tasks.upsert(task)
        return .json(task.rendered(in: world, totals: world.trackedTotals(now: context.now), meta: true))
    }

    /// Soft-deletes the task (its time entries lose it); answers an empty 200.
    @Sendable static func delete(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let project = try writableProject(world, context)
        let task = try task(world, context, projectID: project.id)
        world.deleteTask(task.id, now: context.now)
        return .empty(200)
    }

    /// Paths a task JSON Patch may change.
    static let patchablePaths: Set<String> = ["name", "active", "estimated_seconds", "user_id", "external_reference"]

    /// `PATCH …/tasks/{ids}`: per-task JSON Patch, `{success, failure}`.
    @Sendable static func patch(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let project = try writableProject(world, context)
        let ids = try context.ids("task_ids")
        let operations = try context.body([JSONPatchOperation].self)
        var fields: [String: JSONValue] = [:]
        for operation in operations {
            let key = String(operation.path.drop { $0 == "/" })
            guard patchablePaths.contains(key) else {
                throw SandboxFailure.badRequest("Invalid path: \(operation.path)")
            }
            fields[key] = operation.op == .remove ? .null : (operation.value ?? .null)
        }
        let payload: TaskPayload
        do {
            payload = try TogglJSON.makeDecoder().decode(TaskPayload.self, from: try JSONEncoder().encode(fields))
        } catch {
            throw SandboxFailure.badRequest("Invalid patch value")
        }
        var success: [Int64] = []
        var failure: [BulkEditFailure] = []
        for id in ids {
            guard var task = world.taskRecord(id, inProject: project.id) else {
                failure.append(BulkEditFailure(id: id, message: notFound.message))
                continue
            }
            do {
                try apply(payload, to: &task, isNew: false, world: world)
                task.at = context.now
                world.tasks.upsert(task)
                success.append(id)
            } catch let failed as SandboxFailure {
                failure.append(BulkEditFailure(id: id, message: failed.message))
            }
        }
        return .json(BulkEditResult(success: success, failure: failure))
    }

    // MARK: The workspace's tasks

    /// `GET /workspaces/{wid}/tasks`: the envelope `{data, page, per_page, sort_field,
    /// sort_order, total_count}`. `active` true/false/both (absent → both), `pid`, `search`,
    /// `start_date`/`end_date` (on `at`), `since` (deleted rows included), `sort_field`
    /// `name`|`created_at`, `sort_order` `ASC`|`DESC`, `page` (1), `per_page` (50).
    @Sendable static func workspaceList(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let since = try EntityQuery.since(context)
        let active = EntityQuery.activeFilter(context)
        let projectID = context.request.queryValue("pid").flatMap { Int64($0) }
        let search = context.request.queryValue("search")
        let startDate = context.request.queryValue("start_date").flatMap(TogglTimestamp.parse)
        let endDate = context.request.queryValue("end_date").flatMap(TogglTimestamp.parse)
        let visible = Set(world.projectsVisible(to: context.userID).map(\.id))
        var rows = EntityQuery.sinceFilter(
            world.tasks.filter { $0.workspaceID == workspace.id && visible.contains($0.projectID) },
            since: since, at: \.at, deleted: { $0.deletedAt != nil })
        rows = rows.filter { task in
            if task.deletedAt == nil, let active, task.active != active { return false }
            if let projectID, task.projectID != projectID { return false }
            if let startDate, task.at < startDate { return false }
            if let endDate, task.at >= endDate.addingTimeInterval(86_400) { return false }
            return EntityQuery.matches(task.name, search)
        }
        let sortField = context.request.queryValue("sort_field")?.lowercased() == "created_at" ? "created_at" : "name"
        let sortOrder = context.request.queryValue("sort_order")?.uppercased() == "DESC" ? "DESC" : "ASC"
        rows.sort { lhs, rhs in
            // Ids grow with creation, so id order is creation order.
            let ascending = sortField == "created_at"
                ? lhs.id < rhs.id : EntityQuery.byName(lhs.name, lhs.id, rhs.name, rhs.id)
            return sortOrder == "DESC" ? !ascending : ascending
        }
        let page = EntityQuery.positiveInt(context, "page") ?? 1
        let perPage = EntityQuery.positiveInt(context, "per_page") ?? 50
        let totals = world.trackedTotals(now: context.now)
        let data = EntityQuery.page(rows, page: page, perPage: perPage)
            .map { $0.renderedRow(in: world, totals: totals, meta: true) }
        return .json(WorkspaceTasksBody(
            data: data, page: page, perPage: perPage, sortField: sortField, sortOrder: sortOrder,
            totalCount: rows.count))
    }
}
