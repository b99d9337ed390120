import Foundation
import TogglModels

extension SandboxRoutes {
    /// The tags routes: list/create, bulk delete, update/delete. Create and update answer ONE
    /// tag object (the Swagger's array is wrong, per live tests of ddkasa/toggl-api-wrapper).
    static let tags: [SandboxRoute] = [
        SandboxRoute("GET", "/workspaces/{workspace_id}/tags", handler: TagHandlers.list),
        SandboxRoute("POST", "/workspaces/{workspace_id}/tags", handler: TagHandlers.create),
        SandboxRoute("PATCH", "/workspaces/{workspace_id}/tags", handler: TagHandlers.deleteMany),
        SandboxRoute("PUT", "/workspaces/{workspace_id}/tags/{tag_id}", handler: TagHandlers.update),
        SandboxRoute("DELETE", "/workspaces/{workspace_id}/tags/{tag_id}", handler: TagHandlers.delete),
    ]
}

/// The handlers of ``SandboxRoutes/tags``.
enum TagHandlers {
    /// Throws Toggl's 403 when only admins may manage tags and the caller is not one.
    static func requireTagManager(_ world: SandboxWorld, _ workspace: WorkspaceRecord, _ userID: Int64) throws {
        if workspace.onlyAdminsMayCreateTags, !world.isWorkspaceAdmin(userID, of: workspace.id) {
            throw SandboxFailure.forbidden(
                "Only organization or workspace administrators may manage tags in this workspace.")
        }
    }

    /// `search` (case-insensitive substring), sorted by name; `page`/`per_page` page the list
    /// (`per_page` alone pages from 1; neither → every tag).
    @Sendable static func list(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        let search = context.request.queryValue("search")
        var rows = world.tags
            .filter { $0.workspaceID == workspace.id && $0.deletedAt == nil && EntityQuery.matches($0.name, search) }
            .sorted { EntityQuery.byName($0.name, $0.id, $1.name, $1.id) }
        let page = EntityQuery.positiveInt(context, "page")
        let perPage = EntityQuery.positiveInt(context, "per_page")
        if page != nil || perPage != nil {
            rows = EntityQuery.page(rows, page: page ?? 1, perPage: perPage ?? 200)
        }
        return .json(rows.map { $0.rendered() })
    }

    /// `{name}` (a `workspace_id` in the body is ignored) → the new tag.
    @Sendable static func create(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        try requireTagManager(world, workspace, context.userID)
        let payload = try context.body(TagPayload.self)
        let name = try validName(payload.name, in: workspace.id, excluding: nil, world: world)
        let tag = TagRecord(id: world.makeID(), workspaceID: workspace.id, name: name,
                            creatorID: context.userID, at: context.now)
        world.tags.upsert(tag)
        return .json(tag.rendered())
    }

    /// The trimmed name, or Toggl's 400 for a blank one or one another live tag has.
    static func validName(_ raw: String?, in workspaceID: Int64, excluding id: Int64?, world: SandboxWorld) throws -> String {
        let name = EntityQuery.trimmed(raw ?? "")
        guard !name.isEmpty else { throw SandboxFailure.badRequest("tag name can't be blank") }
        let taken = world.tags.all.contains {
            $0.workspaceID == workspaceID && $0.id != id && $0.deletedAt == nil
                && $0.name.lowercased() == name.lowercased()
        }
        guard !taken else { throw SandboxFailure.badRequest("a tag with the name '\(name)' already exists") }
        return name
    }

    @Sendable static func update(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        try requireTagManager(world, workspace, context.userID)
        let id = try EntityQuery.pathID(context, "tag_id", invalid: "Invalid tag ID")
        guard var tag = world.tagRecord(id, inWorkspace: workspace.id) else {
            throw SandboxFailure.notFound("Tag was not found")
        }
        let payload = try context.body(TagPayload.self)
        tag.name = try validName(payload.name, in: workspace.id, excluding: id, world: world)
        tag.at = context.now
        world.tags.upsert(tag)
        return .json(tag.rendered())
    }

    /// Soft-deletes the tag (entries lose it). The 404 text ends with a full stop here, as the
    /// Swagger spells it for DELETE (and not for PUT).
    @Sendable static func delete(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        try requireTagManager(world, workspace, context.userID)
        let id = try EntityQuery.pathID(context, "tag_id", invalid: "Invalid tag ID.")
        guard world.tagRecord(id, inWorkspace: workspace.id) != nil else {
            throw SandboxFailure.notFound("Tag was not found.")
        }
        world.deleteTag(id, now: context.now)
        return .empty(200)
    }

    /// One element of a bulk-delete body. Toggl does not document the body; accepted are a
    /// plain id, `{"tag_id": id, "op": "delete"}` (what OpenToggl-compatible clients send) and a
    /// JSON Patch `{"op": "remove", "path": "/<id>"}`.
    enum BulkItem: Decodable {
        case id(Int64)
        case object(op: String?, tagID: Int64?, path: String?)

        enum CodingKeys: String, CodingKey {
            case op, path
            case tagID = "tag_id"
        }

        init(from decoder: any Decoder) throws {
            if let id = try? decoder.singleValueContainer().decode(Int64.self) {
                self = .id(id)
                return
            }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self = .object(
                op: try c.decodeIfPresent(String.self, forKey: .op),
                tagID: try c.decodeIfPresent(Int64.self, forKey: .tagID),
                path: try c.decodeIfPresent(String.self, forKey: .path))
        }

        /// The tag id this item deletes, nil when it is not a delete, or a 400 when malformed.
        func deletedID() throws -> Int64? {
            switch self {
            case .id(let id): return id
            case .object(let op, let tagID, let path):
                guard op == nil || op == "delete" || op == "remove" else { return nil }
                if let tagID { return tagID }
                if let path, let id = Int64(path.drop { $0 == "/" }) { return id }
                throw SandboxFailure.badRequest("Invalid JSON input")
            }
        }
    }

    /// `PATCH /workspaces/{wid}/tags`: deletes every listed tag, or none when one of them is
    /// not a live tag of the workspace (400 "Some tag IDs do not belong to workspace.").
    @Sendable static func deleteMany(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        try requireTagManager(world, workspace, context.userID)
        let items = try context.body([BulkItem].self)
        let ids = try items.compactMap { try $0.deletedID() }
        guard ids.allSatisfy({ world.tagRecord($0, inWorkspace: workspace.id) != nil }) else {
            throw SandboxFailure.badRequest("Some tag IDs do not belong to workspace.")
        }
        for id in Set(ids) { world.deleteTag(id, now: context.now) }
        return .empty(200)
    }
}
