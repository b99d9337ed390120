import Testing
@testable import TogglSandbox

@Suite struct SandboxRouterTests {
    private let router = SandboxRouter(routes: [
        SandboxRoute("GET", "/workspaces/{workspace_id}/clients") { _, _ in .empty(200) },
        SandboxRoute("GET", "/workspaces/{workspace_id}/clients/{client_id}") { _, _ in .empty(200) },
        SandboxRoute("POST", "/workspace/{workspace_id}/summary/time_entries", root: .reports) { _, _ in .empty(200) },
    ])

    @Test func matchesPatternsAndCapturesParameters() throws {
        let (route, parameters) = try #require(router.route(method: "GET", path: "/api/v9/workspaces/12/clients/34"))
        #expect(route.segments.count == 4)
        #expect(parameters == ["workspace_id": "12", "client_id": "34"])
    }

    @Test func reportsLiveUnderTheirOwnRoot() {
        #expect(router.route(method: "POST", path: "/reports/api/v3/workspace/1/summary/time_entries") != nil)
        #expect(router.route(method: "POST", path: "/api/v9/workspace/1/summary/time_entries") == nil)
    }

    @Test func unknownPathsAndMethodsFindNothing() {
        #expect(router.route(method: "DELETE", path: "/api/v9/workspaces/12/clients") == nil)
        #expect(router.route(method: "GET", path: "/api/v9/workspaces/12/time_entries") == nil)
        #expect(router.route(method: "GET", path: "/elsewhere") == nil)
    }
}
