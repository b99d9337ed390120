import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct TaskRoutesTests {
    /// A Starter workspace project with a few tasks.
    struct Fixture {
        var harness = RouteHarness()
        let project: Int64
        let open: Int64
        let done: Int64
        var workspace: Int64 { harness.starterWorkspace }
        var path: String { "/workspaces/\(harness.starterWorkspace)/projects/\(project)/tasks" }

        init() {
            project = harness.addProject("Work", in: harness.starterWorkspace)
            open = harness.addTask("Open", project: project)
            done = harness.addTask("Done", project: project, active: false)
        }
    }

    // MARK: A project's tasks

    @Test func listFiltersByActive() throws {
        var fixture = Fixture()
        #expect(try fixture.harness.decode([ProjectTask].self, "GET", fixture.path).map(\.id) == [fixture.done, fixture.open])
        #expect(try fixture.harness.decode([ProjectTask].self, "GET", fixture.path, query: [("active", "true")])
            .map(\.id) == [fixture.open])
        #expect(try fixture.harness.decode([ProjectTask].self, "GET", fixture.path, query: [("active", "false")])
            .map(\.id) == [fixture.done])
        // Reading tasks works on Free too.
        let free = fixture.harness.addProject("Free project", in: fixture.harness.freeWorkspace)
        fixture.harness.addTask("Legacy", project: free)
        #expect(try fixture.harness.decode(
            [ProjectTask].self, "GET", "/workspaces/\(fixture.harness.freeWorkspace)/projects/\(free)/tasks").count == 1)
    }

    @Test func createAnswersTheTaskWithProjectDetails() throws {
        var fixture = Fixture()
        let task = try fixture.harness.decode(
            ProjectTask.self, "POST", fixture.path,
            json: #"{"name":"Write docs","estimated_seconds":3600,"user_id":\#(fixture.harness.colleague)}"#)
        #expect(task.name == "Write docs")
        #expect(task.projectID == fixture.project)
        #expect(task.workspaceID == fixture.workspace)
        #expect(task.active)
        #expect(task.estimatedSeconds == 3600)
        #expect(task.userID == fixture.harness.colleague)
        #expect(task.userName == "Col League")
        #expect(task.projectName == "Work")
        #expect(task.trackedSeconds == 0)
        #expect(task.at == fixture.harness.now)
    }

    @Test func createValidates() {
        var fixture = Fixture()
        #expect(fixture.harness.send("POST", fixture.path, json: #"{"name":" "}"#).message == "task name can't be blank")
        #expect(fixture.harness.send("POST", fixture.path, json: #"{"name":"open"}"#).message
            == "Name has already been taken")
        #expect(fixture.harness.send("POST", fixture.path, json: #"{"name":"X","user_id":\#(fixture.harness.stranger)}"#)
            .message == "Invalid user_id")
        let missing = fixture.harness.send(
            "POST", "/workspaces/\(fixture.workspace)/projects/1/tasks", json: #"{"name":"X"}"#)
        #expect(missing.status == 400)
        #expect(missing.message == "Project not found/accessible")
        fixture.harness.world.projects.modify(fixture.project) { $0.active = false }
        let archived = fixture.harness.send("POST", fixture.path, json: #"{"name":"X"}"#)
        #expect(archived.status == 400)
        #expect(archived.message == "Can not change tasks of archived project")
    }

    @Test func tasksArePremium() {
        var harness = RouteHarness()
        let project = harness.addProject("Free", in: harness.freeWorkspace)
        let task = harness.addTask("Legacy", project: project)
        let path = "/workspaces/\(harness.freeWorkspace)/projects/\(project)/tasks"
        let create = harness.send("POST", path, json: #"{"name":"X"}"#)
        #expect(create.status == 402)
        #expect(create.message == "Workspace needs to have this feature enabled")
        #expect(harness.send("PUT", "\(path)/\(task)", json: #"{"name":"Y"}"#).status == 402)
        #expect(harness.send("DELETE", "\(path)/\(task)").status == 402)
        #expect(harness.send("PATCH", "\(path)/\(task)", json: "[]").status == 402)
        #expect(harness.send("GET", "\(path)/\(task)").status == 200)
    }

    @Test func anotherUsersWorkspaceIsForbidden() {
        var harness = RouteHarness()
        #expect(harness.send("GET", "/workspaces/\(harness.strangerWorkspace)/projects/1/tasks").status == 403)
        #expect(harness.send("GET", "/workspaces/\(harness.strangerWorkspace)/tasks").status == 403)
    }

    // MARK: One task

    @Test func getUpdateDelete() throws {
        var fixture = Fixture()
        let entry = fixture.harness.addEntry(
            in: fixture.workspace, project: fixture.project, task: fixture.open, startedAgo: 500, duration: 90)
        let task = try fixture.harness.decode(ProjectTask.self, "GET", "\(fixture.path)/\(fixture.open)")
        #expect(task.trackedSeconds == 90_000, "milliseconds, as Toggl sends them")
        fixture.harness.advance(12)
        let updated = try fixture.harness.decode(
            ProjectTask.self, "PUT", "\(fixture.path)/\(fixture.open)",
            json: #"{"name":"Renamed","active":false,"estimated_seconds":null}"#)
        #expect(updated.name == "Renamed" && !updated.active && updated.estimatedSeconds == nil)
        #expect(updated.at == fixture.harness.now)
        #expect(fixture.harness.send("PUT", "\(fixture.path)/\(fixture.open)", json: #"{"name":"Done"}"#).message
            == "Name has already been taken")
        let deleted = fixture.harness.send("DELETE", "\(fixture.path)/\(fixture.open)")
        #expect(deleted.status == 200)
        #expect(fixture.harness.world.tasks[fixture.open]?.deletedAt == fixture.harness.now)
        #expect(fixture.harness.world.timeEntries[entry]?.taskID == nil)
        let gone = fixture.harness.send("GET", "\(fixture.path)/\(fixture.open)")
        #expect(gone.status == 404)
        #expect(gone.message == "Task not found")
        #expect(fixture.harness.send("GET", "\(fixture.path)/abc").message == "Invalid task_id")
    }

    @Test func patchAppliesPerTask() throws {
        var fixture = Fixture()
        fixture.harness.advance(3)
        let result = try fixture.harness.decode(
            BulkEditResult.self, "PATCH", "\(fixture.path)/\(fixture.open),\(fixture.done),1",
            json: #"[{"op":"replace","path":"/active","value":true},{"op":"replace","path":"/estimated_seconds","value":600}]"#)
        #expect(result.success == [fixture.open, fixture.done])
        #expect(result.failure.map(\.id) == [1])
        #expect(fixture.harness.world.tasks[fixture.done]?.active == true)
        #expect(fixture.harness.world.tasks[fixture.done]?.estimatedSeconds == 600)
        #expect(fixture.harness.world.tasks[fixture.done]?.at == fixture.harness.now)
        let rename = try fixture.harness.decode(
            BulkEditResult.self, "PATCH", "\(fixture.path)/\(fixture.open),\(fixture.done)",
            json: #"[{"op":"replace","path":"/name","value":"Same"}]"#)
        #expect(rename.success == [fixture.open])
        #expect(rename.failure.first?.message == "Name has already been taken")
    }

    // MARK: The workspace's tasks

    @Test func workspaceTasksComeInAnEnvelope() throws {
        var fixture = Fixture()
        let other = fixture.harness.addProject("Other", in: fixture.workspace)
        let extra = fixture.harness.addTask("Another", project: other)
        let response = fixture.harness.send("GET", "/workspaces/\(fixture.workspace)/tasks")
        let object = try #require(response.object as? [String: Any])
        #expect(Set(object.keys) == ["data", "page", "per_page", "sort_field", "sort_order", "total_count"])
        let page = try TogglJSON.makeDecoder().decode(WorkspaceTasksPage.self, from: response.body)
        #expect(page.data.map(\.id) == [extra, fixture.done, fixture.open])
        #expect(page.page == 1 && page.perPage == 50 && page.totalCount == 3)
        #expect(page.sortField == "name" && page.sortOrder == "ASC")

        let filtered = try fixture.harness.decode(
            WorkspaceTasksPage.self, "GET", "/workspaces/\(fixture.workspace)/tasks",
            query: [("active", "true"), ("pid", "\(fixture.project)")])
        #expect(filtered.data.map(\.id) == [fixture.open])
        let paged = try fixture.harness.decode(
            WorkspaceTasksPage.self, "GET", "/workspaces/\(fixture.workspace)/tasks",
            query: [("per_page", "2"), ("page", "2"), ("sort_field", "created_at"), ("sort_order", "DESC")])
        #expect(paged.data.map(\.id) == [fixture.open])
        #expect(paged.totalCount == 3)
        let search = try fixture.harness.decode(
            WorkspaceTasksPage.self, "GET", "/workspaces/\(fixture.workspace)/tasks", query: [("search", "OPE")])
        #expect(search.data.map(\.id) == [fixture.open])
    }

    @Test func workspaceTasksSinceIncludesDeleted() throws {
        var fixture = Fixture()
        fixture.harness.advance(60)
        let mark = Int(fixture.harness.now.timeIntervalSince1970)
        fixture.harness.send("DELETE", "\(fixture.path)/\(fixture.done)")
        let response = fixture.harness.send("GET", "/workspaces/\(fixture.workspace)/tasks", query: [("since", "\(mark)")])
        let object = try #require(response.object as? [String: Any])
        let rows = try #require(object["data"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? Int64 } == [fixture.done])
        #expect(rows.first?["server_deleted_at"] is String)
        let live = try fixture.harness.decode(WorkspaceTasksPage.self, "GET", "/workspaces/\(fixture.workspace)/tasks")
        #expect(live.data.map(\.id) == [fixture.open])
    }
}
