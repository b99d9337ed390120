import Foundation
@testable import TogglSandbox

/// A small world and a few stand-in routes, so the engine can be tested before (and apart from)
/// the real entity routes.
enum EngineFixtures {
    static let start = Date(timeIntervalSince1970: 1_750_000_000)
    static let token = "engine0test0token"
    static let email = "ada@example.com"
    static let password = "correct horse"
    static let userID: Int64 = 11
    static let organizationID: Int64 = 21
    static let otherOrganizationID: Int64 = 22
    static let workspaceID: Int64 = 31
    static let otherWorkspaceID: Int64 = 32

    static var world: SandboxWorld {
        var world = SandboxWorld()
        world.users.upsert(UserRecord(id: userID, email: email, fullname: "Ada", password: password, apiToken: token,
                                      timezone: "UTC", defaultWorkspaceID: workspaceID, createdAt: start, at: start))
        world.organizations.upsert(OrganizationRecord(id: organizationID, name: "Org", plan: .free, ownerID: userID,
                                                      createdAt: start, at: start))
        world.organizations.upsert(OrganizationRecord(id: otherOrganizationID, name: "Other", plan: .starter,
                                                      ownerID: userID, createdAt: start, at: start))
        world.workspaces.upsert(WorkspaceRecord(id: workspaceID, organizationID: organizationID, name: "WS", at: start))
        world.workspaces.upsert(WorkspaceRecord(id: otherWorkspaceID, organizationID: otherOrganizationID, name: "WS2", at: start))
        world.memberships.upsert(MembershipRecord(id: 41, workspaceID: workspaceID, userID: userID, isAdmin: true, at: start))
        world.memberships.upsert(MembershipRecord(id: 42, workspaceID: otherWorkspaceID, userID: userID, isAdmin: true, at: start))
        return world
    }

    struct TagBody: Codable { var name: String }
    struct TagAnswer: Codable { var id: Int64; var name: String }

    /// `GET /me/logged` → 200; `POST /workspaces/{workspace_id}/tags` adds a tag (and fails with a
    /// 400 after having changed its copy of the world when the name is empty);
    /// `GET /organizations/{organization_id}` → 200; a Reports route → 200.
    static let routes: [SandboxRoute] = [
        SandboxRoute("GET", "/me/logged") { _, _ in .empty(200) },
        SandboxRoute("POST", "/workspaces/{workspace_id}/tags") { world, context in
            let workspace = try world.accessibleWorkspace(try context.id("workspace_id"), by: context.userID)
            let body = try context.body(TagBody.self)
            let id = world.makeID()
            world.tags.upsert(TagRecord(id: id, workspaceID: workspace.id, name: body.name, creatorID: context.userID,
                                        at: context.now))
            guard !body.name.isEmpty else { throw SandboxFailure.badRequest("Tag name must not be empty") }
            return .json(TagAnswer(id: id, name: body.name))
        },
        SandboxRoute("GET", "/organizations/{organization_id}") { _, _ in .rawJSON("{}") },
        SandboxRoute("POST", "/workspace/{workspace_id}/summary/time_entries", root: .reports) { _, _ in .rawJSON("{}") },
    ]

    static func sandbox(quota: QuotaSettings = QuotaSettings(), faults: SandboxFaults = .none,
                        world: SandboxWorld = EngineFixtures.world) -> Sandbox {
        Sandbox(world: world, clock: .frozen(at: start), quota: quota, faults: faults,
                settings: SandboxSettings(demoTimeZone: TimeZone(identifier: "UTC")!), routes: routes)
    }

    static func basic(_ user: String, _ password: String) -> String {
        "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    }

    static var tokenAuth: String { basic(token, "api_token") }

    static func get(_ path: String, auth: String? = EngineFixtures.tokenAuth,
                    query: [(name: String, value: String)] = []) -> SandboxRequest {
        SandboxRequest(method: "GET", path: path, query: query, headers: auth.map { ["Authorization": $0] } ?? [:])
    }

    static func send(_ method: String, _ path: String, json: String, auth: String? = EngineFixtures.tokenAuth) -> SandboxRequest {
        var headers = ["Content-Type": "application/json"]
        if let auth { headers["Authorization"] = auth }
        return SandboxRequest(method: method, path: path, headers: headers, body: Data(json.utf8))
    }

    static func addTag(_ name: String, workspaceID: Int64 = EngineFixtures.workspaceID) -> SandboxRequest {
        send("POST", "/api/v9/workspaces/\(workspaceID)/tags", json: #"{"name":"\#(name)"}"#)
    }

    static func text(_ response: SandboxResponse) -> String {
        String(decoding: response.body, as: UTF8.self)
    }
}
