import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct OrganizationsEndpointTests {
    @Test(.enabled(if: Fixtures.available))
    func listDecodesTheRecording() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("GET_me_organizations.200.json"))))
        let organizations = try await makeClient(stub).organizations.list()
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/organizations")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(organizations.map(\.id) == [2108099, 9011051])
    }

    @Test func listOfNoneIsEmpty() async throws {
        let stub = StubTransport(json: "[]")
        #expect(try await makeClient(stub).organizations.list().isEmpty)
    }

    @Test(.enabled(if: Fixtures.available))
    func getDecodesTheRecording() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("GET_organizations_oid.200.json"))))
        let organization = try #require(try await makeClient(stub).organizations.get(9011051))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/organizations/9011051")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(organization.id == 9011051 && organization.name == "Your Organization")
    }

    @Test func getIsNilOn404() async throws {
        let stub = StubTransport(status: 404, json: #""User not part of organization""#)
        #expect(try await makeClient(stub).organizations.get(1) == nil)
    }

    @Test(.enabled(if: Fixtures.available))
    func createPostsNameAndWorkspaceName() async throws {
        let stub = StubTransport(fallback: .success(HTTPResponse(status: 200, body: try Fixtures.data("POST_organizations.200.json"))))
        let created = try await makeClient(stub).organizations.create(name: "Your Organization", workspaceName: "Your Workspace")
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "POST /api/v9/organizations")
        #expect(request.url.query == nil)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"{"name":"Your Organization","workspace_name":"Your Workspace"}"#)
        #expect(created == CreatedOrganization(id: 9011051, name: "Your Organization", workspaceID: 9009928, workspaceName: "Your Workspace"))
    }

    @Test func createIsNotRepeatedAfterATimeout() async throws {
        let stub = StubTransport([.failure(.timedOut)])
        await #expect(throws: APIError.unknownOutcome(method: .post, path: "/organizations")) {
            _ = try await makeClient(stub).organizations.create(name: "O", workspaceName: "W")
        }
        #expect(stub.requests.count == 1)
    }

    @Test(arguments: [("", "W"), ("O", "  ")])
    func createRefusesBlankNames(name: String, workspaceName: String) async throws {
        let stub = StubTransport(json: "{}")
        do {
            _ = try await makeClient(stub).organizations.create(name: name, workspaceName: workspaceName)
            Issue.record("expected invalidRequest")
        } catch APIError.invalidRequest {
        }
        #expect(stub.requests.isEmpty)
    }
}
