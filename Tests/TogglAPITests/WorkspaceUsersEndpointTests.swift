import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct WorkspaceUsersEndpointTests {
    let wid: Int64 = 2_230_580
    let rowsJSON = #"[{"id":901,"uid":2166261,"wid":2230580,"name":"Ada","email":"user@example.com","timezone":"Europe/Berlin","active":true,"inactive":false,"admin":true,"workspace_admin":true,"organization_admin":false,"role":"admin","is_direct":true,"group_ids":[5],"rate":null}]"#

    @Test func listDecodesTheMemberships() async throws {
        let stub = StubTransport(json: rowsJSON)
        let rows = try await makeClient(stub).workspaceUsers.list(in: wid)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/workspace_users", query: ["includeIndirect": "false"])
        #expect(rows.count == 1)
        #expect(rows.first?.id == 901)
        #expect(rows.first?.userID == 2_166_261)
        #expect(rows.first?.workspaceID == 2_230_580)
        #expect(rows.first?.workspaceAdmin == true)
    }

    @Test func listSendsIncludeIndirect() async throws {
        let stub = StubTransport(json: "null")
        let rows = try await makeClient(stub).workspaceUsers.list(in: wid, includeIndirect: true)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/workspace_users", query: ["includeIndirect": "true"])
        #expect(rows.isEmpty)
    }
}
