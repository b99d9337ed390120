import Foundation
import TogglModels

extension SandboxRoutes {
    /// The workspace routes: get and update (Toggl has no DELETE here; the engine answers 405).
    static let workspaces: [SandboxRoute] = [
        SandboxRoute("GET", "/workspaces/{workspace_id}", handler: WorkspaceHandlers.get),
        SandboxRoute("PUT", "/workspaces/{workspace_id}", handler: WorkspaceHandlers.update),
    ]
}

/// The handlers of ``SandboxRoutes/workspaces``.
enum WorkspaceHandlers {
    @Sendable static func get(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        let workspace = try EntityQuery.workspace(world, context)
        return .json(workspace.rendered(in: world, for: context.userID))
    }

    /// The settings of Toggl's `workspace.Payload` the sandbox keeps. Other keys (`admins`,
    /// `rate_change_mode`, `projects_private_by_default`, …) are accepted and ignored.
    struct Payload: Decodable {
        var name: String?
        var defaultCurrency: String?
        var defaultHourlyRate: Double?
        var onlyAdminsMayCreateProjects: Bool?
        var onlyAdminsMayCreateTags: Bool?
        var projectsBillableByDefault: Bool?
        var rounding: Int?
        var roundingMinutes: Int?

        enum CodingKeys: String, CodingKey {
            case name
            case defaultCurrency = "default_currency"
            case defaultHourlyRate = "default_hourly_rate"
            case onlyAdminsMayCreateProjects = "only_admins_may_create_projects"
            case onlyAdminsMayCreateTags = "only_admins_may_create_tags"
            case projectsBillableByDefault = "projects_billable_by_default"
            case rounding
            case roundingMinutes = "rounding_minutes"
        }
    }

    /// Admins only (403). In a Free workspace, changing a premium setting is a 402 with the
    /// setting named, as the Swagger lists them; sending the current value back is fine.
    @Sendable static func update(_ world: inout SandboxWorld, _ context: RouteContext) throws -> SandboxResponse {
        var workspace = try EntityQuery.workspace(world, context)
        try world.requireWorkspaceAdmin(context.userID, of: workspace.id)
        let payload = try context.body(Payload.self)
        if !world.plan(ofWorkspace: workspace.id).isPaid {
            func premium(_ field: String) -> SandboxFailure { SandboxFailure(402, "Must be a premium user to use \(field)") }
            if let rate = payload.defaultHourlyRate, rate != workspace.defaultHourlyRate ?? 0 {
                throw premium("default_hourly_rate")
            }
            if let currency = payload.defaultCurrency, currency != workspace.defaultCurrency {
                throw premium("default_currency")
            }
            if let rounding = payload.rounding, rounding != 0 { throw premium("rounding") }
            if let minutes = payload.roundingMinutes, minutes != 0 { throw premium("rounding_minutes") }
            if let billable = payload.projectsBillableByDefault, billable != workspace.projectsBillableByDefault {
                throw premium("projects_billable_by_default")
            }
            if payload.onlyAdminsMayCreateTags == true, !workspace.onlyAdminsMayCreateTags {
                throw SandboxFailure(402, "restricting tag management to administrators requires a premium subscription")
            }
        }
        if let raw = payload.name {
            let name = EntityQuery.trimmed(raw)
            guard !name.isEmpty else {
                throw SandboxFailure.badRequest("workspace name must contain non-space characters")
            }
            guard name.count <= 140 else { throw SandboxFailure.badRequest("workspace name must not be longer than 140") }
            let taken = world.workspaces.all.contains {
                $0.organizationID == workspace.organizationID && $0.id != workspace.id && $0.name == name
            }
            guard !taken else {
                throw SandboxFailure.badRequest("another workspace with same name exists in organization")
            }
            workspace.name = name
        }
        if let currency = payload.defaultCurrency { workspace.defaultCurrency = currency }
        if let rate = payload.defaultHourlyRate { workspace.defaultHourlyRate = rate }
        if let flag = payload.onlyAdminsMayCreateProjects { workspace.onlyAdminsMayCreateProjects = flag }
        if let flag = payload.onlyAdminsMayCreateTags { workspace.onlyAdminsMayCreateTags = flag }
        if let flag = payload.projectsBillableByDefault { workspace.projectsBillableByDefault = flag }
        workspace.at = context.now
        world.workspaces.upsert(workspace)
        return .json(workspace.rendered(in: world, for: context.userID))
    }
}
