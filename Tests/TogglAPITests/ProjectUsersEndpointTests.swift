import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct ProjectUsersEndpointTests {
    let wid: Int64 = 2_230_580
    let rowJSON = #"{"id":55,"project_id":202700150,"user_id":2166261,"workspace_id":2230580,"manager":true,"rate":42.5,"labor_cost":null,"gid":9,"at":"2024-03-17T10:55:38+00:00"}"#

    // MARK: list

    @Test func listDecodesTheMemberships() async throws {
        let stub = StubTransport(json: "[\(rowJSON)]")
        let rows = try await makeClient(stub).projectUsers.list(in: wid)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/project_users")
        #expect(rows.count == 1)
        #expect(rows.first?.projectID == 202_700_150)
        #expect(rows.first?.manager == true)
        #expect(rows.first?.rate == 42.5)
        #expect(rows.first?.groupID == 9)
    }

    @Test func listSendsEveryFilter() async throws {
        let stub = StubTransport(json: "null")
        let rows = try await makeClient(stub).projectUsers.list(in: wid, projectIDs: [1, 2], userID: 2_166_261, withGroupMembers: true)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/project_users",
                   query: ["project_ids": "1,2", "user_id": "2166261", "with_group_members": "true"])
        #expect(rows.isEmpty)
    }

    @Test func moreThan200ProjectIDsAreSplitIntoBatches() async throws {
        let stub = StubTransport([
            .success(.text(200, #"[{"id":1,"project_id":1},{"id":2,"project_id":200}]"#)),
            .success(.text(200, #"[{"id":3,"project_id":250}]"#)),
        ])
        let ids = Array(Int64(1)...250)
        let rows = try await makeClient(stub).projectUsers.list(in: wid, projectIDs: ids, userID: 7)
        let requests = stub.requests
        #expect(requests.count == 2)
        expectSent(requests.first, .get, "/api/v9/workspaces/2230580/project_users",
                   query: ["project_ids": (1...200).map(String.init).joined(separator: ","), "user_id": "7"])
        expectSent(requests.last, .get, "/api/v9/workspaces/2230580/project_users",
                   query: ["project_ids": (201...250).map(String.init).joined(separator: ","), "user_id": "7"])
        #expect(rows.map(\.id) == [1, 2, 3])
    }

    @Test func exactly200ProjectIDsTakeOneRequestAndDuplicatesAreDropped() async throws {
        let stub = StubTransport(json: "[]")
        _ = try await makeClient(stub).projectUsers.list(in: wid, projectIDs: Array(Int64(1)...200) + [5, 200])
        #expect(stub.requests.count == 1)
        #expect(stub.requests.first?.queryItems["project_ids"]?.split(separator: ",").count == 200)
    }

    @Test func anEmptyProjectListSendsNothing() async throws {
        let stub = StubTransport(json: "[]")
        #expect(try await makeClient(stub).projectUsers.list(in: wid, projectIDs: []).isEmpty)
        #expect(stub.requests.isEmpty)
    }

    // MARK: create / update / delete

    @Test func createPostsThePayload() async throws {
        let stub = StubTransport(json: rowJSON)
        let payload = ProjectUserPayload(projectID: 202_700_150, userID: 2_166_261, manager: true, rate: .set(42.5))
        let row = try await makeClient(stub).projectUsers.create(in: wid, payload)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/project_users",
                   body: #"{"manager":true,"project_id":202700150,"rate":42.5,"user_id":2166261}"#)
        #expect(row.id == 55)
    }

    @Test(arguments: [ProjectUserPayload(userID: 1), ProjectUserPayload(projectID: 1), ProjectUserPayload(manager: true)])
    func createWithoutProjectOrUserSendsNothing(payload: ProjectUserPayload) async throws {
        let stub = StubTransport(json: rowJSON)
        await #expect(throws: APIError.invalidRequest("A project user needs a project and a user")) {
            _ = try await makeClient(stub).projectUsers.create(in: wid, payload)
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func updatePutsOnlyTheSetFields() async throws {
        let stub = StubTransport(json: rowJSON)
        _ = try await makeClient(stub).projectUsers.update(55, in: wid, ProjectUserPayload(manager: false, laborCost: .clear))
        expectSent(stub.onlyRequest, .put, "/api/v9/workspaces/2230580/project_users/55",
                   body: #"{"labor_cost":null,"manager":false}"#)
    }

    @Test func deleteSendsDelete() async throws {
        let stub = StubTransport(json: "55")
        try await makeClient(stub).projectUsers.delete(55, in: wid)
        expectSent(stub.onlyRequest, .delete, "/api/v9/workspaces/2230580/project_users/55")
    }
}
