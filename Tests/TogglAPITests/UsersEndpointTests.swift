import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct UsersEndpointTests {
    let wid: Int64 = 2_230_580
    let usersJSON = #"[{"id":2166261,"email":"user@example.com","fullname":"Ada","role":"admin","is_active":true,"inactive":false,"is_admin":true},{"id":7,"email":null,"fullname":"Bo","is_active":false,"inactive":true,"is_admin":false}]"#

    @Test func listDecodesTheMembers() async throws {
        let stub = StubTransport(json: usersJSON)
        let users = try await makeClient(stub).users.list(in: wid)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/users")
        #expect(users.map(\.id) == [2_166_261, 7])
        #expect(users.first?.isAdmin == true)
        #expect(users.last?.inactive == true)
        #expect(users.last?.email == nil)
    }

    @Test func listSendsExcludeDeleted() async throws {
        let stub = StubTransport(json: "[]")
        let api = makeClient(stub)
        _ = try await api.users.list(in: wid, excludeDeleted: true)
        _ = try await api.users.list(in: wid, excludeDeleted: false)
        expectSent(stub.requests.first, .get, "/api/v9/workspaces/2230580/users", query: ["exclude_deleted": "true"])
        expectSent(stub.requests.last, .get, "/api/v9/workspaces/2230580/users", query: ["exclude_deleted": "false"])
    }

    @Test func listTreatsNullAsEmpty() async throws {
        #expect(try await makeClient(StubTransport(json: "null")).users.list(in: wid).isEmpty)
    }
}
