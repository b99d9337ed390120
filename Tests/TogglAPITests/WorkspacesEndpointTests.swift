import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct WorkspacesEndpointTests {
    @Test(.enabled(if: Fixtures.available))
    func listIsMeWorkspacesWithSince() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.workspaces.json"))))
        let workspaces = try await makeClient(stub).workspaces.list(since: Date(timeIntervalSince1970: 1_734_000_000))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/workspaces")
        #expect(request.url.query == "since=1734000000")
        #expect(request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(workspaces.map(\.id) == [2230580])
    }

    @Test func listWithoutSinceSendsNoQuery() async throws {
        let stub = StubTransport(json: "[]")
        #expect(try await makeClient(stub).workspaces.list().isEmpty)
        #expect(stub.onlyRequest?.url.query == nil)
    }

    @Test(.enabled(if: Fixtures.available))
    func getDecodesTheRecording() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("evrone.GET_workspaces_wid.200.json"))))
        let workspace = try #require(try await makeClient(stub).workspaces.get(43644207))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/workspaces/43644207")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(workspace.id == 43644207 && workspace.defaultCurrency == "USD")
    }

    @Test func getIsNilOn404() async throws {
        let stub = StubTransport(status: 404, json: #""Workspace not found""#)
        #expect(try await makeClient(stub).workspaces.get(1) == nil)
    }

    @Test func getRethrows403() async throws {
        let stub = StubTransport(status: 403, json: #""User does not have access to this resource""#)
        await #expect(throws: APIError.forbidden(message: "User does not have access to this resource")) {
            _ = try await makeClient(stub).workspaces.get(1)
        }
    }

    @Test func updatePutsOnlyTheSetSettings() async throws {
        let stub = StubTransport(json: #"{"id":5,"name":"Team","rounding":1,"rounding_minutes":15}"#)
        let payload = WorkspacePayload(name: "Team", rounding: 1, roundingMinutes: 15, onlyAdminsMayCreateTags: true)
        let workspace = try await makeClient(stub).workspaces.update(5, payload)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "PUT /api/v9/workspaces/5")
        #expect(request.url.query == nil)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"{"name":"Team","only_admins_may_create_tags":true,"rounding":1,"rounding_minutes":15}"#)
        #expect(workspace.name == "Team" && workspace.roundingMinutes == 15)
    }

    @Test func workspacePayloadRoundTrips() throws {
        let payload = WorkspacePayload(name: "W", defaultCurrency: "EUR", defaultHourlyRate: 42.5, projectsBillableByDefault: false)
        let data = try TogglJSON.makeEncoder().encode(payload)
        #expect(String(decoding: data, as: UTF8.self)
            == #"{"default_currency":"EUR","default_hourly_rate":42.5,"name":"W","projects_billable_by_default":false}"#)
        #expect(try TogglJSON.makeDecoder().decode(WorkspacePayload.self, from: data) == payload)
        #expect(String(decoding: try TogglJSON.makeEncoder().encode(WorkspacePayload()), as: UTF8.self) == "{}")
    }
}
