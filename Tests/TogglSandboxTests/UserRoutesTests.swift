import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct UserRoutesTests {
    @Test func usersListsMembersInTheSimpleShape() throws {
        var harness = RouteHarness()
        let response = harness.send("GET", "/workspaces/\(harness.starterWorkspace)/users")
        let rows = try #require(response.object as? [[String: Any]])
        #expect(Set(rows[0].keys) == ["id", "email", "fullname", "role", "is_active", "inactive", "is_admin"])
        let users = try TogglJSON.makeDecoder().decode([SimpleWorkspaceUser].self, from: response.body)
        #expect(users.map(\.id) == [harness.me, harness.colleague])
        #expect(users.map(\.role) == ["admin", "user"])
        #expect(users.map(\.isAdmin) == [true, false])
        #expect(users.last?.email == "colleague@example.com")
        #expect(harness.send("GET", "/workspaces/\(harness.strangerWorkspace)/users").status == 403)
    }

    @Test func usersCanExcludeDeactivatedMembers() throws {
        var harness = RouteHarness()
        let membership = try #require(harness.world.membership(of: harness.colleague, in: harness.starterWorkspace))
        harness.world.memberships.modify(membership.id) { $0.isActive = false }
        let path = "/workspaces/\(harness.starterWorkspace)/users"
        let all = try harness.decode([SimpleWorkspaceUser].self, "GET", path)
        #expect(all.last?.inactive == true)
        #expect(try harness.decode([SimpleWorkspaceUser].self, "GET", path, query: [("exclude_deleted", "true")])
            .map(\.id) == [harness.me])
    }

    @Test func workspaceUsersListsMemberships() throws {
        var harness = RouteHarness()
        let rows = try harness.decode([WorkspaceUser].self, "GET", "/workspaces/\(harness.starterWorkspace)/workspace_users")
        #expect(rows.map(\.userID) == [harness.me, harness.colleague])
        #expect(rows.first?.organizationAdmin == true)
        #expect(rows.last?.admin == false)
        #expect(rows.last?.name == "Col League")
        #expect(rows.last?.timezone == "UTC")
        #expect(rows.allSatisfy { $0.workspaceID == harness.starterWorkspace })
    }

    @Test func projectUsersCanBeAddedListedUpdatedAndRemoved() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let path = "/workspaces/\(workspace)/project_users"
        let project = harness.addProject("Work", in: workspace)
        let other = harness.addProject("Other", in: workspace)
        let added = try harness.decode(
            ProjectUser.self, "POST", path,
            json: #"{"project_id":\#(project),"user_id":\#(harness.colleague),"rate":25}"#)
        #expect(added.projectID == project && added.userID == harness.colleague)
        #expect(added.rate == 25 && !added.manager)
        #expect(added.at == harness.now)
        let mine = try harness.decode(ProjectUser.self, "POST", path, json: #"{"project_id":\#(other),"user_id":\#(harness.me)}"#)

        #expect(try harness.decode([ProjectUser].self, "GET", path).map(\.id) == [added.id, mine.id])
        #expect(try harness.decode([ProjectUser].self, "GET", path, query: [("project_ids", "\(other)")]).map(\.id) == [mine.id])
        #expect(try harness.decode([ProjectUser].self, "GET", path, query: [("user_id", "\(harness.colleague)")])
            .map(\.id) == [added.id])

        harness.advance(20)
        let updated = try harness.decode(
            ProjectUser.self, "PUT", "\(path)/\(added.id)", json: #"{"manager":true,"rate":null}"#)
        #expect(updated.manager && updated.rate == nil)
        #expect(updated.at == harness.now)
        #expect(harness.send("PUT", "\(path)/\(added.id)", json: "{}").message == "Missing data")

        let removed = harness.send("DELETE", "\(path)/\(added.id)")
        #expect(removed.status == 200)
        #expect(removed.text == "\(added.id)")
        #expect(harness.world.projectUsers[added.id] == nil)
        #expect(harness.send("DELETE", "\(path)/\(added.id)").status == 404)
    }

    @Test func projectUsersValidate() {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let path = "/workspaces/\(workspace)/project_users"
        let project = harness.addProject("Work", in: workspace)
        #expect(harness.send("POST", path, json: #"{"project_id":1,"user_id":\#(harness.colleague)}"#).message
            == "Invalid project_id")
        #expect(harness.send("POST", path, json: #"{"project_id":\#(project),"user_id":\#(harness.stranger)}"#).message
            == "Invalid user_id")
        harness.send("POST", path, json: #"{"project_id":\#(project),"user_id":\#(harness.colleague)}"#)
        #expect(harness.send("POST", path, json: #"{"project_id":\#(project),"user_id":\#(harness.colleague)}"#).message
            == "Project user already exists")
        let many = (1...201).map(String.init).joined(separator: ",")
        #expect(harness.send("GET", path, query: [("project_ids", many)]).message == "project_ids cannot exceed 200 elements.")
        #expect(harness.send("GET", path, query: [("user_id", "me")]).message == "Invalid user_id")
        // A plain member may not manage memberships of a project they do not manage.
        #expect(harness.send("POST", path, json: #"{"project_id":\#(project),"user_id":\#(harness.me)}"#,
                             as: harness.colleague).status == 403)
    }

    @Test func ratesArePremium() {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let project = harness.addProject("Work", in: workspace)
        let response = harness.send(
            "POST", "/workspaces/\(workspace)/project_users", json: #"{"project_id":\#(project),"user_id":\#(harness.me),"rate":10}"#)
        #expect(response.status == 402)
        #expect(harness.send(
            "POST", "/workspaces/\(workspace)/project_users", json: #"{"project_id":\#(project),"user_id":\#(harness.me)}"#)
            .status == 200)
    }

    @Test func projectUsersOfDeletedProjectsAreGone() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let project = harness.addProject("Work", in: workspace)
        harness.send("POST", "/workspaces/\(workspace)/project_users",
                     json: #"{"project_id":\#(project),"user_id":\#(harness.colleague)}"#)
        harness.send("DELETE", "/workspaces/\(workspace)/projects/\(project)")
        #expect(try harness.decode([ProjectUser].self, "GET", "/workspaces/\(workspace)/project_users").isEmpty)
    }
}
