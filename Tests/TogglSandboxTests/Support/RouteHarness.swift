import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

/// Runs sandbox routes without sockets: matches a request against `SandboxRoutes.all`, runs the
/// handler on a seeded world at a fixed time, and turns thrown failures into Toggl's answers
/// (405 with an empty body when no route matches), as the engine does.
///
/// The seeded world: the caller `me` owns a Free organization ("Free Org" / workspace "Free
/// Workspace") and a Starter one ("Starter Org" / "Starter Workspace"), administering both;
/// `colleague` is a plain member of the Starter workspace; `stranger` has a Free workspace of
/// their own that `me` cannot see.
struct RouteHarness {
    /// 2026-03-18T12:00:00Z.
    static let start = Date(timeIntervalSince1970: 1_773_835_200)

    var world = SandboxWorld()
    /// The sandbox time requests run at; tests move it to see `at` change.
    var now = RouteHarness.start
    let router = SandboxRouter(routes: SandboxRoutes.all)

    let me: Int64
    let colleague: Int64
    let stranger: Int64
    let freeOrganization: Int64
    let freeWorkspace: Int64
    let starterOrganization: Int64
    let starterWorkspace: Int64
    let strangerWorkspace: Int64

    init() {
        var world = SandboxWorld()
        me = world.makeID()
        colleague = world.makeID()
        stranger = world.makeID()
        freeOrganization = world.makeID()
        freeWorkspace = world.makeID()
        starterOrganization = world.makeID()
        starterWorkspace = world.makeID()
        let strangerOrganization = world.makeID()
        strangerWorkspace = world.makeID()
        let created = Self.start.addingTimeInterval(-400 * 86_400)

        world.users.upsert(UserRecord(
            id: me, email: "me@example.com", fullname: "Sandbox Tester", password: "secret-pass",
            apiToken: "token-me", timezone: "Europe/Berlin", defaultWorkspaceID: freeWorkspace,
            createdAt: created, at: created))
        world.users.upsert(UserRecord(
            id: colleague, email: "colleague@example.com", fullname: "Col League", password: "pass-word",
            apiToken: "token-colleague", timezone: "UTC", defaultWorkspaceID: starterWorkspace,
            createdAt: created, at: created))
        world.users.upsert(UserRecord(
            id: stranger, email: "stranger@example.com", fullname: "Stran Ger", password: "pass-word",
            apiToken: "token-stranger", timezone: "UTC", defaultWorkspaceID: strangerWorkspace,
            createdAt: created, at: created))

        world.organizations.upsert(OrganizationRecord(
            id: freeOrganization, name: "Free Org", plan: .free, ownerID: me, createdAt: created, at: created))
        world.organizations.upsert(OrganizationRecord(
            id: starterOrganization, name: "Starter Org", plan: .starter, ownerID: me, createdAt: created, at: created))
        world.organizations.upsert(OrganizationRecord(
            id: strangerOrganization, name: "Stranger Org", plan: .free, ownerID: stranger,
            createdAt: created, at: created))
        world.workspaces.upsert(WorkspaceRecord(
            id: freeWorkspace, organizationID: freeOrganization, name: "Free Workspace", defaultCurrency: "USD", at: created))
        world.workspaces.upsert(WorkspaceRecord(
            id: starterWorkspace, organizationID: starterOrganization, name: "Starter Workspace", at: created))
        world.workspaces.upsert(WorkspaceRecord(
            id: strangerWorkspace, organizationID: strangerOrganization, name: "Stranger Workspace", at: created))
        for (workspace, user, admin) in [
            (freeWorkspace, me, true), (starterWorkspace, me, true), (starterWorkspace, colleague, false),
            (strangerWorkspace, stranger, true),
        ] {
            world.memberships.upsert(MembershipRecord(
                id: world.makeID(), workspaceID: workspace, userID: user, isAdmin: admin, at: created))
        }
        self.world = world
    }

    // MARK: Requests

    /// Sends a request as `user` (the seeded `me` by default) and returns the answer.
    @discardableResult
    mutating func send(
        _ method: String, _ path: String, query: [(String, String)] = [], json body: String? = nil, as user: Int64? = nil
    ) -> SandboxResponse {
        let request = SandboxRequest(
            method: method, path: "/api/v9" + path, query: query.map { (name: $0.0, value: $0.1) },
            headers: body == nil ? [:] : ["Content-Type": "application/json"], body: Data((body ?? "").utf8))
        guard let (route, parameters) = router.route(method: request.method, path: request.path) else {
            return .empty(405)
        }
        let context = RouteContext(request: request, parameters: parameters, userID: user ?? me, now: now)
        do {
            return try route.handler(&world, context)
        } catch let failure as SandboxFailure {
            return failure.response
        } catch {
            return .error(500, "\(error)")
        }
    }

    /// Sends a request that must succeed and decodes its body.
    mutating func decode<Value: Decodable>(
        _ type: Value.Type, _ method: String, _ path: String, query: [(String, String)] = [], json body: String? = nil,
        as user: Int64? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Value {
        let response = send(method, path, query: query, json: body, as: user)
        #expect(response.status == 200, "\(method) \(path): \(response.status) \(response.text)", sourceLocation: sourceLocation)
        return try TogglJSON.makeDecoder().decode(Value.self, from: response.body)
    }

    /// Moves the sandbox clock.
    mutating func advance(_ seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
    }

    // MARK: Seeding rows directly

    @discardableResult
    mutating func addClient(_ name: String, in workspace: Int64, archived: Bool = false) -> Int64 {
        let id = world.makeID()
        world.clients.upsert(ClientRecord(
            id: id, workspaceID: workspace, name: name, archived: archived, creatorID: me, at: now))
        return id
    }

    @discardableResult
    mutating func addProject(
        _ name: String, in workspace: Int64, client: Int64? = nil, active: Bool = true, isPrivate: Bool = false,
        at: Date? = nil
    ) -> Int64 {
        let id = world.makeID()
        world.projects.upsert(ProjectRecord(
            id: id, workspaceID: workspace, clientID: client, name: name, color: "#0b83d9", active: active,
            isPrivate: isPrivate, startDate: now, createdAt: at ?? now, at: at ?? now))
        return id
    }

    @discardableResult
    mutating func addTask(_ name: String, project: Int64, active: Bool = true) -> Int64 {
        let id = world.makeID()
        let workspace = world.projects[project]!.workspaceID
        world.tasks.upsert(TaskRecord(id: id, workspaceID: workspace, projectID: project, name: name, active: active, at: now))
        return id
    }

    @discardableResult
    mutating func addTag(_ name: String, in workspace: Int64) -> Int64 {
        let id = world.makeID()
        world.tags.upsert(TagRecord(id: id, workspaceID: workspace, name: name, creatorID: me, at: now))
        return id
    }

    @discardableResult
    mutating func addEntry(
        in workspace: Int64, project: Int64? = nil, task: Int64? = nil, tags: [Int64] = [], startedAgo: TimeInterval,
        duration: Int, user: Int64? = nil
    ) -> Int64 {
        let id = world.makeID()
        let start = now.addingTimeInterval(-startedAgo)
        world.timeEntries.upsert(TimeEntryRecord(
            id: id, workspaceID: workspace, userID: user ?? me, projectID: project, taskID: task,
            start: start, stop: duration < 0 ? nil : start.addingTimeInterval(TimeInterval(duration)),
            duration: duration, description: "entry \(id)", tagIDs: tags, createdWith: "tests", at: start))
        return id
    }
}

extension SandboxResponse {
    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }

    /// The error message of a Toggl error answer (a JSON string body).
    var message: String? { try? JSONDecoder().decode(String.self, from: body) }

    /// The body parsed with `JSONSerialization` (for key and type checks).
    var object: Any? { try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }
}
