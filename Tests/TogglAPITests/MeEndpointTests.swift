import Foundation
import Synchronization
import Testing
import TogglAPI
import TogglModels

@Suite struct MeEndpointTests {
    @Test func getSendsNoQueryByDefault() async throws {
        let stub = StubTransport(json: #"{"id":7,"fullname":"Ann","default_workspace_id":3}"#)
        let me = try await makeClient(stub).me.get()
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me")
        #expect(request.url.query == nil)
        #expect(request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(me.id == 7 && me.fullname == "Ann" && me.defaultWorkspaceID == 3)
    }

    @Test(.enabled(if: Fixtures.available))
    func getWithRelatedDataDecodesTheRecording() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("GET_me.with_related_data.200.json"))))
        let me = try await makeClient(stub).me.get(withRelatedData: true)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me")
        #expect(request.queryItems == ["with_related_data": "true"])
        #expect(request.usesTestTokenBasicAuth)
        #expect(me.id == 2166261)
        #expect(me.defaultWorkspaceID == 2230580)
        #expect(me.timeEntries?.count == 67)
        #expect(me.workspaces?.first?.id == 2230580)
    }

    @Test(.enabled(if: Fixtures.available))
    func aRelatedDataAnswerCutOffByADroppedConnectionIsReadAfreshOnTheRetry() async throws {
        let body = try Fixtures.data("GET_me.with_related_data.200.json")
        let transport = CuttingTransport(body: body)
        let configuration = APIConfiguration(
            credentials: .apiToken(testToken), trackURL: URL(string: "https://api.track.toggl.com/api/v9")!)
        let client = TogglAPIClient(configuration: configuration, transport: transport, clock: FakeAPIClock(), random: { 0.5 })
        let me = try await client.me.get(withRelatedData: true)
        #expect(transport.attempts == 2)
        #expect(me == (try TogglJSON.makeDecoder().decode(Me.self, from: body)))
    }

    @Test func aBrokenRelatedDataAnswerIsUndecodableAndShowsItsFirstBytes() async throws {
        let text = #"{"id":1,"tags":[{"id":"two"}]}"#
        let stub = StubTransport(json: text)
        await #expect(throws: APIError.undecodable(path: "/me", snippet: text)) {
            try await makeClient(stub).me.get(withRelatedData: true)
        }
        let cut = StubTransport(json: #"{"id":1,"tags":[{"id":2,"#)
        await #expect(throws: APIError.undecodable(path: "/me", snippet: #"{"id":1,"tags":[{"id":2,"#)) {
            try await makeClient(cut).me.get(withRelatedData: true)
        }
    }

    @Test(.enabled(if: Fixtures.available))
    func updatePutsOnlyTheSetFields() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("evrone.PUT_me.200.json"))))
        let me = try await makeClient(stub).me.update(MePayload(timezone: "Europe/London", beginningOfWeek: 1))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "PUT /api/v9/me")
        #expect(request.url.query == nil)
        #expect(request.bodyText == #"{"beginning_of_week":1,"timezone":"Europe/London"}"#)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.usesTestTokenBasicAuth)
        #expect(me.id == 30809356 && me.timezone == "Europe/London")
    }

    @Test func isLoggedInIsTrueOn200() async throws {
        let stub = StubTransport([.success(.text(200))])
        #expect(try await makeClient(stub).me.isLoggedIn())
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/logged")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
    }

    @Test(arguments: [401, 403])
    func isLoggedInIsFalseWhenCredentialsAreRefused(status: Int) async throws {
        let stub = StubTransport(status: status, json: status == 401 ? "" : #""Incorrect username and/or password""#)
        #expect(try await makeClient(stub).me.isLoggedIn() == false)
        #expect(stub.requests.count == 1)
    }

    @Test func isLoggedInRethrowsOtherFailures() async throws {
        let stub = StubTransport(status: 404, json: #""could not load user data""#)
        await #expect(throws: APIError.notFound(message: "could not load user data")) {
            _ = try await makeClient(stub).me.isLoggedIn()
        }
    }

    @Test func quotaListsEveryBucket() async throws {
        let stub = StubTransport(json: #"""
            [{"organization_id":null,"remaining":28,"resets_in_secs":1200,"total":30},
             {"organization_id":9,"remaining":-2,"resets_in_secs":60,"total":240}]
            """#)
        let quota = try await makeClient(stub).me.quota()
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/quota")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(quota == [
            Quota(organizationID: nil, remaining: 28, resetsInSecs: 1200, total: 30),
            Quota(organizationID: 9, remaining: -2, resetsInSecs: 60, total: 240),
        ])
    }

    @Test(.enabled(if: Fixtures.available))
    func preferencesDecodeTheRecording() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("evrone.GET_me_preferences.200.json"))))
        let preferences = try await makeClient(stub).me.preferences()
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/preferences")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(preferences.beginningOfWeek == 1)
    }

    // MARK: /me lists

    @Test(.enabled(if: Fixtures.available))
    func clientsSendSinceAsUnixSeconds() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.clients.json"))))
        let clients = try await makeClient(stub).me.clients(since: Date(timeIntervalSince1970: 1_734_000_000.9))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/clients")
        #expect(request.url.query == "since=1734000000")
        #expect(request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(clients.count == 4 && clients.first?.id == 64890399)
    }

    @Test func clientsWithoutSinceSendNoQuery() async throws {
        let stub = StubTransport(json: "[]")
        #expect(try await makeClient(stub).me.clients().isEmpty)
        #expect(stub.onlyRequest?.url.query == nil)
    }

    @Test(.enabled(if: Fixtures.available))
    func projectsSendSinceAndIncludeArchived() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.projects.json"))))
        let projects = try await makeClient(stub).me.projects(since: Date(timeIntervalSince1970: 1_734_000_000), includeArchived: true)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/projects")
        #expect(request.url.query == "since=1734000000&include_archived=true")
        #expect(request.usesTestTokenBasicAuth)
        #expect(projects.count == 26 && projects.first?.id == 63334144)
    }

    @Test func projectsByDefaultSendNoQuery() async throws {
        let stub = StubTransport(json: "[]")
        _ = try await makeClient(stub).me.projects()
        #expect(stub.onlyRequest?.url.query == nil)
    }

    @Test(.enabled(if: Fixtures.available))
    func tagsSendSince() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.tags.json"))))
        let tags = try await makeClient(stub).me.tags(since: Date(timeIntervalSince1970: 1_700_000_000))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/tags")
        #expect(request.url.query == "since=1700000000")
        #expect(request.usesTestTokenBasicAuth)
        #expect(tags.count == 12 && tags.first?.id == 16939168)
    }

    @Test func tasksSendSinceAndIncludeNotActive() async throws {
        let stub = StubTransport(json: #"[{"id":5,"name":"Draft","project_id":8,"workspace_id":3,"active":false,"tracked_seconds":7200000}]"#)
        let tasks = try await makeClient(stub).me.tasks(since: Date(timeIntervalSince1970: 1_700_000_000), includeNotActive: true)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/tasks")
        #expect(request.url.query == "since=1700000000&include_not_active=true")
        #expect(request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(tasks.map(\.id) == [5])
        #expect(tasks.first?.projectID == 8)
    }

    @Test func tasksByDefaultSendNoQuery() async throws {
        let stub = StubTransport(json: "[]")
        _ = try await makeClient(stub).me.tasks()
        #expect(stub.onlyRequest?.url.query == nil)
    }

    @Test(.enabled(if: Fixtures.available))
    func workspacesSendSince() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.workspaces.json"))))
        let workspaces = try await makeClient(stub).me.workspaces(since: Date(timeIntervalSince1970: 1_700_000_000))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/workspaces")
        #expect(request.url.query == "since=1700000000")
        #expect(request.usesTestTokenBasicAuth)
        #expect(workspaces.map(\.id) == [2230580])
    }

    @Test func failuresArriveAsAPIErrors() async throws {
        let stub = StubTransport(status: 403, json: #""Incorrect username and/or password""#)
        await #expect(throws: APIError.forbidden(message: "Incorrect username and/or password")) {
            _ = try await makeClient(stub).me.get()
        }
    }
}

/// A transport that streams a 200's body in 100-byte chunks; its first attempt drops the
/// connection halfway through.
private final class CuttingTransport: HTTPTransport {
    private let body: Data
    private let count = Mutex(0)

    init(body: Data) { self.body = body }

    var attempts: Int { count.withLock { $0 } }

    func send(_ request: HTTPRequest, timeoutSeconds: Int) async throws -> HTTPResponse {
        Issue.record("the related data is streamed")
        return HTTPResponse(status: 500)
    }

    func send(_ request: HTTPRequest, timeoutSeconds: Int, successBodyTo sink: any HTTPBodySink) async throws -> HTTPResponse {
        let attempt = count.withLock { $0 += 1; return $0 }
        let end = attempt == 1 ? body.count / 2 : body.count
        var start = 0
        while start < end {
            sink.receive(body.subdata(in: start..<min(end, start + 100)))
            start += 100
        }
        if attempt == 1 { throw TransportError.connectionLost }
        return HTTPResponse(status: 200)
    }
}
