import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct ClientsEndpointTests {
    let wid: Int64 = 2_230_580
    let clientJSON = #"{"id":64890399,"wid":2230580,"archived":false,"name":"AGL","at":"2024-03-17T10:55:38+00:00","creator_id":2166261}"#

    // MARK: list

    @Test(.enabled(if: Fixtures.available)) func listDecodesTheRecordedClients() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.clients.json"))))
        let clients = try await makeClient(stub).clients.list(in: wid, status: .both)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/clients", query: ["status": "both"])
        #expect(clients.count == 4)
        #expect(clients.first?.id == 64_890_399)
        #expect(clients.first?.name == "AGL")
        #expect(clients.allSatisfy { $0.workspaceID == 2_230_580 })
    }

    @Test func listSendsStatusAndNameOnlyWhenGiven() async throws {
        let stub = StubTransport(json: "[]")
        let api = makeClient(stub)
        _ = try await api.clients.list(in: wid)
        _ = try await api.clients.list(in: wid, status: .archived, name: "ac&me")
        expectSent(stub.requests.first, .get, "/api/v9/workspaces/2230580/clients")
        expectSent(stub.requests.last, .get, "/api/v9/workspaces/2230580/clients", query: ["status": "archived", "name": "ac&me"])
        #expect(stub.requests.last?.url.query == "status=archived&name=ac%26me")
    }

    @Test func listTreatsNullAsEmpty() async throws {
        let clients = try await makeClient(StubTransport(json: "null")).clients.list(in: wid)
        #expect(clients.isEmpty)
    }

    // MARK: get

    @Test func getDecodesOneClient() async throws {
        let stub = StubTransport(json: clientJSON)
        let client = try await makeClient(stub).clients.get(64_890_399, in: wid)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/clients/64890399")
        #expect(client?.name == "AGL")
        #expect(client?.creatorID == 2_166_261)
    }

    @Test func getIsNilOn404() async throws {
        let stub = StubTransport(status: 404, json: #""No client with ID 1 was found""#)
        let client = try await makeClient(stub).clients.get(1, in: wid)
        #expect(client == nil)
        #expect(stub.requests.count == 1)
    }

    @Test func getPassesOtherErrorsThrough() async throws {
        let stub = StubTransport(status: 403, json: #""User does not have access to this resource""#)
        await #expect(throws: APIError.forbidden(message: "User does not have access to this resource")) {
            _ = try await makeClient(stub).clients.get(1, in: wid)
        }
    }

    // MARK: create / update / delete

    @Test func createPostsThePayload() async throws {
        let stub = StubTransport(json: clientJSON)
        let payload = ClientPayload(name: "AGL", notes: "n", externalReference: "crm-7")
        let client = try await makeClient(stub).clients.create(in: wid, payload)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/clients",
                   body: #"{"external_reference":"crm-7","name":"AGL","notes":"n"}"#)
        #expect(client.id == 64_890_399)
    }

    @Test(arguments: [nil, "", "   ", "\n\t"] as [String?])
    func createWithoutANameSendsNothing(name: String?) async throws {
        let stub = StubTransport(json: clientJSON)
        await #expect(throws: APIError.invalidRequest("Client name is required")) {
            _ = try await makeClient(stub).clients.create(in: wid, ClientPayload(name: name, notes: "x"))
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func updatePutsOnlyTheSetFields() async throws {
        let stub = StubTransport(json: clientJSON)
        _ = try await makeClient(stub).clients.update(64_890_399, in: wid, ClientPayload(notes: "new notes"))
        expectSent(stub.onlyRequest, .put, "/api/v9/workspaces/2230580/clients/64890399", body: #"{"notes":"new notes"}"#)
    }

    @Test func updateRefusesABlankName() async throws {
        let stub = StubTransport(json: clientJSON)
        await #expect(throws: APIError.invalidRequest("Client name is required")) {
            _ = try await makeClient(stub).clients.update(1, in: wid, ClientPayload(name: " "))
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func deleteSendsDelete() async throws {
        let stub = StubTransport(json: "64890399")
        try await makeClient(stub).clients.delete(64_890_399, in: wid)
        expectSent(stub.onlyRequest, .delete, "/api/v9/workspaces/2230580/clients/64890399")
    }

    // MARK: archive / restore

    @Test func archiveReturnsTheArchivedProjectIDs() async throws {
        let stub = StubTransport(json: "[202700150,3730303299]")
        let projects = try await makeClient(stub).clients.archive(7, in: wid)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/clients/7/archive")
        #expect(projects == [202_700_150, 3_730_303_299])
    }

    @Test func archiveOnAFreeWorkspaceSurfacesPremiumRequired() async throws {
        let stub = StubTransport(status: 402, json: #""Workspace needs to have this feature enabled""#,
                                 headers: ["X-Toggl-Quota-Remaining": "25", "X-Toggl-Quota-Resets-In": "900"])
        await #expect(throws: APIError.premiumRequired(message: "Workspace needs to have this feature enabled")) {
            _ = try await makeClient(stub).clients.archive(7, in: wid)
        }
        #expect(stub.requests.count == 1)
    }

    @Test func restoreSendsOnlyWhatWasAskedFor() async throws {
        let stub = StubTransport(json: clientJSON)
        let api = makeClient(stub)
        _ = try await api.clients.restore(7, in: wid)
        _ = try await api.clients.restore(7, in: wid, projectIDs: [11, 12])
        _ = try await api.clients.restore(7, in: wid, restoreAllProjects: true)
        let requests = stub.requests
        #expect(requests.count == 3)
        for (request, body) in zip(requests, ["{}", #"{"projects":[11,12]}"#, #"{"restore_all_projects":true}"#]) {
            expectSent(request, .post, "/api/v9/workspaces/2230580/clients/7/restore", body: body)
        }
    }

    @Test func archiveAndRestoreAreRetriedAfterA5xxButCreateIsNot() async throws {
        let stub = StubTransport([.success(.text(503)), .success(.text(200, "[]"))], fallback: .success(.text(503)))
        let api = makeClient(stub)
        #expect(try await api.clients.archive(7, in: wid).isEmpty)
        #expect(stub.requests.count == 2)
        await #expect(throws: APIError.serverError(status: 503, message: "")) {
            _ = try await api.clients.create(in: wid, ClientPayload(name: "AGL"))
        }
        #expect(stub.requests.count == 3)
    }

    // MARK: bulk

    @Test func bulkArchivePostsTheIDs() async throws {
        let stub = StubTransport(json: #"[{"client_ids":[1,2],"project_ids":[10]}]"#)
        let result = try await makeClient(stub).clients.archive([1, 2], in: wid)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/clients/archive", body: "[1,2]")
        #expect(result == [ClientArchiveResult(clientIDs: [1, 2], projectIDs: [10])])
    }

    @Test func bulkDeletePostsTheIDs() async throws {
        let stub = StubTransport(json: #""ok""#)
        try await makeClient(stub).clients.delete([3, 4], in: wid)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/clients/delete", body: "[3,4]")
    }

    @Test func dataPostsTheIDsAndDecodesClients() async throws {
        let stub = StubTransport(json: "[\(clientJSON)]")
        let clients = try await makeClient(stub).clients.data([64_890_399], in: wid)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/clients/data", body: "[64890399]")
        #expect(clients.map(\.id) == [64_890_399])
    }

    @Test func bulkCallsWithNoIDsSendNothing() async throws {
        let stub = StubTransport(json: "[]")
        let api = makeClient(stub)
        #expect(try await api.clients.archive([], in: wid).isEmpty)
        try await api.clients.delete([], in: wid)
        #expect(try await api.clients.data([], in: wid).isEmpty)
        #expect(stub.requests.isEmpty)
    }
}
