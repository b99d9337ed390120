import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct ProjectRoutesTests {
    // MARK: List

    @Test func listDefaultsToActiveAndArchivedSortedByName() throws {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.starterWorkspace)/projects"
        let zulu = harness.addProject("zulu", in: harness.starterWorkspace)
        let alpha = harness.addProject("Alpha", in: harness.starterWorkspace, active: false)
        let mike = harness.addProject("Mike", in: harness.starterWorkspace)
        harness.addProject("Elsewhere", in: harness.freeWorkspace)
        #expect(try harness.decode([Project].self, "GET", path).map(\.id) == [alpha, mike, zulu])
        #expect(try harness.decode([Project].self, "GET", path, query: [("active", "true")]).map(\.id) == [mike, zulu])
        #expect(try harness.decode([Project].self, "GET", path, query: [("active", "false")]).map(\.id) == [alpha])
        #expect(try harness.decode([Project].self, "GET", path, query: [("active", "both")]).count == 3)
    }

    @Test func listFilters() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let path = "/workspaces/\(workspace)/projects"
        let client = harness.addClient("Acme", in: workspace)
        let website = harness.addProject("Acme Website", in: workspace, client: client)
        let app = harness.addProject("Acme App", in: workspace, client: client)
        let inner = harness.addProject("Internal", in: workspace)
        harness.world.projects.modify(app) { $0.billable = true }
        #expect(try harness.decode([Project].self, "GET", path, query: [("client_ids", "\(client)")]).map(\.id)
            == [app, website])
        #expect(try harness.decode([Project].self, "GET", path, query: [("name", "web")]).map(\.id) == [website])
        #expect(try harness.decode([Project].self, "GET", path, query: [("billable", "true")]).map(\.id) == [app])
        #expect(try harness.decode([Project].self, "GET", path, query: [("project_ids", "\(inner),\(website)")])
            .map(\.id) == [website, inner])
        #expect(try harness.decode([Project].self, "GET", path, query: [("sort_order", "desc")]).map(\.id)
            == [inner, website, app])
        #expect(harness.send("GET", path, query: [("client_ids", "x")]).status == 400)
    }

    @Test func listPagesWith151ByDefault() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let path = "/workspaces/\(workspace)/projects"
        for index in 0..<205 { harness.addProject(String(format: "P%03d", index), in: workspace) }
        let first = try harness.decode([Project].self, "GET", path)
        #expect(first.count == 151)
        #expect(first.first?.name == "P000" && first.last?.name == "P150")
        let second = try harness.decode([Project].self, "GET", path, query: [("page", "2")])
        #expect(second.count == 54, "a short last page")
        #expect(second.first?.name == "P151")
        #expect(try harness.decode([Project].self, "GET", path, query: [("page", "3")]).isEmpty)
        let small = try harness.decode([Project].self, "GET", path, query: [("per_page", "10"), ("page", "3")])
        #expect(small.map(\.name) == (20..<30).map { String(format: "P%03d", $0) })
        #expect(try harness.decode([Project].self, "GET", path, query: [("per_page", "500")]).count == 200, "capped at 200")
    }

    @Test func listSinceIncludesDeletedRows() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let path = "/workspaces/\(workspace)/projects"
        harness.addProject("Old", in: workspace)
        let changed = harness.addProject("Changed", in: workspace)
        let doomed = harness.addProject("Doomed", in: workspace)
        harness.advance(100)
        let mark = Int(harness.now.timeIntervalSince1970)
        harness.send("PUT", "\(path)/\(changed)", json: ##"{"color":"#ff0000"}"##)
        harness.send("DELETE", "\(path)/\(doomed)")
        let rows = try harness.decode([Project].self, "GET", path, query: [("since", "\(mark)")])
        #expect(rows.map(\.id) == [changed, doomed])
        #expect(rows.last?.serverDeletedAt == harness.now)
        #expect(try harness.decode([Project].self, "GET", path).map(\.id).contains(doomed) == false)
    }

    @Test func privateProjectsAreHiddenFromOtherMembers() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let secret = harness.addProject("Secret", in: workspace, isPrivate: true)
        let open = harness.addProject("Open", in: workspace)
        let path = "/workspaces/\(workspace)/projects"
        #expect(try harness.decode([Project].self, "GET", path, as: harness.colleague).map(\.id) == [open])
        #expect(try harness.decode([Project].self, "GET", path).map(\.id) == [open, secret], "admins see all")
        #expect(harness.send("GET", "\(path)/\(secret)", as: harness.colleague).status == 404)
    }

    @Test func listOfAnotherUsersWorkspaceIsForbidden() {
        var harness = RouteHarness()
        #expect(harness.send("GET", "/workspaces/\(harness.strangerWorkspace)/projects").status == 403)
    }

    // MARK: Create

    @Test func createAnswersTheProjectInTogglsShape() throws {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let client = harness.addClient("Acme", in: workspace)
        let response = harness.send(
            "POST", "/workspaces/\(workspace)/projects",
            json: ##"{"name":"Website","client_id":\##(client),"color":"#C9806B","is_private":false}"##)
        #expect(response.status == 200, "\(response.text)")
        let project = try TogglJSON.makeDecoder().decode(Project.self, from: response.body)
        #expect(project.name == "Website")
        #expect(project.clientID == client)
        #expect(project.color == "#c9806b")
        #expect(project.active && !project.isPrivate)
        #expect(project.status == "active")
        #expect(project.billable == false)
        #expect(project.at == harness.now && project.createdAt == harness.now)
        #expect(project.actualSeconds == 0)
        let object = try #require(response.object as? [String: Any])
        #expect(object["wid"] as? Int64 == workspace)
        #expect(object["cid"] as? Int64 == client)
        #expect(object["start_date"] as? String == "2026-03-18")
        #expect(object["rate"] is NSNull, "premium fields are null on Free")
    }

    @Test func createDefaultsToAPrivateProjectItsCreatorBelongsTo() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let project = try harness.decode(Project.self, "POST", "/workspaces/\(workspace)/projects", json: #"{"name":"Mine"}"#)
        #expect(project.isPrivate)
        #expect(project.color.map { ProjectHandlers.palette.contains($0) } == true)
        #expect(harness.world.projectUsers.all.contains { $0.projectID == project.id && $0.userID == harness.me && $0.manager })
        #expect(project.tasksCount == 0, "tasks_count is a number on paid plans")
    }

    @Test func createValidates() {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let path = "/workspaces/\(workspace)/projects"
        let foreignClient = harness.addClient("Foreign", in: harness.freeWorkspace)
        harness.addProject("Taken", in: workspace)
        let client = harness.send("POST", path, json: #"{"name":"X","client_id":\#(foreignClient)}"#)
        #expect(client.status == 400)
        #expect(client.message == "Client with the ID \(foreignClient) isn't present in workspace \(workspace)")
        let color = harness.send("POST", path, json: #"{"name":"X","color":"red"}"#)
        #expect(color.status == 400)
        #expect(color.message
            == "Error in validating color 'red'. Project color must be a hex value in the form of #[0-9a-f]{6}.")
        #expect(harness.send("POST", path, json: ##"{"name":"X","color":"#12345g"}"##).status == 400)
        #expect(harness.send("POST", path, json: #"{"name":"taken"}"#).message == "Name has already been taken")
        #expect(harness.send("POST", path, json: #"{"name":"  "}"#).message == "project name can't be blank")
        #expect(harness.send("POST", path, json: ##"{"color":"#000000"}"##).status == 400)
    }

    @Test func premiumFieldsOnFreeAnswer402() {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.freeWorkspace)/projects"
        for body in [
            #"{"name":"X","billable":true}"#, #"{"name":"X","rate":50}"#, #"{"name":"X","fixed_fee":100}"#,
            #"{"name":"X","estimated_hours":10}"#, #"{"name":"X","currency":"EUR"}"#, #"{"name":"X","template":true}"#,
        ] {
            let response = harness.send("POST", path, json: body)
            #expect(response.status == 402, "\(body)")
            #expect(response.message == "Workspace needs to have this feature enabled")
        }
        #expect(harness.world.projects.count == 0)
        #expect(harness.send("POST", path, json: #"{"name":"X","billable":false}"#).status == 200)
        // The same fields work on Starter.
        let paid = harness.send(
            "POST", "/workspaces/\(harness.starterWorkspace)/projects",
            json: #"{"name":"Paid","billable":true,"rate":50,"estimated_hours":10,"fixed_fee":100}"#)
        #expect(paid.status == 200)
        let project = try? TogglJSON.makeDecoder().decode(Project.self, from: paid.body)
        #expect(project?.billable == true && project?.rate == 50 && project?.estimatedSeconds == 36_000)
        #expect(project?.currency == "EUR", "the workspace's currency")
    }

    @Test func onlyAdminsMayCreateWhenTheWorkspaceSaysSo() {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        harness.world.workspaces.modify(workspace) { $0.onlyAdminsMayCreateProjects = true }
        let response = harness.send("POST", "/workspaces/\(workspace)/projects", json: #"{"name":"X"}"#, as: harness.colleague)
        #expect(response.status == 403)
        #expect(response.message == "Only admins may create projects in this workspace")
        #expect(harness.send("POST", "/workspaces/\(workspace)/projects", json: #"{"name":"X"}"#).status == 200)
    }

    // MARK: One project

    @Test func getReportsTrackedTimeAndStatus() throws {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let id = harness.addProject("Tracked", in: workspace)
        harness.addEntry(in: workspace, project: id, startedAgo: 7200, duration: 3600)
        harness.addEntry(in: workspace, project: id, startedAgo: 1800, duration: -1)
        let project = try harness.decode(Project.self, "GET", "/workspaces/\(workspace)/projects/\(id)")
        #expect(project.actualSeconds == 5400)
        #expect(project.actualHours == 1)
        #expect(project.status == "active")
        harness.world.projects.modify(id) { $0.endDate = harness.now.addingTimeInterval(-3 * 86_400) }
        #expect(try harness.decode(Project.self, "GET", "/workspaces/\(workspace)/projects/\(id)").status == "ended")
        let missing = harness.send("GET", "/workspaces/\(workspace)/projects/1")
        #expect(missing.status == 404)
        #expect(missing.message == "Project not found/accessible")
        #expect(harness.send("GET", "/workspaces/\(workspace)/projects/abc").message == "Invalid project_id")
    }

    @Test func putUpdatesAndBumpsAt() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let id = harness.addProject("Old", in: workspace)
        let client = harness.addClient("Acme", in: workspace)
        harness.advance(45)
        let project = try harness.decode(
            Project.self, "PUT", "/workspaces/\(workspace)/projects/\(id)",
            json: #"{"name":"New","client_id":\#(client),"active":false,"end_date":"2026-12-31"}"#)
        #expect(project.name == "New")
        #expect(project.clientID == client)
        #expect(!project.active && project.status == "archived")
        #expect(project.at == harness.now)
        let cleared = try harness.decode(
            Project.self, "PUT", "/workspaces/\(workspace)/projects/\(id)", json: #"{"client_id":null}"#)
        #expect(cleared.clientID == nil)
        #expect(harness.send("PUT", "/workspaces/\(harness.freeWorkspace)/projects/\(id)", json: "{}").status == 404)
    }

    @Test func deleteUnassignsOrDeletesTimeEntries() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let keep = harness.addProject("Keep entries", in: workspace)
        let task = harness.addTask("T", project: keep)
        let kept = harness.addEntry(in: workspace, project: keep, task: task, startedAgo: 100, duration: 50)
        let drop = harness.addProject("Drop entries", in: workspace)
        let dropped = harness.addEntry(in: workspace, project: drop, startedAgo: 100, duration: 50)
        harness.advance(5)
        let unassign = harness.send("DELETE", "/workspaces/\(workspace)/projects/\(keep)", query: [("teDeletionMode", "unassign")])
        #expect(unassign.status == 200)
        #expect(unassign.text == "\(keep)")
        #expect(harness.world.timeEntries[kept]?.projectID == nil)
        #expect(harness.world.timeEntries[kept]?.taskID == nil)
        #expect(harness.world.timeEntries[kept]?.deletedAt == nil)
        #expect(harness.world.timeEntries[kept]?.at == harness.now)
        #expect(harness.world.tasks[task]?.deletedAt == harness.now)
        #expect(harness.world.projects[keep]?.deletedAt == harness.now)
        harness.send("DELETE", "/workspaces/\(workspace)/projects/\(drop)", query: [("teDeletionMode", "delete")])
        #expect(harness.world.timeEntries[dropped]?.deletedAt == harness.now)
        #expect(harness.send("DELETE", "/workspaces/\(workspace)/projects/\(drop)").status == 404)
    }

    @Test func membersCannotChangePrivateProjectsTheyDoNotManage() {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let open = harness.addProject("Open", in: workspace)
        #expect(harness.send("PUT", "/workspaces/\(workspace)/projects/\(open)", json: #"{"name":"Mine"}"#,
                             as: harness.colleague).status == 200)
        harness.world.workspaces.modify(workspace) { $0.onlyAdminsMayCreateProjects = true }
        #expect(harness.send("PUT", "/workspaces/\(workspace)/projects/\(open)", json: #"{"name":"Again"}"#,
                             as: harness.colleague).status == 403)
    }

    // MARK: Bulk edit

    @Test func patchAppliesOperationsPerProject() throws {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let a = harness.addProject("A", in: workspace)
        let b = harness.addProject("B", in: workspace)
        harness.advance(7)
        let result = try harness.decode(
            BulkEditResult.self, "PATCH", "/workspaces/\(workspace)/projects/\(a),\(b),1",
            json: ##"[{"op":"replace","path":"/color","value":"#2da608"},{"op":"replace","path":"/active","value":false},{"op":"replace","path":"/pinned","value":true}]"##)
        #expect(result.success == [a, b])
        #expect(result.failure.map(\.id) == [1])
        #expect(result.failure.first?.message == "Project not found/accessible")
        #expect(harness.world.projects[a]?.color == "#2da608")
        #expect(harness.world.projects[b]?.active == false)
        #expect(harness.world.projects[b]?.pinned == true)
        #expect(harness.world.projects[a]?.at == harness.now)
        let premium = try harness.decode(
            BulkEditResult.self, "PATCH", "/workspaces/\(workspace)/projects/\(a)",
            json: #"[{"op":"replace","path":"/billable","value":true}]"#)
        #expect(premium.failure.first?.message == "Workspace needs to have this feature enabled")
        #expect(harness.send("PATCH", "/workspaces/\(workspace)/projects/\(a)",
                             json: #"[{"op":"replace","path":"/owner","value":1}]"#).status == 400)
        #expect(harness.send("PATCH", "/workspaces/\(workspace)/projects/x,y", json: "[]").status == 400)
    }
}
