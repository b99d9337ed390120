import Foundation
import TogglModels

extension SandboxRoutes {
    /// The clients routes: list/create, get/update/delete, archive/restore, and the bulk
    /// archive/delete/data routes. Clients have no soft delete: deleting removes the row.
    static let clients: [SandboxRoute] = [
        SandboxRoute("GET", "/workspaces/{workspace_id}/clients", handler: ClientHandlers.list),
        SandboxRoute("POST", "/workspaces/{workspace_id}/clients", handler: ClientHandlers.create),
        // The bulk routes come before `{client_id}` patterns of the same length.
        SandboxRoute("POST", "/workspaces/{workspace_id}/clients/archive", handler: ClientHandlers.archiveMany),
        SandboxRoute("POST", "/workspaces/{workspace_id}/clients/delete", handler: ClientHandlers.deleteMany),
        SandboxRoute("POST", "/workspaces/{workspace_id}/clients/data", handler: ClientHandlers.data),
        SandboxRoute("GET", "/workspaces/{workspace_id}/clients/{client_id}", handler: ClientHandlers.get),
        SandboxRoute("PUT", "/workspaces/{workspace_id}/clients/{client_id}", handler: ClientHandlers.update),
        SandboxRoute("DELETE", "/workspaces/{workspace_id}/clients/{client_id}", handler: ClientHandlers.delete),
        SandboxRoute("POST", "/workspaces/{workspace_id}/clients/{client_id}/archive", handler: ClientHandlers.archive),
        SandboxRoute("POST", "/workspaces/{workspace_id}/clients/{client_id}/restore", handler: ClientHandlers.restore),
    ]
}

/// The handlers of ``SandboxRoutes/clients``.
enum ClientHandlers {
    /// Longest client name Toggl accepts (the spec names the limit but not its value; 100 is
    /// the sandbox's choice).
    static let maxNameLength = 100

    static func notFound(_ id: Int64) -> SandboxFailure {
        .notFound("No client with ID \(id) was found")
    }

    // MARK: List, create

    @Sendable static func list(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let status = context.request.queryValue("status")?.lowercased() ?? "active"
        let archived: Bool?
        switch status {
        case "active": archived = false
        case "archived": archived = true
        case "both": archived = nil
        default: throw SandboxFailure.badRequest("Client status is invalid")
        }
        let name = context.request.queryValue("name")
        let rows = world.clients
            .filter { $0.workspaceID == workspace.id && (archived == nil || $0.archived == archived) }
            .filter { EntityQuery.matches($0.name, name) }
            .sorted { EntityQuery.byName($0.name, $0.id, $1.name, $1.id) }
        return .json(rows.map { $0.rendered() })
    }

    @Sendable static func create(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let payload = try context.body(ClientPayload.self)
        let name = try validName(payload.name ?? "", in: workspace.id, excluding: nil, world: world)
        let client = ClientRecord(
            id: world.makeID(), workspaceID: workspace.id, name: name, notes: payload.notes,
            externalReference: payload.externalReference, creatorID: context.userID, at: context.now)
        world.clients.upsert(client)
        return .json(client.rendered())
    }

    /// The trimmed name, or Toggl's 400 for an empty, too long or duplicate name.
    static func validName(_ raw: String, in workspaceID: Int64, excluding id: Int64?, world: SandboxWorld) throws -> String {
        let name = EntityQuery.trimmed(raw)
        guard !name.isEmpty else { throw SandboxFailure.badRequest("Client name cannot be empty") }
        guard name.count <= maxNameLength else {
            throw SandboxFailure.badRequest("Client name maximum length is \(maxNameLength)")
        }
        let taken = world.clients.all.contains {
            $0.workspaceID == workspaceID && $0.id != id && $0.name.lowercased() == name.lowercased()
        }
        guard !taken else { throw SandboxFailure.badRequest("Name has already been taken") }
        return name
    }

    // MARK: One client

    @Sendable static func get(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let id = try context.id("client_id")
        guard let client = world.clientRecord(id, inWorkspace: workspace.id) else { throw notFound(id) }
        return .json(client.rendered())
    }

    @Sendable static func update(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let id = try context.id("client_id")
        guard var client = world.clientRecord(id, inWorkspace: workspace.id) else {
            throw SandboxFailure.notFound("Client doesn't exist in the workspace.")
        }
        let payload = try context.body(ClientPayload.self)
        if let name = payload.name {
            client.name = try validName(name, in: workspace.id, excluding: id, world: world)
        }
        if let notes = payload.notes { client.notes = notes }
        if let reference = payload.externalReference { client.externalReference = reference }
        client.at = context.now
        world.clients.upsert(client)
        return .json(client.rendered())
    }

    /// Removes the client (its projects lose their client); answers the id as a number.
    @Sendable static func delete(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let id = try context.id("client_id")
        guard world.clientRecord(id, inWorkspace: workspace.id) != nil else { throw notFound(id) }
        world.deleteClient(id, now: context.now)
        return .json(id)
    }

    // MARK: Archive, restore

    /// Archives the client and its active projects (premium); answers the archived project ids.
    @Sendable static func archive(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        try world.requirePaidPlan(workspace.id)
        let id = try context.id("client_id")
        guard world.clientRecord(id, inWorkspace: workspace.id) != nil else { throw notFound(id) }
        return .json(archiveClient(id, in: &world, now: context.now))
    }

    /// Archives one client and its active projects; returns the project ids.
    static func archiveClient(_ id: Int64, in world: inout SandboxWorld, now: Date) -> [Int64] {
        world.clients.modify(id) {
            $0.archived = true
            $0.at = now
        }
        let projects = world.projects.filter { $0.clientID == id && $0.active && $0.deletedAt == nil }
        for project in projects {
            world.projects.modify(project.id) {
                $0.active = false
                $0.at = now
            }
        }
        return projects.map(\.id)
    }

    /// `{projects: [ids]}` or `{restore_all_projects: true}`.
    struct RestoreParams: Decodable {
        var projects: [Int64]?
        var restoreAllProjects: Bool?

        enum CodingKeys: String, CodingKey {
            case projects
            case restoreAllProjects = "restore_all_projects"
        }
    }

    /// Unarchives the client and the named (or all) of its archived projects.
    @Sendable static func restore(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let id = try context.id("client_id")
        guard world.clientRecord(id, inWorkspace: workspace.id) != nil else { throw notFound(id) }
        let params = try EntityQuery.optionalBody(context, RestoreParams.self)
        let chosen = Set(params.projects ?? [])
        let restoreAll = params.restoreAllProjects ?? false
        let now = context.now
        world.clients.modify(id) {
            $0.archived = false
            $0.at = now
        }
        for project in world.projects.filter({ $0.clientID == id && !$0.active && $0.deletedAt == nil })
        where restoreAll || chosen.contains(project.id) {
            world.projects.modify(project.id) {
                $0.active = true
                $0.at = now
            }
        }
        guard let restored = world.clients[id] else { throw SandboxFailure.notFound("No client with ID \(id) was found") }
        return .json(restored.rendered())
    }

    // MARK: Bulk

    /// A bulk body: a JSON array of client ids; every id must be a client of the workspace.
    static func bulkIDs(_ context: RouteContext, workspaceID: Int64, world: SandboxWorld) throws -> [Int64] {
        let ids = try context.body([Int64].self)
        for id in ids where world.clientRecord(id, inWorkspace: workspaceID) == nil { throw notFound(id) }
        return ids
    }

    /// Archives several clients and their projects (premium): `[{client_ids, project_ids}]`.
    @Sendable static func archiveMany(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        try world.requirePaidPlan(workspace.id)
        let ids = try bulkIDs(context, workspaceID: workspace.id, world: world)
        var projectIDs: [Int64] = []
        for id in ids { projectIDs += archiveClient(id, in: &world, now: context.now) }
        return .json([ArchiveResult(clientIDs: ids, projectIDs: projectIDs)])
    }

    struct ArchiveResult: Encodable {
        var clientIDs: [Int64]
        var projectIDs: [Int64]

        enum CodingKeys: String, CodingKey {
            case clientIDs = "client_ids"
            case projectIDs = "project_ids"
        }
    }

    /// Deletes several clients; all ids must exist (checked before anything changes).
    @Sendable static func deleteMany(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let ids = try bulkIDs(context, workspaceID: workspace.id, world: world)
        for id in ids { world.deleteClient(id, now: context.now) }
        return .empty(200)
    }

    /// The workspace's clients among the given ids (unknown ids are left out).
    @Sendable static func data(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let ids = try context.body([Int64].self)
        let rows = ids.compactMap { world.clientRecord($0, inWorkspace: workspace.id) }
        return .json(rows.map { $0.rendered() })
    }
}
