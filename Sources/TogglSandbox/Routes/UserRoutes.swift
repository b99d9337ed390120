import Foundation
import TogglModels

extension SandboxRoutes {
    /// The workspace member routes: `users`, `workspace_users`, and project users
    /// (list/add, update/remove).
    static let users: [SandboxRoute] = [
        SandboxRoute("GET", "/workspaces/{workspace_id}/users", handler: UserHandlers.users),
        SandboxRoute("GET", "/workspaces/{workspace_id}/workspace_users", handler: UserHandlers.workspaceUsers),
        SandboxRoute("GET", "/workspaces/{workspace_id}/project_users", handler: UserHandlers.projectUsers),
        SandboxRoute("POST", "/workspaces/{workspace_id}/project_users", handler: UserHandlers.addProjectUser),
        SandboxRoute("PUT", "/workspaces/{workspace_id}/project_users/{project_user_id}", handler: UserHandlers.updateProjectUser),
        SandboxRoute("DELETE", "/workspaces/{workspace_id}/project_users/{project_user_id}", handler: UserHandlers.removeProjectUser),
    ]
}

/// The handlers of ``SandboxRoutes/users``.
enum UserHandlers {
    /// `GET /workspaces/{wid}/users`: every member (deactivated ones too unless
    /// `exclude_deleted=true`), in user id order.
    @Sendable static func users(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let excludeDeleted = context.flag("exclude_deleted") ?? false
        let rows = world.memberships
            .filter { $0.workspaceID == workspace.id && (!excludeDeleted || $0.isActive) }
            .sorted { $0.userID < $1.userID }
        return .json(rows.map { $0.renderedSimple(in: world) })
    }

    /// `GET /workspaces/{wid}/workspace_users`: the memberships with their details.
    @Sendable static func workspaceUsers(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let rows = world.memberships.filter { $0.workspaceID == workspace.id }
        return .json(rows.map { $0.renderedWorkspaceUser(in: world) })
    }

    /// `project_ids` (at most 200) and `user_id` filters; memberships of deleted projects are
    /// gone with them.
    @Sendable static func projectUsers(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let projectIDs = try EntityQuery.idList(context, "project_ids")
        if let projectIDs, projectIDs.count > 200 {
            throw SandboxFailure.badRequest("project_ids cannot exceed 200 elements.")
        }
        var userID: Int64?
        if let text = context.request.queryValue("user_id") {
            guard let id = Int64(text) else { throw SandboxFailure.badRequest("Invalid user_id") }
            userID = id
        }
        let wanted = projectIDs.map(Set.init)
        let rows = world.projectUsers.filter { member in
            member.workspaceID == workspace.id
                && world.projectRecord(member.projectID, inWorkspace: workspace.id) != nil
                && (wanted?.contains(member.projectID) ?? true)
                && (userID == nil || member.userID == userID)
        }
        return .json(rows.map { $0.rendered() })
    }

    /// Throws Toggl's 402 when a rate or labor cost is set in a Free workspace.
    static func checkRates(_ payload: ProjectUserPayload, world: SandboxWorld, workspaceID: Int64) throws {
        let setsRate = if case .set = payload.rate { true } else { false }
        let setsCost = if case .set = payload.laborCost { true } else { false }
        if setsRate || setsCost { try world.requirePaidPlan(workspaceID) }
    }

    /// `{project_id, user_id, manager?, rate?, labor_cost?}`: the caller must be an admin or
    /// the project's manager; the user must belong to the workspace; no duplicates.
    @Sendable static func addProjectUser(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let payload = try context.body(ProjectUserPayload.self)
        guard let projectID = payload.projectID, let project = world.projectRecord(projectID, inWorkspace: workspace.id) else {
            throw SandboxFailure.badRequest("Invalid project_id")
        }
        guard let userID = payload.userID, world.membership(of: userID, in: workspace.id) != nil else {
            throw SandboxFailure.badRequest("Invalid user_id")
        }
        guard world.canManageProject(project, userID: context.userID) else { throw SandboxFailure.forbidden() }
        try checkRates(payload, world: world, workspaceID: workspace.id)
        if world.projectUsers.all.contains(where: { $0.projectID == projectID && $0.userID == userID }) {
            throw SandboxFailure.badRequest("Project user already exists")
        }
        let member = ProjectUserRecord(
            id: world.makeID(), workspaceID: workspace.id, projectID: projectID, userID: userID,
            manager: payload.manager ?? false, rate: payload.rate?.value, laborCost: payload.laborCost?.value,
            at: context.now)
        world.projectUsers.upsert(member)
        return .json(member.rendered())
    }

    /// The project membership of `{project_user_id}` if the caller may manage its project.
    static func managedProjectUser(_ world: SandboxWorld, _ context: RouteContext) throws -> ProjectUserRecord {
        let workspace = try EntityQuery.workspace(world, context)
        let id = try EntityQuery.pathID(context, "project_user_id", invalid: "Invalid project_user_id")
        guard let member = world.projectUsers[id], member.workspaceID == workspace.id,
              let project = world.projectRecord(member.projectID, inWorkspace: workspace.id) else {
            throw SandboxFailure.notFound("Project user not found")
        }
        guard world.canManageProject(project, userID: context.userID) else { throw SandboxFailure.forbidden() }
        return member
    }

    /// `{manager?, rate?, labor_cost?}`; an empty body is Toggl's 400 "Missing data".
    @Sendable static func updateProjectUser(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        var member = try managedProjectUser(world, context)
        let payload = try context.body(ProjectUserPayload.self)
        guard payload.manager != nil || payload.rate != nil || payload.laborCost != nil else {
            throw SandboxFailure.badRequest("Missing data")
        }
        try checkRates(payload, world: world, workspaceID: member.workspaceID)
        if let manager = payload.manager { member.manager = manager }
        if let update = payload.rate { member.rate = update.value }
        if let update = payload.laborCost { member.laborCost = update.value }
        member.at = context.now
        world.projectUsers.upsert(member)
        return .json(member.rendered())
    }

    /// Removes the membership; answers its id as a number.
    @Sendable static func removeProjectUser(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let member = try managedProjectUser(world, context)
        world.projectUsers.remove(member.id)
        return .json(member.id)
    }
}
