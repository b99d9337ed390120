import Foundation
import TogglModels

extension SandboxRoutes {
    /// The organization routes: create (with its first workspace), get, rename.
    static let organizations: [SandboxRoute] = [
        SandboxRoute("POST", "/organizations", handler: OrganizationHandlers.create),
        SandboxRoute("GET", "/organizations/{organization_id}", handler: OrganizationHandlers.get),
        SandboxRoute("PUT", "/organizations/{organization_id}", handler: OrganizationHandlers.update),
    ]
}

/// The handlers of ``SandboxRoutes/organizations``.
enum OrganizationHandlers {
    static let maxNameLength = 140

    /// `POST /organizations` body.
    struct PostPayload: Decodable {
        var name: String?
        var workspaceName: String?

        enum CodingKeys: String, CodingKey {
            case name
            case workspaceName = "workspace_name"
        }
    }

    /// Creates a Free organization owned by the caller, with one workspace the caller
    /// administers; answers `{id, name, workspace_id, workspace_name}` as recorded.
    @Sendable static func create(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let payload: PostPayload
        do {
            payload = try context.body(PostPayload.self)
        } catch {
            throw SandboxFailure.badRequest("Invalid JSON input")
        }
        let name = EntityQuery.trimmed(payload.name ?? "")
        guard !name.isEmpty else { throw SandboxFailure.badRequest("Field 'name' cannot be empty.") }
        guard name.count <= maxNameLength else {
            throw SandboxFailure.badRequest("organization name too long, maximum length is \(maxNameLength)")
        }
        guard let rawWorkspaceName = payload.workspaceName else {
            throw SandboxFailure.badRequest("workspace name must be provided")
        }
        let workspaceName = EntityQuery.trimmed(rawWorkspaceName)
        guard !workspaceName.isEmpty else {
            throw SandboxFailure.badRequest("workspace name must contain non-space characters")
        }
        guard workspaceName.count <= maxNameLength else {
            throw SandboxFailure.badRequest("workspace name must not be longer than \(maxNameLength)")
        }
        let now = context.now
        let organization = OrganizationRecord(
            id: world.makeID(), name: name, plan: .free, ownerID: context.userID, createdAt: now, at: now)
        world.organizations.upsert(organization)
        let workspace = WorkspaceRecord(
            id: world.makeID(), organizationID: organization.id, name: workspaceName, defaultCurrency: "USD", at: now)
        world.workspaces.upsert(workspace)
        world.memberships.upsert(MembershipRecord(
            id: world.makeID(), workspaceID: workspace.id, userID: context.userID, isAdmin: true, at: now))
        return .json(CreatedOrganization(
            id: organization.id, name: organization.name, workspaceID: workspace.id, workspaceName: workspace.name))
    }

    /// The organization of `{organization_id}` if the caller belongs to it: 404 "Invalid
    /// organization ID" for a malformed or unknown id, 404 "User not part of organization"
    /// otherwise.
    static func organization(_ world: SandboxWorld, _ context: RouteContext) throws -> OrganizationRecord {
        guard let text = context.parameters["organization_id"], let id = Int64(text),
              let organization = world.organizations[id] else {
            throw SandboxFailure.notFound("Invalid organization ID")
        }
        guard world.organizations(of: context.userID).contains(where: { $0.id == id })
                || organization.ownerID == context.userID else {
            throw SandboxFailure.notFound("User not part of organization")
        }
        return organization
    }

    /// The organization, with `pricing_plan_name: ""` as Toggl answers here.
    @Sendable static func get(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let organization = try organization(world, context)
        return .json(organization.rendered(in: world, for: context.userID, planNameInList: false))
    }

    /// `PUT /organizations/{oid}` body.
    struct PutPayload: Decodable {
        var name: String?
    }

    /// Renames the organization (admins only); answers an empty 200 (the Swagger types the
    /// answer as a bare string without saying which).
    @Sendable static func update(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        guard let text = context.parameters["organization_id"], let id = Int64(text) else {
            throw SandboxFailure.badRequest("Invalid organization ID")
        }
        guard var organization = world.organizations[id], world.isOrganizationAdmin(context.userID, of: id) else {
            throw SandboxFailure.forbidden("User is not authorized to update the organization")
        }
        let payload: PutPayload
        do {
            payload = try context.body(PutPayload.self)
        } catch {
            throw SandboxFailure.badRequest("Invalid JSON input")
        }
        guard let raw = payload.name else { throw SandboxFailure.badRequest("At least one field is required") }
        let name = EntityQuery.trimmed(raw)
        guard !name.isEmpty else { throw SandboxFailure.badRequest("field 'name' cannot be empty") }
        guard name.count <= maxNameLength else {
            throw SandboxFailure.badRequest("organization name too long, maximum length is \(maxNameLength)")
        }
        organization.name = name
        organization.at = context.now
        world.organizations.upsert(organization)
        return .empty(200)
    }
}
