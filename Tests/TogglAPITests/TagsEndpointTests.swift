import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct TagsEndpointTests {
    let wid: Int64 = 2_230_580
    let tagJSON = #"{"id":16939168,"workspace_id":2230580,"name":"AGL","at":"2024-03-17T10:55:38+00:00","creator_id":2166261}"#

    // MARK: list

    @Test(.enabled(if: Fixtures.available)) func listDecodesTheRecordedTags() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("embedded_in_me.tags.json"))))
        let tags = try await makeClient(stub).tags.list(in: wid)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/tags")
        #expect(tags.count == 12)
        #expect(tags.first?.id == 16_939_168)
        #expect(tags.first?.name == "AGL")
    }

    @Test func listSendsSearchAndPaging() async throws {
        let stub = StubTransport(json: "null")
        let tags = try await makeClient(stub).tags.list(in: wid, search: "bill ed", page: 2, perPage: 50)
        expectSent(stub.onlyRequest, .get, "/api/v9/workspaces/2230580/tags", query: ["search": "bill ed", "page": "2", "per_page": "50"])
        #expect(tags.isEmpty)
    }

    // MARK: create

    @Test func createPostsTheNameAndDecodesOneObject() async throws {
        let stub = StubTransport(json: tagJSON)
        let tag = try await makeClient(stub).tags.create(in: wid, name: "AGL")
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/tags", body: #"{"name":"AGL"}"#)
        #expect(tag.id == 16_939_168)
        #expect(tag.workspaceID == 2_230_580)
    }

    @Test func createAcceptsAOneElementArray() async throws {
        let stub = StubTransport(json: "[\(tagJSON)]")
        let tag = try await makeClient(stub).tags.create(in: wid, TagPayload(name: "AGL"))
        expectSent(stub.onlyRequest, .post, "/api/v9/workspaces/2230580/tags", body: #"{"name":"AGL"}"#)
        #expect(tag.id == 16_939_168)
    }

    @Test func createRejectsAnEmptyArrayAnswer() async throws {
        let stub = StubTransport(json: "[]")
        await #expect(throws: APIError.undecodable(path: "/workspaces/2230580/tags", snippet: "[]")) {
            _ = try await makeClient(stub).tags.create(in: wid, name: "AGL")
        }
    }

    @Test(arguments: [nil, "", "  "] as [String?])
    func createWithoutANameSendsNothing(name: String?) async throws {
        let stub = StubTransport(json: tagJSON)
        await #expect(throws: APIError.invalidRequest("Tag name is required")) {
            _ = try await makeClient(stub).tags.create(in: wid, TagPayload(name: name))
        }
        await #expect(throws: APIError.invalidRequest("Tag name is required")) {
            _ = try await makeClient(stub).tags.create(in: wid, name: name ?? "")
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func createPassesADuplicateNameErrorThrough() async throws {
        let stub = StubTransport(status: 400, json: #""a tag with the name 'AGL' already exists""#)
        await #expect(throws: APIError.badRequest(message: "a tag with the name 'AGL' already exists")) {
            _ = try await makeClient(stub).tags.create(in: wid, name: "AGL")
        }
    }

    // MARK: update / delete

    @Test func updatePutsTheNewName() async throws {
        let stub = StubTransport(json: tagJSON)
        let api = makeClient(stub)
        _ = try await api.tags.update(16_939_168, in: wid, name: "billed")
        expectSent(stub.onlyRequest, .put, "/api/v9/workspaces/2230580/tags/16939168", body: #"{"name":"billed"}"#)
    }

    @Test func updateAcceptsAOneElementArray() async throws {
        let stub = StubTransport(json: "[\(tagJSON)]")
        let tag = try await makeClient(stub).tags.update(16_939_168, in: wid, name: "AGL")
        #expect(tag.name == "AGL")
    }

    @Test func updateRefusesABlankName() async throws {
        let stub = StubTransport(json: tagJSON)
        await #expect(throws: APIError.invalidRequest("Tag name is required")) {
            _ = try await makeClient(stub).tags.update(1, in: wid, name: " ")
        }
        #expect(stub.requests.isEmpty)
    }

    @Test func deleteSendsDelete() async throws {
        let stub = StubTransport(json: #""""#)
        try await makeClient(stub).tags.delete(16_939_168, in: wid)
        expectSent(stub.onlyRequest, .delete, "/api/v9/workspaces/2230580/tags/16939168")
    }

    @Test func deleteOfAMissingTagIsNotFound() async throws {
        let stub = StubTransport(status: 404, json: #""Tag was not found""#)
        await #expect(throws: APIError.notFound(message: "Tag was not found")) {
            try await makeClient(stub).tags.delete(1, in: wid)
        }
    }
}
