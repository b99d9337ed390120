import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

/// Seeded, deterministic, bounded fuzzing of the sandbox's routes through the socket-free
/// ``Sandbox/handle(_:realNow:)``: random methods, paths made from the real route table with random
/// segments, random query values and random (often mutated valid) JSON bodies, with and without
/// valid credentials. Nothing may trap; every answer is a valid HTTP status, and a body sent as
/// JSON is valid JSON.
///
/// A trap cannot report itself: run with `SANDBOX_FUZZ_TRACE=1` to print every input before it is
/// handled (the last one printed is the culprit). Failures are recorded with the seed, the
/// iteration and the request. Serialized, so the fuzzers take one core, not both, from the
/// integration tests running beside them.
@Suite(.serialized) struct SandboxRouteFuzzTests {
    static let now = TogglTimestamp.parse("2024-12-18T14:10:00Z")!
    static let utc = TimeZone(identifier: "UTC")!
    static let trace = ProcessInfo.processInfo.environment["SANDBOX_FUZZ_TRACE"] != nil

    @Test(arguments: [UInt64(0x5EED_0001), 0x5EED_0002, 0x5EED_0003])
    func randomRequestsToTheDemoSandboxNeverTrap(seed: UInt64) {
        let sandbox = Sandbox(world: DemoAccount.makeWorld(now: Self.now, timeZone: Self.utc), clock: .frozen(at: Self.now),
                              quota: .unlimited, settings: .demo(timeZone: Self.utc))
        var fuzzer = RequestFuzzer(seed: seed, world: sandbox.world, adminPaths: false)
        Self.run(&fuzzer, on: sandbox, seed: seed, iterations: 800, allowServerErrors: false)
    }

    @Test(arguments: [UInt64(0xAD31_0001), 0xAD31_0002])
    func randomRequestsIncludingTheAdminAPINeverTrap(seed: UInt64) {
        let sandbox = Sandbox(world: DemoAccount.makeWorld(now: Self.now, timeZone: Self.utc), clock: .frozen(at: Self.now),
                              quota: .unlimited, settings: SandboxSettings(demoTimeZone: Self.utc))
        var fuzzer = RequestFuzzer(seed: seed, world: sandbox.world, adminPaths: true)
        // Injected 5xx faults may be switched on by the fuzzer itself here.
        Self.run(&fuzzer, on: sandbox, seed: seed, iterations: 500, allowServerErrors: true)
    }

    /// Not random: every route of the table, with real ids of the demo user's default workspace,
    /// gets each member of its seed body set to each extreme value in turn (bodies), or each query
    /// parameter set to each extreme (reads). Finds what random mutation reaches only by luck.
    @Test func everyRouteWithEachExtremeValueInEachPlaceNeverTraps() throws {
        let world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.utc)
        let user = try #require(world.user(apiToken: DemoAccount.apiToken))
        let workspace = user.defaultWorkspaceID
        let own: [String: Int64] = [
            "workspace_id": workspace, "organization_id": world.workspaces[workspace]?.organizationID ?? 0,
            "client_id": world.clients.all.first { $0.workspaceID == workspace }?.id ?? 0,
            "project_id": world.projects.all.first { $0.workspaceID == workspace }?.id ?? 0,
            "task_id": world.tasks.all.first { $0.workspaceID == workspace }?.id ?? 0,
            "tag_id": world.tags.all.first { $0.workspaceID == workspace }?.id ?? 0,
            "time_entry_id": world.timeEntries.all.first { $0.workspaceID == workspace && !$0.isRunning }?.id ?? 0,
            "project_user_id": world.projectUsers.all.first { $0.workspaceID == workspace }?.id ?? 0,
        ]
        let numbers = ["9223372036854775807", "-9223372036854775808", "4611686018427387904", "-1", "1e300"]
        let queryValues = ["9223372036854775807", "-9223372036854775808", "9999-12-31T23:59:59Z"]
        var fuzzer = RequestFuzzer(seed: 1, world: world, adminPaths: false)
        var requests: [SandboxRequest] = []
        let auth = ["Authorization": "Basic " + Data("\(DemoAccount.apiToken):api_token".utf8).base64EncodedString()]
        var seen = Set<String>()
        for route in SandboxRoutes.all where seen.insert("\(route.method) \(route.root) \(route.segments)").inserted {
            let path = route.root.rawValue + "/" + route.segments.map { segment -> String in
                guard segment.first == "{" else { return String(segment) }
                var name = String(segment.dropFirst().dropLast())
                if name.hasSuffix("_ids") { name = String(name.dropLast()) }
                return String(own[name] ?? 0)
            }.joined(separator: "/")
            if route.method == "GET" || route.method == "DELETE" {
                for name in RequestFuzzer.numericQueryNames {
                    for value in queryValues {
                        requests.append(SandboxRequest(method: route.method, path: path, query: [(name, value)], headers: auth))
                    }
                }
                continue
            }
            let seed = fuzzer.seedBody(for: path)
            let variants: [RequestFuzzer.JSON]
            switch seed {
            case .object(let members):
                variants = members.indices.flatMap { index in
                    numbers.map { number in
                        var changed = members
                        changed[index].1 = .raw(number)
                        return RequestFuzzer.JSON.object(changed)
                    }
                }
            case .array(let items):
                variants = items.indices.flatMap { index -> [RequestFuzzer.JSON] in
                    guard case .object(let members) = items[index] else { return [] }
                    return numbers.map { number in
                        var changed = items
                        changed[index] = .object(members.map { $0.0 == "value" ? ($0.0, .raw(number)) : $0 })
                        return RequestFuzzer.JSON.array(changed)
                    }
                }
            default:
                variants = [seed]
            }
            for variant in variants {
                requests.append(SandboxRequest(method: route.method, path: path, headers: auth, body: Data(variant.text.utf8)))
            }
        }
        print("SandboxRouteFuzzTests: extremes sweep, \(requests.count) requests")
        var sandbox = Self.freshDemoSandbox(world)
        for (index, request) in requests.enumerated() {
            if index % 50 == 0 { sandbox = Self.freshDemoSandbox(world) }
            let described = "extremes sweep \(index): \(RequestFuzzer.describe(request))"
            if Self.trace { print(described) }
            let response = sandbox.handle(request, realNow: Self.now)
            if !(200...499).contains(response.status) {
                Issue.record("status \(response.status) \(String(decoding: response.body, as: UTF8.self)): \(described)")
            }
        }
    }

    static func freshDemoSandbox(_ world: SandboxWorld) -> Sandbox {
        Sandbox(world: world, clock: .frozen(at: now), quota: .unlimited, settings: .demo(timeZone: utc))
    }

    static func run(_ fuzzer: inout RequestFuzzer, on sandbox: Sandbox, seed: UInt64, iterations: Int,
                    allowServerErrors: Bool) {
        var statuses: [Int: Int] = [:]
        defer {
            let summary = statuses.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")
            print("SandboxRouteFuzzTests: seed \(String(seed, radix: 16)), \(iterations) requests: \(summary)")
        }
        for iteration in 0..<iterations {
            if iteration % 100 == 0 { fuzzer.learnIDs(from: sandbox.world) }
            let request = fuzzer.request()
            let described = "seed \(String(seed, radix: 16)) iteration \(iteration): \(RequestFuzzer.describe(request))"
            if trace { print(described) }
            let response = sandbox.handle(request, realNow: now)
            statuses[response.status, default: 0] += 1
            if response.delivery == .dropConnection {
                if response.status != 0 { Issue.record("dropped with status \(response.status): \(described)") }
                continue
            }
            guard (200...599).contains(response.status) else {
                Issue.record("status \(response.status): \(described)")
                continue
            }
            if !allowServerErrors, response.status >= 500 {
                Issue.record("server error \(response.status) \(String(decoding: response.body, as: UTF8.self)): \(described)")
            }
            if response.headers["Content-Type"]?.hasPrefix("application/json") == true,
               (try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed])) == nil {
                Issue.record("not JSON (\(response.status)): \(String(decoding: response.body.prefix(200), as: UTF8.self)): \(described)")
            }
            if response.status == 400 || response.status == 404 || response.status == 409 {
                // Toggl's errors are JSON strings.
                if (try? JSONDecoder().decode(String.self, from: response.body)) == nil {
                    Issue.record("error \(response.status) without a JSON string: \(described)")
                }
            }
        }
    }
}

/// Makes the fuzz requests. Deterministic for a seed.
struct RequestFuzzer {
    var random: SeededRandom
    var ids: [Int64] = []
    /// Ids of the world by path parameter name (`workspace_id` → workspace ids, …).
    var idsByParameter: [String: [Int64]] = [:]
    let adminPaths: Bool
    /// The route table, weighted: routes that take a body twice, the reports (paging and sums)
    /// six times — they have the most arithmetic to get wrong.
    let routes = SandboxRoutes.all.flatMap { route -> [SandboxRoute] in
        if route.root == .reports { return Array(repeating: route, count: 6) }
        return route.method == "GET" || route.method == "DELETE" ? [route] : [route, route]
    }

    init(seed: UInt64, world: SandboxWorld, adminPaths: Bool) {
        random = SeededRandom(seed: seed)
        self.adminPaths = adminPaths
        learnIDs(from: world)
    }

    mutating func learnIDs(from world: SandboxWorld) {
        var all: [Int64] = []
        all += world.users.all.map(\.id) + world.organizations.all.map(\.id) + world.workspaces.all.map(\.id)
        all += world.memberships.all.map(\.id) + world.clients.all.map(\.id) + world.projects.all.map(\.id)
        all += world.tasks.all.map(\.id) + world.tags.all.map(\.id) + world.timeEntries.all.map(\.id)
        all += world.projectUsers.all.map(\.id)
        ids = all.sorted()
        let workspaces = world.workspaces.all.map(\.id), projects = world.projects.all.map(\.id)
        let tasks = world.tasks.all.map(\.id), entries = world.timeEntries.all.map(\.id)
        idsByParameter = [
            "workspace_id": workspaces, "organization_id": world.organizations.all.map(\.id),
            "client_id": world.clients.all.map(\.id), "project_id": projects, "project_ids": projects,
            "task_id": tasks, "task_ids": tasks, "tag_id": world.tags.all.map(\.id),
            "time_entry_id": entries, "time_entry_ids": entries, "project_user_id": world.projectUsers.all.map(\.id),
        ]
    }

    // MARK: Choices

    mutating func below(_ count: Int) -> Int { Int(random.next() % UInt64(max(count, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }

    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "get", "TRACE"]

    static let hostileNumbers = ["9223372036854775807", "-9223372036854775808", "9223372036854775808",
                                 "99999999999999999999999", "-1", "0", "1", "2147483648", "1e308", "1e400", "-0",
                                 "0x10", "NaN", "inf", " 7", "7 ", "+5", "1.5", ""]

    static let hostileStrings = ["abc", "2024-13-45", "2024-02-30", "0000-01-01", "9999-12-31", "10000-01-01",
                                 "2024-12-18T10:00:00Z", "2024-12-18T10:00:00+25:00", "1970-01-01", "2006-01-01T00:00:00Z",
                                 "2030-12-31T23:59:59Z", "true", "false", "both", "null", "%00", "\u{0}", "\u{202E}evil",
                                 "日本語", String(repeating: "x", count: 2000), "1,2,3", ",", "a,b", "DESC", "asc",
                                 "name", "created_at", "duration", "user", "date", "projects", "clients", "users",
                                 "time_entries", "tasks", "unassign", "delete", "active", "archived"]

    mutating func scalarText() -> String {
        if chance(50) { return pick(Self.hostileNumbers) }
        if chance(30), let id = ids.isEmpty ? nil : pick(ids) { return String(id) }
        return pick(Self.hostileStrings)
    }

    // MARK: Paths

    /// A method and a path: mostly a route's own method and pattern, with real ids of the right
    /// kind most of the time, else anything.
    mutating func target() -> (method: String, path: String) {
        if adminPaths, chance(25) {
            let admin = ["requests", "reset", "seed", "world", "clock", "quota", "quota/reset", "faults", "", "nope"]
            return (pick(["GET", "POST", "PUT", "DELETE"]), AdminRoutes.prefix + "/" + pick(admin))
        }
        if chance(4) {
            return (pick(Self.methods), pick(["/", "/api/v9", "/api/v9/", "/reports/api/v3/", "/api/v9//me", "/api/v9/me/../me", ""]))
        }
        let route = pick(routes)
        var parts: [String] = []
        for segment in route.segments {
            if segment.first == "{" {
                let name = String(segment.dropFirst().dropLast())
                if let pool = idsByParameter[name], !pool.isEmpty, chance(75) {
                    let count = name.hasSuffix("ids") ? 1 + below(3) : 1
                    parts.append((0..<count).map { _ in String(pick(pool)) }.joined(separator: ","))
                } else {
                    parts.append(segmentValue(plural: segment.hasSuffix("ids}")))
                }
            } else {
                parts.append(chance(3) ? scalarText() : String(segment))
            }
        }
        if chance(3) { parts.append(scalarText()) }
        return (chance(85) ? route.method : pick(Self.methods), route.root.rawValue + "/" + parts.joined(separator: "/"))
    }

    mutating func segmentValue(plural: Bool) -> String {
        if !ids.isEmpty, chance(60) {
            if plural, chance(50) { return (0..<(1 + below(4))).map { _ in String(pick(ids)) }.joined(separator: ",") }
            return String(pick(ids))
        }
        if plural, chance(20) { return (0..<(90 + below(30))).map { String($0) }.joined(separator: ",") }
        return scalarText()
    }

    // MARK: Query

    static let queryNames = ["since", "before", "start_date", "end_date", "page", "per_page", "meta", "active",
                             "offset", "start_project_id", "pid", "include_archived", "with_related_data", "name",
                             "search", "sort_field", "sort_order", "user_id", "client_ids", "project_ids", "ids",
                             "include_not_active", "teDeletionMode", "only_templates", "is_active", "status",
                             "only_me", "since_index", "empty", "api_token", "billable", "min_duration_seconds"]

    /// The query parameters that carry numbers, dates or ids.
    static let numericQueryNames = ["since", "before", "start_date", "end_date", "page", "per_page", "offset",
                                    "start_project_id", "pid", "user_id", "client_ids", "project_ids", "since_index"]

    mutating func query() -> [(name: String, value: String)] {
        (0..<below(5)).map { _ in (name: pick(Self.queryNames), value: scalarText()) }
    }

    // MARK: Bodies

    /// A JSON value to render as text (numbers kept as text, so they can exceed any type).
    indirect enum JSON {
        case raw(String)
        case string(String)
        case array([JSON])
        case object([(String, JSON)])

        var text: String {
            switch self {
            case .raw(let text): return text
            case .string(let text):
                let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
                return String(decoding: data, as: UTF8.self)
            case .array(let items): return "[" + items.map(\.text).joined(separator: ",") + "]"
            case .object(let members):
                return "{" + members.map { JSON.string($0.0).text + ":" + $0.1.text }.joined(separator: ",") + "}"
            }
        }
    }

    /// The seed body that fits a path (by what it names), or any seed body.
    mutating func seedBody(for path: String) -> JSON {
        let seeds = seedBodies()
        let index: Int
        if path.hasPrefix(SandboxRoute.Root.reports.rawValue) { index = 5 }
        else if path.contains("/time_entries/"), !path.hasSuffix("/stop"), chance(50) { index = pick([2, 7]) }
        else if path.contains("/time_entries") { index = pick([0, 1]) }
        else if path.contains("/tasks") { index = 4 }
        else if path.contains("/project_users") { index = 9 }
        else if path.contains("/projects") { index = 3 }
        else if path.contains("/clients") { index = pick([3, 10]) }
        else if path.contains("/organizations") { index = 8 }
        else if path.contains("/me") { index = 6 }
        else if path.hasPrefix(AdminRoutes.prefix) { index = 11 }
        else { index = below(seeds.count) }
        return seeds[index]
    }

    mutating func seedBodies() -> [JSON] {
        let workspace = ids.isEmpty ? "1" : String(pick(ids))
        let someID = ids.isEmpty ? "1" : String(pick(ids))
        return [
            .object([("start", .string("2024-12-18T10:00:00Z")), ("duration", .raw("3600")), ("created_with", .string("fuzz")),
                     ("workspace_id", .raw(workspace)), ("description", .string("d")), ("tags", .array([.string("t")])),
                     ("project_id", .raw(someID)), ("billable", .raw("false"))]),
            .object([("start", .string("2024-12-18T10:00:00Z")), ("duration", .raw("-1")), ("created_with", .string("fuzz"))]),
            .object([("stop", .string("2024-12-18T11:00:00Z")), ("tag_action", .string("add")), ("tag_ids", .array([.raw(someID)]))]),
            .object([("name", .string("n")), ("client_id", .raw(someID)), ("active", .raw("true")), ("color", .string("#06aaf5")),
                     ("estimated_hours", .raw("10")), ("rate", .raw("12.5")), ("is_private", .raw("false")),
                     ("start_date", .string("2024-12-01")), ("end_date", .string("2024-12-31"))]),
            .object([("name", .string("task")), ("estimated_seconds", .raw("60")), ("active", .raw("true")), ("user_id", .raw(someID))]),
            .object([("start_date", .string("2024-12-01")), ("end_date", .string("2024-12-18")), ("page_size", .raw("2")),
                     ("first_row_number", .raw("2")), ("first_id", .raw(someID)), ("grouped", .raw("true")),
                     ("order_by", .string("duration")), ("grouping", .string("clients")), ("sub_grouping", .string("users"))]),
            .object([("fullname", .string("F")), ("beginning_of_week", .raw("1")), ("timezone", .string("Europe/Berlin")),
                     ("current_password", .string(DemoAccount.password)), ("password", .string("newpassword")),
                     ("default_workspace_id", .raw(workspace)), ("country_id", .raw("5"))]),
            .array([.object([("op", .string("replace")), ("path", .string("/duration")), ("value", .raw("120"))]),
                    .object([("op", .string("add")), ("path", .string("/tags")), ("value", .array([.string("x")]))]),
                    .object([("op", .string("remove")), ("path", .string("/tag_ids"))])]),
            .object([("name", .string("org")), ("workspace_name", .string("ws")), ("admins", .array([.raw(someID)]))]),
            .object([("project_id", .raw(someID)), ("user_id", .raw(someID)), ("manager", .raw("true")), ("rate", .raw("1e300"))]),
            .object([("ids", .array([.raw(someID)])), ("archive", .raw("true"))]),
            .object([("user_limit", .raw("1")), ("window_seconds", .raw("60")), ("latency_seconds", .raw("0")),
                     ("advance_seconds", .raw("60")), ("freeze", .raw("true")), ("set", .string("2024-12-18T10:00:00Z")),
                     ("organization_limits", .object([(someID, .raw("5"))]))]),
        ]
    }

    mutating func hostileValue(depth: Int = 0) -> JSON {
        switch below(depth > 2 ? 3 : 7) {
        case 0, 6: return .raw(pick(["9223372036854775807", "-9223372036854775808", "1e308", "-1e308", "1e400",
                                     "123456789012345678901234567890", "-1", "0", "0.5", "true", "false", "null",
                                     "9223372036854775807", "-9223372036854775808", "4611686018427387904"]))
        case 1: return .string(pick(Self.hostileStrings))
        case 2: return ids.isEmpty ? .raw("1") : .raw(String(pick(ids)))
        case 3: return .array((0..<below(4)).map { _ in hostileValue(depth: depth + 1) })
        case 4: return .object((0..<below(4)).map { _ in (pick(Self.queryNames), hostileValue(depth: depth + 1)) })
        default: return .raw(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
        }
    }

    /// A hostile value of the same JSON kind as `value`, so decoding gets past the types to the
    /// arithmetic: extreme in-range integers for numbers, hostile strings for strings.
    mutating func sameKindValue(like value: JSON) -> JSON {
        switch value {
        case .raw(let text) where Int64(text) != nil || Double(text) != nil:
            return .raw(pick(["9223372036854775807", "-9223372036854775808", "4611686018427387904",
                              "-1", "0", "86400000000", "1e300"]))
        case .string:
            return .string(pick(Self.hostileStrings))
        case .array(let items):
            return .array(items.map { sameKindValue(like: $0) })
        default:
            return mutate(value, depth: 1)
        }
    }

    mutating func mutate(_ value: JSON, depth: Int = 0) -> JSON {
        switch value {
        case .object(var members):
            for index in members.indices where chance(20) {
                members[index].1 = chance(70) ? sameKindValue(like: members[index].1) : hostileValue()
            }
            if !members.isEmpty, chance(15) { members.remove(at: below(members.count)) }
            if chance(10) { members.append((pick(Self.queryNames), hostileValue())) }
            return .object(members)
        case .array(var items):
            if !items.isEmpty, chance(50) {
                let index = below(items.count)
                items[index] = mutate(items[index], depth: depth + 1)
            }
            if chance(10) { items.append(hostileValue()) }
            return .array(items)
        default:
            return chance(50) ? hostileValue() : value
        }
    }

    mutating func body(for path: String) -> Data {
        switch below(10) {
        case 0: return Data()
        case 1: return Data(pick(["{", "nope", "{\"a\":}", "[1,]", "\u{FEFF}{}", "{} {}", "\"str\"", "null", "0"]).utf8)
        case 2: return Data(hostileValue().text.utf8)
        default:
            var value = chance(85) ? seedBody(for: path) : pick(seedBodies())
            for _ in 0..<(1 + below(2)) { value = mutate(value) }
            return Data(value.text.utf8)
        }
    }

    // MARK: Credentials

    mutating func headers() -> [String: String] {
        func basic(_ user: String, _ password: String) -> String {
            "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        }
        var headers = ["Content-Type": "application/json"]
        switch below(16) {
        case 0: break
        case 1: headers["Authorization"] = basic("wrong-token", "api_token")
        case 2: headers["Authorization"] = pick(["Basic !!!", "Bearer x", "Basic ", basic("", ""), "Basic " + String(repeating: "A", count: 3000)])
        case 3: headers["Authorization"] = basic(DemoAccount.email, DemoAccount.password)
        default: headers["Authorization"] = basic(DemoAccount.apiToken, "api_token")
        }
        return headers
    }

    mutating func request() -> SandboxRequest {
        let (method, path) = target()
        return SandboxRequest(method: method, path: path, query: query(), headers: headers(), body: body(for: path))
    }

    static func describe(_ request: SandboxRequest) -> String {
        let body = String(decoding: request.body.prefix(400), as: UTF8.self)
        return "\(request.method) \(request.path)?\(request.queryString) auth=\(request.header("Authorization") != nil) body=\(body)"
    }
}
