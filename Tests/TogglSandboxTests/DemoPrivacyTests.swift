import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// What `toggl-tui --demo` exposes, tested on the engine (no sockets): no admin API, a request log
/// without secrets, admin values that cannot break the sandbox, and the demo folder's home rule.
@Suite struct DemoPrivacyTests {
    typealias F = EngineFixtures
    static let now = TogglTimestamp.parse("2024-12-18T14:10:00Z")!
    static let utc = TimeZone(identifier: "UTC")!

    static func demoSandbox(settings: SandboxSettings = .demo(timeZone: utc)) -> Sandbox {
        Sandbox(world: DemoAccount.makeWorld(now: now, timeZone: utc), clock: .frozen(at: now),
                quota: .unlimited, settings: settings)
    }

    static var demoAuth: String { F.basic(DemoAccount.apiToken, "api_token") }

    static func request(_ method: String, _ path: String, json: String? = nil, auth: String? = demoAuth,
                        query: [(name: String, value: String)] = []) -> SandboxRequest {
        var headers: [String: String] = [:]
        if let auth { headers["Authorization"] = auth }
        return SandboxRequest(method: method, path: path, query: query, headers: headers,
                              body: json.map { Data($0.utf8) } ?? Data())
    }

    // MARK: Admin API

    @Test(arguments: [("GET", "/__sandbox/world"), ("GET", "/__sandbox/requests"), ("POST", "/__sandbox/seed"),
                      ("POST", "/__sandbox/reset"), ("PUT", "/__sandbox/faults"), ("POST", "/__sandbox/clock"),
                      ("PUT", "/__sandbox/quota"), ("GET", "/__sandbox")])
    func withTheAdminAPIOffItsPathsAreUnknownLikeAnyOther(method: String, path: String) throws {
        let sandbox = Self.demoSandbox()
        let before = sandbox.world
        let anonymous = sandbox.handle(Self.request(method, path, json: "{}", auth: nil))
        #expect(anonymous.status == 401)
        #expect(anonymous.body.isEmpty)
        let authenticated = sandbox.handle(Self.request(method, path, json: "{}"))
        #expect(authenticated.status == 405)
        #expect(authenticated.body.isEmpty)
        #expect(sandbox.world == before)
        #expect(sandbox.faults == .none)
        #expect(sandbox.clock == .frozen(at: Self.now))
        #expect(!String(decoding: anonymous.body + authenticated.body, as: UTF8.self).contains(DemoAccount.password))
    }

    @Test func withTheAdminAPIOffAdminPathsGetTheInjectedLatencyLikeAnyOther() {
        let sandbox = Self.demoSandbox()
        sandbox.faults = SandboxFaults(latencySeconds: 0.5)
        #expect(sandbox.latencySeconds(for: Self.request("GET", "/__sandbox/world")) == 0.5)
    }

    @Test func theAdminAPIStaysOnForTestsAndTheStandaloneSandbox() {
        let sandbox = Self.demoSandbox(settings: SandboxSettings(demoTimeZone: Self.utc))
        #expect(sandbox.handle(Self.request("GET", "/__sandbox/world", auth: nil)).status == 200)
    }

    // MARK: Request log

    @Test func thePasswordChangeBodyIsNotLogged() throws {
        let sandbox = Self.demoSandbox()
        let json = #"{"current_password":"demo-password","password":"n3w-secret-pw","fullname":"A"}"#
        let response = sandbox.handle(Self.request("PUT", "/api/v9/me", json: json))
        #expect(response.status == 200)
        let logged = try #require(sandbox.requestLog.last)
        #expect(logged.body == LogRedaction.redactedBody(byteCount: json.utf8.count))
        #expect(!logged.body.contains("demo-password"))
        #expect(!logged.body.contains("n3w-secret-pw"))
    }

    @Test func secretNamedMembersAreRedactedAtAnyDepthAndOtherBodiesKeptAsSent() throws {
        let sandbox = Self.demoSandbox()
        let workspace = try #require(sandbox.world.workspaces.all.first).id
        let json = #"{"name":"Kept","api_token":"tok-123","nested":[{"Password":"pw-456","note":"n"}]}"#
        _ = sandbox.handle(Self.request("POST", "/api/v9/workspaces/\(workspace)/tags", json: json))
        let logged = try #require(sandbox.requestLog.last?.body)
        #expect(!logged.contains("tok-123"))
        #expect(!logged.contains("pw-456"))
        #expect(logged.contains("Kept"))
        #expect(logged.contains(LogRedaction.redacted))

        let plain = #"{"name":"Plain tag"}"#
        _ = sandbox.handle(Self.request("POST", "/api/v9/workspaces/\(workspace)/tags", json: plain))
        #expect(sandbox.requestLog.last?.body == plain)

        let form = "user=a&password=hunter2"
        _ = sandbox.handle(Self.request("POST", "/api/v9/workspaces/\(workspace)/tags", json: form))
        #expect(sandbox.requestLog.last?.body == LogRedaction.redactedBody(byteCount: form.utf8.count))
    }

    @Test func secretQueryValuesAndTheAuthorizationHeaderAreNeverLogged() throws {
        let sandbox = Self.demoSandbox(settings: SandboxSettings(demoTimeZone: Self.utc))
        _ = sandbox.handle(Self.request("GET", "/api/v9/me", query: [("api_token", "query-secret"), ("since", "1")]))
        let logged = try #require(sandbox.requestLog.last)
        #expect(logged.query == "api_token=\(LogRedaction.redacted)&since=1")
        let everything = String(decoding: try JSONEncoder().encode(sandbox.requestLog), as: UTF8.self)
            + String(decoding: sandbox.handle(Self.request("GET", "/__sandbox/requests", auth: nil)).body, as: UTF8.self)
        #expect(!everything.contains("query-secret"))
        #expect(!everything.contains(DemoAccount.apiToken))
        #expect(!everything.contains(Self.demoAuth.dropFirst("Basic ".count)))
    }

    // MARK: Admin values that used to trap

    @Test(arguments: [#"{"window_seconds": 9223372036854775807}"#, #"{"window_seconds": 0}"#,
                      #"{"window_seconds": -5}"#, #"{"user_limit": -9223372036854775808}"#,
                      #"{"organization_limit": -1}"#, #"{"burst_per_second": -3}"#,
                      #"{"organization_limits": {"1": -2}}"#])
    func outOfRangeQuotaSettingsAre400AndChangeNothing(json: String) throws {
        let sandbox = F.sandbox()
        let before = sandbox.quotaSettings
        let response = sandbox.handle(F.send("PUT", "/__sandbox/quota", json: json, auth: nil))
        #expect(response.status == 400)
        #expect(try JSONDecoder().decode(String.self, from: response.body).isEmpty == false)
        #expect(sandbox.quotaSettings == before)
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)
    }

    @Test func theLimiterClampsHostileSettingsInsteadOfTrapping() {
        var limiter = QuotaLimiter(settings: QuotaSettings(userLimit: .min, organizationLimit: .max,
                                                          windowSeconds: .max, burstPerSecond: -1))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(limiter.admit(.user(1), at: now) == .burst)
        limiter.settings.burstPerSecond = nil
        #expect(limiter.admit(.user(1), at: now) == .exhausted(resetsInSeconds: QuotaSettings.maximumWindowSeconds))
        #expect(limiter.peek(.user(1), at: now).remaining == 0)
        let organization = QuotaKey.organization(userID: 1, organizationID: 2)
        #expect(limiter.admit(organization, at: now) == .admitted(remaining: Int.max - 1,
                                                                   resetsInSeconds: QuotaSettings.maximumWindowSeconds))
        limiter.settings.windowSeconds = .min
        _ = limiter.admit(organization, at: now)
        _ = limiter.peek(organization, at: now)
    }

    @Test(arguments: [#"{"latency_seconds": 1e300}"#, #"{"latency_seconds": -1}"#, #"{"withhold_seconds": 1e20}"#,
                      #"{"server_error_rate": 2}"#, #"{"drop_connection_rate": -0.5}"#,
                      #"{"commit_then_timeout": -1}"#])
    func outOfRangeFaultsAre400(json: String) {
        let sandbox = F.sandbox()
        #expect(sandbox.handle(F.send("PUT", "/__sandbox/faults", json: json, auth: nil)).status == 400)
        #expect(sandbox.faults == .none)
    }

    @Test func faultSecondsSetInCodeAreClampedBeforeTheServerSleeps() {
        let sandbox = F.sandbox(faults: SandboxFaults(latencySeconds: .infinity))
        #expect(sandbox.latencySeconds(for: F.get("/api/v9/me/logged")) == SandboxFaults.maximumSeconds)
        sandbox.faults = SandboxFaults(latencySeconds: .nan, commitThenTimeout: 1, withholdSeconds: 1e300)
        #expect(sandbox.latencySeconds(for: F.get("/api/v9/me/logged")) == 0)
        let withheld = sandbox.handle(F.addTag("x"))
        #expect(withheld.delivery == .withhold(seconds: SandboxFaults.maximumSeconds))
    }

    @Test(arguments: [#"{"advance_seconds": 1e300}"#, #"{"advance_seconds": -1e300}"#,
                      #"{"advance_seconds": 253402300799}"#, #"{"advance_seconds": -1750000001}"#,
                      #"{"set": "10000-01-01T00:00:00Z"}"#, #"{"set": 5}"#])
    func clockChangesOutOfRangeAre400AndLeaveTheClock(json: String) {
        let sandbox = F.sandbox()
        let response = sandbox.handle(F.send("POST", "/__sandbox/clock", json: json, auth: nil))
        #expect(response.status == 400)
        #expect(sandbox.clock == .frozen(at: F.start))
        #expect(sandbox.handle(F.get("/api/v9/me/logged")).status == 200)
    }

    @Test func aClockChangeWithinRangeStillWorks() {
        let sandbox = F.sandbox()
        #expect(sandbox.handle(F.send("POST", "/__sandbox/clock", json: #"{"advance_seconds": -3600}"#, auth: nil)).status == 200)
        #expect(sandbox.now() == F.start.addingTimeInterval(-3600))
    }

    // MARK: Request values that used to trap

    @Test func theDetailedReportPagesWithHugeNumbersWithTheDemoToken() throws {
        let sandbox = Self.demoSandbox()
        let workspace = try #require(sandbox.world.workspaces.all.first).id
        let path = "/reports/api/v3/workspace/\(workspace)/search/time_entries"
        for body in [#"{"start_date":"2024-12-01","end_date":"2024-12-18","page_size":9223372036854775807}"#,
                     #"{"start_date":"2024-12-01","first_row_number":9223372036854775807,"page_size":9223372036854775807}"#,
                     #"{"start_date":"2024-12-01","first_row_number":2,"page_size":9223372036854775807,"first_id":-9223372036854775808}"#] {
            let response = sandbox.handle(Self.request("POST", path, json: body))
            #expect(response.status == 200, "\(body)")
            #expect((try? JSONSerialization.jsonObject(with: response.body)) is [Any])
        }
    }

    @Test func pagesOfEntityListsWithHugeNumbersAreEmptyNotATrap() throws {
        let sandbox = Self.demoSandbox()
        let workspace = try #require(sandbox.world.workspaces.all.first).id
        for path in ["/api/v9/workspaces/\(workspace)/projects", "/api/v9/workspaces/\(workspace)/tasks",
                     "/api/v9/workspaces/\(workspace)/tags"] {
            let response = sandbox.handle(Self.request("GET", path, query: [("page", "9223372036854775807"),
                                                                           ("per_page", "9223372036854775807")]))
            #expect(response.status < 500, "\(path)")
        }
    }

    @Test func aStoppedDurationBeyondTenYearsIs400() throws {
        let sandbox = Self.demoSandbox()
        let workspace = try #require(sandbox.world.workspaces.all.first).id
        let response = sandbox.handle(Self.request(
            "POST", "/api/v9/workspaces/\(workspace)/time_entries",
            json: #"{"start":"2024-12-18T10:00:00Z","duration":9223372036854775807,"created_with":"t","workspace_id":\#(workspace)}"#))
        #expect(response.status == 400)
        #expect(try JSONDecoder().decode(String.self, from: response.body).hasPrefix("duration must be between 0 and"))
    }

    @Test func aLoadedWorldWithExtremeNumbersIsServedWithoutATrap() throws {
        var world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.utc)
        for entry in world.timeEntries.all where !entry.isRunning {
            world.timeEntries.modify(entry.id) { $0.duration = .max; $0.billable = true }
        }
        for project in world.projects.all {
            world.projects.modify(project.id) { $0.rate = 1e300; $0.estimatedHours = .max }
        }
        for user in world.users.all { world.users.modify(user.id) { $0.beginningOfWeek = .min } }
        world.lastID = .max
        let sandbox = Sandbox(world: world, clock: .frozen(at: Self.now), quota: .unlimited,
                              settings: .demo(timeZone: Self.utc))
        let workspace = try #require(world.workspaces.all.first).id
        let reports = "/reports/api/v3/workspace/\(workspace)"
        let requests = [
            Self.request("GET", "/api/v9/me", query: [("with_related_data", "true")]),
            Self.request("GET", "/api/v9/me/projects"), Self.request("GET", "/api/v9/me/tasks"),
            Self.request("GET", "/api/v9/workspaces/\(workspace)/projects"),
            Self.request("POST", "\(reports)/summary/time_entries", json: #"{"start_date":"2024-12-01"}"#),
            Self.request("POST", "\(reports)/search/time_entries", json: #"{"start_date":"2024-12-01","order_by":"duration"}"#),
            Self.request("POST", "\(reports)/weekly/time_entries", json: #"{"start_date":"2024-12-16"}"#),
            Self.request("POST", "\(reports)/weekly/time_entries", json: #"{"billable":true}"#),
            Self.request("POST", "/api/v9/workspaces/\(workspace)/tags", json: #"{"name":"after the last id"}"#),
        ]
        for request in requests {
            #expect(sandbox.handle(request).status < 500, "\(request.method) \(request.path)")
        }
        let ids = Set(sandbox.world.tags.all.map(\.id))
        #expect(ids.count == sandbox.world.tags.count)
    }

    // MARK: A private token

    @Test func theDemoWorldIsMadePrivateWithARandomTokenAndPasswordOnce() throws {
        var world = DemoAccount.makeWorld(now: Self.now, timeZone: Self.utc)
        var random = SeededRandom(seed: 42)
        let token = try #require(DemoAccount.makePrivate(&world, using: &random))
        #expect(token != DemoAccount.apiToken)
        #expect(token.count == 32 && token.allSatisfy(\.isHexDigit))
        #expect(world.user(apiToken: DemoAccount.apiToken) == nil)
        #expect(world.user(email: DemoAccount.email, password: DemoAccount.password) == nil)
        #expect(world.user(apiToken: token)?.email == DemoAccount.email)

        let again = world
        #expect(DemoAccount.makePrivate(&world, using: &random) == token)
        #expect(world == again)

        let sandbox = Sandbox(world: world, clock: .frozen(at: Self.now), settings: .demo(timeZone: Self.utc))
        #expect(sandbox.handle(Self.request("GET", "/api/v9/me/logged", auth: F.basic(token, "api_token"))).status == 200)
        #expect(sandbox.handle(Self.request("GET", "/api/v9/me/logged")).status == 403)
        #expect(sandbox.handle(Self.request("GET", "/api/v9/me/logged",
                                            auth: F.basic(DemoAccount.email, DemoAccount.password))).status == 403)
    }

    @Test func aWorldWithoutUsersHasNoTokenToGive() {
        var world = SandboxWorld()
        var random = SeededRandom(seed: 1)
        #expect(DemoAccount.makePrivate(&world, using: &random) == nil)
    }

    // MARK: The demo folder

    @Test func theDemoFolderFollowsHOMELikeEveryOtherPath() {
        let paths = ConfigPaths(environment: ["HOME": "/tmp/someone-else"])
        #expect(paths.demoDirectory == "/tmp/someone-else/.local/share/toggl-tui/demo")
        #expect(paths.stateDirectory.hasPrefix("/tmp/someone-else/"))
        #expect(ConfigPaths(environment: ["HOME": "/h", "XDG_DATA_HOME": "/data"]).demoDirectory == "/data/toggl-tui/demo")
        #expect(ConfigPaths(environment: ["HOME": "/h", "XDG_DATA_HOME": "relative"]).demoDirectory
            == "/h/.local/share/toggl-tui/demo")
        #expect(ConfigPaths.home(in: ["HOME": "/x"]) == "/x")
        #expect(ConfigPaths.home(in: ["HOME": ""]) == NSHomeDirectory())
    }
}

/// Numbers too big for a `Double` must not poison the world: once stored, an infinite rate would
/// make every later answer that renders it fail.
@Suite struct OverflowingNumberTests {
    @Test(arguments: ["1e400", "-1e400"])
    func aRateBeyondDoubleIsRefusedOrHarmless(rate: String) throws {
        let sandbox = DemoPrivacyTests.demoSandbox()
        let user = try #require(sandbox.world.user(apiToken: DemoAccount.apiToken))
        let workspace = user.defaultWorkspaceID
        let project = try #require(sandbox.world.projects.all.first { $0.workspaceID == workspace && $0.deletedAt == nil })
        _ = sandbox.handle(DemoPrivacyTests.request(
            "PUT", "/api/v9/workspaces/\(workspace)/projects/\(project.id)", json: #"{"rate": \#(rate)}"#))
        _ = sandbox.handle(DemoPrivacyTests.request(
            "PUT", "/api/v9/workspaces/\(workspace)", json: #"{"default_hourly_rate": \#(rate)}"#))
        #expect(sandbox.world.projects[project.id]?.rate?.isFinite != false)
        #expect(sandbox.world.workspaces[workspace]?.defaultHourlyRate?.isFinite != false)
        #expect(sandbox.handle(DemoPrivacyTests.request("GET", "/api/v9/workspaces/\(workspace)/projects")).status == 200)
        #expect(sandbox.handle(DemoPrivacyTests.request("GET", "/api/v9/me", query: [("with_related_data", "true")])).status == 200)
    }
}
