import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

/// A small, socket-free harness for the time-entry and report routes: a seeded world, a fixed
/// `now`, and `send` that routes a request through `SandboxRouter(routes: SandboxRoutes.all)`
/// exactly as the server would (no route → 405 empty; a thrown ``SandboxFailure`` → its response).
struct EntryHarness {
    /// 2024-12-16 14:30 UTC (15:30 in the seeded user's Europe/Berlin), a Monday.
    static let defaultNow = TogglTimestamp.parse("2024-12-16T14:30:00Z")!

    var world = SandboxWorld()
    var now: Date
    var router = SandboxRouter(routes: SandboxRoutes.all)

    // Seeded ids.
    var userID: Int64 = 0
    var otherUserID: Int64 = 0
    var starterWorkspaceID: Int64 = 0
    var freeWorkspaceID: Int64 = 0
    var clientID: Int64 = 0
    var projectID: Int64 = 0
    var plainProjectID: Int64 = 0
    var freeProjectID: Int64 = 0
    var taskID: Int64 = 0
    var meetingTagID: Int64 = 0
    var bugTagID: Int64 = 0

    /// A world with: the caller "Alex Demo" (Europe/Berlin) and a colleague, a Starter workspace
    /// (client "Acme Corp", project "Website Redesign" with task "Wireframes", project "Deep Work"
    /// without client, tags "meeting" and "bug") and a Free workspace with project "Reading".
    init(now: Date = EntryHarness.defaultNow) {
        self.now = now
        let past = now.addingTimeInterval(-86_400 * 400)
        userID = world.makeID()
        otherUserID = world.makeID()
        let starterOrg = world.makeID()
        let freeOrg = world.makeID()
        starterWorkspaceID = world.makeID()
        freeWorkspaceID = world.makeID()
        world.users.upsert(UserRecord(id: userID, email: "alex@example.com", fullname: "Alex Demo", password: "pw",
                                      apiToken: "token-alex", timezone: "Europe/Berlin",
                                      defaultWorkspaceID: starterWorkspaceID, createdAt: past, at: past))
        world.users.upsert(UserRecord(id: otherUserID, email: "sam@example.com", fullname: "Sam Other", password: "pw",
                                      apiToken: "token-sam", timezone: "UTC",
                                      defaultWorkspaceID: starterWorkspaceID, createdAt: past, at: past))
        world.organizations.upsert(OrganizationRecord(id: starterOrg, name: "Northwind", plan: .starter, ownerID: userID,
                                                      createdAt: past, at: past))
        world.organizations.upsert(OrganizationRecord(id: freeOrg, name: "Personal", plan: .free, ownerID: userID,
                                                      createdAt: past, at: past))
        world.workspaces.upsert(WorkspaceRecord(id: starterWorkspaceID, organizationID: starterOrg, name: "Northwind Studio",
                                                defaultCurrency: "EUR", defaultHourlyRate: 80, at: past))
        world.workspaces.upsert(WorkspaceRecord(id: freeWorkspaceID, organizationID: freeOrg, name: "Personal", at: past))
        for (workspace, user, admin) in [(starterWorkspaceID, userID, true), (freeWorkspaceID, userID, true),
                                         (starterWorkspaceID, otherUserID, false)] {
            world.memberships.upsert(MembershipRecord(id: world.makeID(), workspaceID: workspace, userID: user,
                                                      isAdmin: admin, at: past))
        }
        clientID = world.makeID()
        world.clients.upsert(ClientRecord(id: clientID, workspaceID: starterWorkspaceID, name: "Acme Corp",
                                          creatorID: userID, at: past))
        projectID = world.makeID()
        world.projects.upsert(ProjectRecord(id: projectID, workspaceID: starterWorkspaceID, clientID: clientID,
                                            name: "Website Redesign", color: "#06a893", billable: true, rate: 100,
                                            currency: "EUR", startDate: past, createdAt: past, at: past))
        plainProjectID = world.makeID()
        world.projects.upsert(ProjectRecord(id: plainProjectID, workspaceID: starterWorkspaceID, name: "Deep Work",
                                            color: "#9e5bd9", startDate: past, createdAt: past, at: past))
        freeProjectID = world.makeID()
        world.projects.upsert(ProjectRecord(id: freeProjectID, workspaceID: freeWorkspaceID, name: "Reading",
                                            color: "#2da608", startDate: past, createdAt: past, at: past))
        taskID = world.makeID()
        world.tasks.upsert(TaskRecord(id: taskID, workspaceID: starterWorkspaceID, projectID: projectID,
                                      name: "Wireframes", at: past))
        meetingTagID = world.makeID()
        world.tags.upsert(TagRecord(id: meetingTagID, workspaceID: starterWorkspaceID, name: "meeting",
                                    creatorID: userID, at: past))
        bugTagID = world.makeID()
        world.tags.upsert(TagRecord(id: bugTagID, workspaceID: starterWorkspaceID, name: "bug", creatorID: userID, at: past))
    }

    /// Adds a stopped (or, with `duration < 0`, running) entry directly to the world.
    @discardableResult
    mutating func addEntry(start: Date, duration: Int, workspaceID: Int64? = nil, userID: Int64? = nil,
                           projectID: Int64? = nil, taskID: Int64? = nil, billable: Bool = false,
                           description: String? = "Work", tagIDs: [Int64] = [], at: Date? = nil) -> Int64 {
        let id = world.makeID()
        world.timeEntries.upsert(TimeEntryRecord(
            id: id, workspaceID: workspaceID ?? starterWorkspaceID, userID: userID ?? self.userID,
            projectID: projectID, taskID: taskID, billable: billable, start: start,
            stop: duration < 0 ? nil : start.addingTimeInterval(TimeInterval(duration)), duration: duration,
            description: description, tagIDs: tagIDs, createdWith: "tests", at: at ?? start.addingTimeInterval(max(0, TimeInterval(duration)))))
        return id
    }

    /// An instant `seconds` before `now`.
    func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }

    /// Sends a Track v9 request (`path` below `/api/v9`) or, with `root: .reports`, a Reports v3 one.
    @discardableResult
    mutating func send(_ method: String, _ path: String, query: [(String, String)] = [], json: String? = nil,
                       as user: Int64? = nil, root: SandboxRoute.Root = .track) -> Reply {
        let request = SandboxRequest(method: method, path: root.rawValue + path,
                                     query: query.map { (name: $0.0, value: $0.1) },
                                     headers: json == nil ? [:] : ["Content-Type": "application/json"],
                                     body: Data((json ?? "").utf8))
        guard let (route, parameters) = router.route(method: request.method, path: request.path) else {
            return Reply(response: .empty(405))
        }
        let context = RouteContext(request: request, parameters: parameters, userID: user ?? userID, now: now)
        do {
            return Reply(response: try route.handler(&world, context))
        } catch let failure as SandboxFailure {
            return Reply(response: failure.response)
        } catch {
            return Reply(response: .error(500, "\(error)"))
        }
    }

    /// A response, with helpers to read it.
    struct Reply {
        var response: SandboxResponse
        var status: Int { response.status }
        var headers: [String: String] { response.headers }
        var text: String { String(decoding: response.body, as: UTF8.self) }

        /// The body as any JSON value.
        var json: JSONValue {
            (try? JSONDecoder().decode(JSONValue.self, from: response.body)) ?? .string("<not JSON: \(text)>")
        }

        /// The error message of a JSON-string body.
        var message: String? {
            if case .string(let text) = json { return text }
            return nil
        }

        /// The body decoded as `Value` with Toggl's decoder.
        func decode<Value: Decodable>(_ type: Value.Type = Value.self) throws -> Value {
            try TogglJSON.makeDecoder().decode(Value.self, from: response.body)
        }

        /// The top-level object's value for `key`.
        subscript(json key: String) -> JSONValue? {
            guard case .object(let object) = json else { return nil }
            return object[key]
        }
    }
}

extension JSONValue {
    /// The object's value for `key` (names chosen not to collide with other suites' helpers).
    subscript(json key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The array's elements (empty for anything else).
    var jsonItems: [JSONValue] {
        guard case .array(let items) = self else { return [] }
        return items
    }

    /// The string, if this is one.
    var jsonString: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The integer, if this is one.
    var jsonInt: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }
}
