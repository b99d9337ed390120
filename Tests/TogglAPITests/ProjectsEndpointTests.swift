import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct ProjectsEndpointTests {
    let wid: Int64 = 2_230_580
    let projectJSON = ##"{"id":202700150,"workspace_id":2230580,"client_id":64890399,"name":"Course","active":true,"color":"#2da608"}"##

    /// A page of `count` projects with ids `first`, `first + 1`, ….
    func page(_ count: Int, from first: Int64) -> HTTPResponse {
        let rows = (0..<Int64(count)).map { #"{"id":\#(first + $0),"workspace_id":2230580,"name":"P\#(first + $0)"}"# }
        return .text(200, "[" + rows.joined(separator: ",") + "]")
    }

    // MARK: list

    @Test(.enabled(if: Fixtures.available)) func listDecodesTheRecordedProjectsInOnePage() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.projects.json"))))
        let projects = try await makeClient(stub).projects.list(in: wid, active: .both)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/projects",
                   query: ["active": "both", "page": "1", "per_page": "200"])
        #expect(projects.count == 26)
        #expect(projects.first?.id == 63_334_144)
    }

    @Test func listPagesUntilAShortPage() async throws {
        let stub = StubTransport([.success(page(200, from: 1)), .success(page(200, from: 201)), .success(page(13, from: 401))])
        let projects = try await makeClient(stub).projects.list(in: wid)
        #expect(stub.requests.count == 3)
        for (index, request) in stub.requests.enumerated() {
            expectSent(request, .get, "/api/v9/workspaces/2230580/projects", query: ["page": "\(index + 1)", "per_page": "200"])
        }
        #expect(projects.count == 413)
        #expect(projects.map(\.id) == Array(1...413))
    }

    @Test func listStopsOnAnEmptyPageAfterFullOnes() async throws {
        let stub = StubTransport([.success(page(2, from: 1)), .success(.text(200, "[]"))])
        let projects = try await makeClient(stub).projects.list(in: wid, perPage: 2)
        #expect(stub.requests.map { $0.queryItems["page"] } == ["1", "2"])
        #expect(projects.count == 2)
    }

    @Test func listStopsWhenTheServerIgnoresPaging() async throws {
        let stub = StubTransport(fallback: .success(page(3, from: 1)))
        let projects = try await makeClient(stub).projects.list(in: wid, perPage: 3)
        #expect(stub.requests.count == 2)
        #expect(projects.map(\.id) == [1, 2, 3])
    }

    @Test func listStopsAtTheMaximumPageCount() async throws {
        var next: Int64 = 1
        var answers: [StubTransport.Answer] = []
        for _ in 0..<(ProjectsEndpoint.maxPages + 5) {
            answers.append(.success(page(1, from: next)))
            next += 1
        }
        let stub = StubTransport(answers)
        let projects = try await makeClient(stub).projects.list(in: wid, perPage: 1)
        #expect(stub.requests.count == ProjectsEndpoint.maxPages)
        #expect(projects.count == ProjectsEndpoint.maxPages)
    }

    @Test func listSendsEveryFilter() async throws {
        let stub = StubTransport(json: "[]")
        _ = try await makeClient(stub).projects.list(
            in: wid, active: .archived, since: Date(timeIntervalSince1970: 1_734_000_000.9), billable: true,
            clientIDs: [1, 2], projectIDs: [3], userIDs: [4, 5], groupIDs: [6], name: "Course", search: "cour",
            onlyMe: true, onlyEditable: false, onlyTemplates: false, perPage: 50)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/projects", query: [
            "active": "false", "since": "1734000000", "billable": "true", "client_ids": "1,2", "project_ids": "3",
            "user_ids": "4,5", "group_ids": "6", "name": "Course", "search": "cour", "only_me": "true",
            "only_editable": "false", "only_templates": "false", "page": "1", "per_page": "50",
        ])
    }

    @Test func listClampsThePageSize() async throws {
        let stub = StubTransport(json: "[]")
        let api = makeClient(stub)
        _ = try await api.projects.list(in: wid, perPage: 1000)
        _ = try await api.projects.list(in: wid, perPage: 0)
        #expect(stub.requests.map { $0.queryItems["per_page"] } == ["200", "1"])
    }

    @Test func listWithAnEmptyIDFilterSendsNothing() async throws {
        let stub = StubTransport(json: "[]")
        let api = makeClient(stub)
        #expect(try await api.projects.list(in: wid, clientIDs: []).isEmpty)
        #expect(try await api.projects.listPage(in: wid, page: 1, projectIDs: []).isEmpty)
        #expect(stub.requests.isEmpty)
    }

    @Test func listPageFetchesExactlyOnePage() async throws {
        let stub = StubTransport(fallback: .success(page(10, from: 1)))
        let projects = try await makeClient(stub).projects.listPage(in: wid, page: 3, perPage: 10, active: .active, name: "P")
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/projects",
                   query: ["active": "true", "name": "P", "page": "3", "per_page": "10"])
        #expect(projects.count == 10)
    }

    @Test func listTreatsNullAsEmpty() async throws {
        let stub = StubTransport(json: "null")
        #expect(try await makeClient(stub).projects.list(in: wid).isEmpty)
        #expect(stub.requests.count == 1)
    }

    // MARK: get / create / update / delete

    @Test func getDecodesOneProject() async throws {
        let stub = StubTransport(json: projectJSON)
        let project = try await makeClient(stub).projects.get(202_700_150, in: wid)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/projects/202700150")
        #expect(project?.clientID == 64_890_399)
        #expect(project?.color == "#2da608")
    }

    @Test func getIsNilOn404() async throws {
        let stub = StubTransport(status: 404, json: #""Project not found""#)
        #expect(try await makeClient(stub).projects.get(1, in: wid) == nil)
    }

    @Test func createPostsThePayload() async throws {
        let stub = StubTransport(json: projectJSON)
        let payload = ProjectPayload(name: "Course", clientID: .set(64_890_399), color: "#2da608", isPrivate: false)
        let project = try await makeClient(stub).projects.create(in: wid, payload)
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/projects",
                   body: ##"{"client_id":64890399,"color":"#2da608","is_private":false,"name":"Course"}"##)
        #expect(project.id == 202_700_150)
    }

    @Test(arguments: [nil, "", "  \t"] as [String?])
    func createWithoutANameSendsNothing(name: String?) async throws {
        let stub = StubTransport(json: projectJSON)
        await #expect(throws: APIError.invalidRequest("Project name is required")) {
            _ = try await makeClient(stub).projects.create(in: wid, ProjectPayload(name: name, color: "#000000"))
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func updatePutsOnlyTheSetFields() async throws {
        let stub = StubTransport(json: projectJSON)
        _ = try await makeClient(stub).projects.update(202_700_150, in: wid, ProjectPayload(clientID: .clear, active: false))
        expectSent(stub.onlyRequest, .put, "/api/v9/workspaces/2230580/projects/202700150",
                   body: #"{"active":false,"client_id":null}"#)
    }

    @Test func updateRefusesABlankName() async throws {
        let stub = StubTransport(json: projectJSON)
        await #expect(throws: APIError.invalidRequest("Project name is required")) {
            _ = try await makeClient(stub).projects.update(1, in: wid, ProjectPayload(name: ""))
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func deleteSendsTheTimeEntryMode() async throws {
        let stub = StubTransport(json: "202700150")
        let api = makeClient(stub)
        try await api.projects.delete(202_700_150, in: wid)
        try await api.projects.delete(202_700_150, in: wid, timeEntries: .unassign)
        try await api.projects.delete(202_700_150, in: wid, timeEntries: .delete)
        let requests = stub.requests
        #expect(requests.count == 3)
        expectSent(requests[0], .delete, "/api/v9/workspaces/2230580/projects/202700150")
        expectSent(requests[1], .delete, "/api/v9/workspaces/2230580/projects/202700150", query: ["teDeletionMode": "unassign"])
        expectSent(requests[2], .delete, "/api/v9/workspaces/2230580/projects/202700150", query: ["teDeletionMode": "delete"])
    }

    // MARK: bulk edit

    @Test func bulkEditPatchesCommaJoinedIDs() async throws {
        let stub = StubTransport(json: #"{"success":[204301830],"failure":[{"id":202700150,"message":"Project not found"}]}"#)
        let result = try await makeClient(stub).projects.bulkEdit(
            [204_301_830, 202_700_150], in: wid,
            operations: [.replace("/color", with: .string("#000000")), .replace("/client_id", with: .null)])
        expectSent(stub.onlyRequest, .patch, "/api/v9/workspaces/2230580/projects/204301830,202700150",
                   body: ##"[{"op":"replace","path":"/color","value":"#000000"},{"op":"replace","path":"/client_id","value":null}]"##)
        #expect(result.success == [204_301_830])
        #expect(result.failure == [BulkEditFailure(id: 202_700_150, message: "Project not found")])
    }

    @Test func bulkEditWithNothingToDo() async throws {
        let stub = StubTransport(json: "{}")
        let api = makeClient(stub)
        #expect(try await api.projects.bulkEdit([], in: wid, operations: [.replace("/active", with: .bool(false))]) == BulkEditResult())
        await #expect(throws: APIError.invalidRequest("A bulk edit needs at least one operation")) {
            _ = try await api.projects.bulkEdit([1], in: wid, operations: [])
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func bulkEditIsNotRetriedAfterA5xx() async throws {
        let stub = StubTransport(status: 502, json: "")
        await #expect(throws: APIError.serverError(status: 502, message: "")) {
            _ = try await makeClient(stub).projects.bulkEdit([1], in: wid, operations: [.replace("/active", with: .bool(false))])
        }
        #expect(stub.requests.count == 1)
    }
}
