import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct TasksEndpointTests {
    let wid: Int64 = 2_230_580
    let pid: Int64 = 202_700_150
    let taskJSON = #"{"id":3545,"name":"Draft","project_id":202700150,"workspace_id":2230580,"active":true,"estimated_seconds":3600,"tracked_seconds":7200000,"user_id":null}"#

    func tasks(_ ids: ClosedRange<Int64>) -> String {
        "[" + ids.map { #"{"id":\#($0),"name":"T\#($0)","project_id":202700150,"workspace_id":2230580}"# }.joined(separator: ",") + "]"
    }

    func envelope(_ ids: ClosedRange<Int64>?, page: Int, perPage: Int?, total: Int?) -> HTTPResponse {
        let data = ids.map(tasks) ?? "[]"
        let perPageText = perPage.map(String.init) ?? "null"
        let totalText = total.map(String.init) ?? "null"
        return .text(200, #"{"data":\#(data),"page":\#(page),"per_page":\#(perPageText),"sort_field":"name","sort_order":"asc","total_count":\#(totalText)}"#)
    }

    // MARK: project tasks

    @Test func listGetsTheProjectsTasks() async throws {
        let stub = StubTransport(json: "[\(taskJSON)]")
        let api = makeClient(stub)
        let list = try await api.tasks.list(in: wid, projectID: pid)
        _ = try await api.tasks.list(in: wid, projectID: pid, active: true)
        expectSent(stub.requests.first, .get, "/api/v9/workspaces/2230580/projects/202700150/tasks")
        expectSent(stub.requests.last, .get, "/api/v9/workspaces/2230580/projects/202700150/tasks", query: ["active": "true"])
        #expect(list.map(\.id) == [3545])
        #expect(list.first?.trackedSeconds == 7_200_000)
    }

    @Test func listTreatsNullAsEmpty() async throws {
        #expect(try await makeClient(StubTransport(json: "null")).tasks.list(in: wid, projectID: pid).isEmpty)
    }

    // MARK: workspace tasks

    @Test func listInWorkspaceSendsTheFiltersAndDecodesTheEnvelope() async throws {
        let stub = StubTransport(fallback: .success(envelope(1...2, page: 2, perPage: 2, total: 5)))
        let page = try await makeClient(stub).tasks.listInWorkspace(
            in: wid, since: Date(timeIntervalSince1970: 1_734_000_000), page: 2, perPage: 2, active: .both,
            projectID: pid, search: "dra")
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/tasks", query: [
            "since": "1734000000", "page": "2", "per_page": "2", "active": "both", "pid": "202700150", "search": "dra",
        ])
        #expect(page.data.map(\.id) == [1, 2])
        #expect(page.page == 2)
        #expect(page.totalCount == 5)
    }

    @Test func listInWorkspaceWithoutFiltersSendsNoQuery() async throws {
        let stub = StubTransport(fallback: .success(envelope(nil, page: 1, perPage: 50, total: 0)))
        let page = try await makeClient(stub).tasks.listInWorkspace(in: wid, active: .done)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/tasks", query: ["active": "false"])
        #expect(page.data.isEmpty)
    }

    @Test func listAllInWorkspacePagesUntilAShortPage() async throws {
        let stub = StubTransport([
            .success(envelope(1...3, page: 1, perPage: 3, total: nil)),
            .success(envelope(4...6, page: 2, perPage: 3, total: nil)),
            .success(envelope(7...7, page: 3, perPage: 3, total: nil)),
        ])
        let all = try await makeClient(stub).tasks.listAllInWorkspace(in: wid, active: .active, perPage: 3)
        #expect(all.map(\.id) == Array(1...7))
        #expect(stub.requests.count == 3)
        for (index, request) in stub.requests.enumerated() {
            expectSent(request, .get, "/api/v9/workspaces/2230580/tasks", query: ["page": "\(index + 1)", "per_page": "3", "active": "true"])
        }
    }

    @Test func listAllInWorkspaceStopsAtTheTotalCount() async throws {
        let stub = StubTransport([
            .success(envelope(1...2, page: 1, perPage: 2, total: 4)),
            .success(envelope(3...4, page: 2, perPage: 2, total: 4)),
        ])
        let all = try await makeClient(stub).tasks.listAllInWorkspace(in: wid, perPage: 2)
        #expect(all.count == 4)
        #expect(stub.requests.count == 2)
    }

    @Test func listAllInWorkspaceFollowsTheServersPageSize() async throws {
        // Asked for 200 a page, Toggl says it serves 2: a page of 2 is full, not short.
        let stub = StubTransport([
            .success(envelope(1...2, page: 1, perPage: 2, total: nil)),
            .success(envelope(3...3, page: 2, perPage: 2, total: nil)),
        ])
        let all = try await makeClient(stub).tasks.listAllInWorkspace(in: wid)
        #expect(all.count == 3)
        #expect(stub.requests.map { $0.queryItems["per_page"] } == ["200", "200"])
    }

    // MARK: get / create / update / delete

    @Test func getDecodesOneTask() async throws {
        let stub = StubTransport(json: taskJSON)
        let task = try await makeClient(stub).tasks.get(3545, projectID: pid, in: wid)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/projects/202700150/tasks/3545")
        #expect(task?.name == "Draft")
        #expect(task?.estimatedSeconds == 3600)
    }

    @Test func getIsNilOn404() async throws {
        let stub = StubTransport(status: 404, json: #""Task not found""#)
        #expect(try await makeClient(stub).tasks.get(1, projectID: pid, in: wid) == nil)
    }

    @Test func createPostsThePayload() async throws {
        let stub = StubTransport(json: taskJSON)
        let payload = TaskPayload(name: "Draft", active: true, estimatedSeconds: .set(3600), userID: .set(99))
        let task = try await makeClient(stub).tasks.create(in: wid, projectID: pid, payload)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/projects/202700150/tasks",
                   body: #"{"active":true,"estimated_seconds":3600,"name":"Draft","user_id":99}"#)
        #expect(task.id == 3545)
    }

    @Test(arguments: [nil, "", " "] as [String?])
    func createWithoutANameSendsNothing(name: String?) async throws {
        let stub = StubTransport(json: taskJSON)
        await #expect(throws: APIError.invalidRequest("Task name is required")) {
            _ = try await makeClient(stub).tasks.create(in: wid, projectID: pid, TaskPayload(name: name))
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func updatePutsOnlyTheSetFields() async throws {
        let stub = StubTransport(json: taskJSON)
        _ = try await makeClient(stub).tasks.update(3545, projectID: pid, in: wid, TaskPayload(active: false, userID: .clear))
        expectSent(stub.onlyRequest, .put, "/api/v9/workspaces/2230580/projects/202700150/tasks/3545",
                   body: #"{"active":false,"user_id":null}"#)
    }

    @Test func updateRefusesABlankName() async throws {
        let stub = StubTransport(json: taskJSON)
        await #expect(throws: APIError.invalidRequest("Task name is required")) {
            _ = try await makeClient(stub).tasks.update(1, projectID: pid, in: wid, TaskPayload(name: "\t"))
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func deleteSendsDelete() async throws {
        let stub = StubTransport(json: #""""#)
        try await makeClient(stub).tasks.delete(3545, projectID: pid, in: wid)
        expectSent(stub.onlyRequest, .delete, "/api/v9/workspaces/2230580/projects/202700150/tasks/3545")
    }

    // MARK: bulk edit

    @Test func bulkEditPatchesCommaJoinedIDs() async throws {
        let stub = StubTransport(json: #"{"success":[1,2],"failure":null}"#)
        let result = try await makeClient(stub).tasks.bulkEdit([1, 2], projectID: pid, in: wid,
                                                               operations: [.replace("/active", with: .bool(false))])
        expectSent(stub.onlyRequest, .patch, "/api/v9/workspaces/2230580/projects/202700150/tasks/1,2",
                   body: #"[{"op":"replace","path":"/active","value":false}]"#)
        #expect(result == BulkEditResult(success: [1, 2]))
    }

    @Test func bulkEditWithNothingToDo() async throws {
        let stub = StubTransport(json: "{}")
        let api = makeClient(stub)
        #expect(try await api.tasks.bulkEdit([], projectID: pid, in: wid, operations: [.replace("/active", with: .bool(true))]) == BulkEditResult())
        await #expect(throws: APIError.invalidRequest("A bulk edit needs at least one operation")) {
            _ = try await api.tasks.bulkEdit([1], projectID: pid, in: wid, operations: [])
        }
        #expect(stub.requests.isEmpty)
    }
}
