import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct MeRoutesTests {
    // MARK: GET /me

    @Test func meAnswersTheProfileWithTheToken() throws {
        var harness = RouteHarness()
        let response = harness.send("GET", "/me")
        #expect(response.status == 200)
        let me = try TogglJSON.makeDecoder().decode(Me.self, from: response.body)
        #expect(me.id == harness.me)
        #expect(me.apiToken?.revealed == "token-me")
        #expect(me.email == "me@example.com")
        #expect(me.defaultWorkspaceID == harness.freeWorkspace)
        #expect(me.timezone == "Europe/Berlin")
        let object = try #require(response.object as? [String: Any])
        for related in ["workspaces", "clients", "projects", "tags", "tasks", "time_entries"] {
            #expect(object[related] == nil, "\(related) only comes with related data")
        }
    }

    @Test func relatedDataListsEverythingAndOmitsEmptyArrays() throws {
        var harness = RouteHarness()
        let client = harness.addClient("Acme", in: harness.freeWorkspace)
        let project = harness.addProject("Website", in: harness.freeWorkspace, client: client)
        let archived = harness.addProject("Old", in: harness.starterWorkspace, active: false)
        let deleted = harness.addProject("Gone", in: harness.starterWorkspace)
        harness.world.projects.modify(deleted) { $0.deletedAt = harness.now }
        harness.addProject("Theirs", in: harness.strangerWorkspace)
        harness.addTag("zeta", in: harness.freeWorkspace)
        harness.addTag("Alpha", in: harness.starterWorkspace)
        let recent = harness.addEntry(in: harness.freeWorkspace, project: project, startedAgo: 3600, duration: 600)
        let newer = harness.addEntry(in: harness.freeWorkspace, startedAgo: 60, duration: -1)
        harness.addEntry(in: harness.freeWorkspace, startedAgo: 10 * 86_400, duration: 600)
        let removed = harness.addEntry(in: harness.freeWorkspace, startedAgo: 7200, duration: 60)
        harness.world.timeEntries.modify(removed) { $0.deletedAt = harness.now }
        harness.addEntry(in: harness.starterWorkspace, startedAgo: 100, duration: 60, user: harness.colleague)

        let response = harness.send("GET", "/me", query: [("with_related_data", "true")])
        let me = try TogglJSON.makeDecoder().decode(Me.self, from: response.body)
        #expect(me.workspaces?.map(\.id) == [harness.freeWorkspace, harness.starterWorkspace])
        #expect(me.clients?.map(\.id) == [client])
        #expect(me.projects?.map(\.id) == [project, archived], "archived included, deleted and foreign not")
        #expect(me.tags?.map(\.name) == ["Alpha", "zeta"])
        #expect(me.timeEntries?.map(\.id) == [newer, recent], "last 9 days, newest first, not deleted")
        #expect(me.apiToken?.revealed == "token-me")
        let object = try #require(response.object as? [String: Any])
        #expect(object["tasks"] == nil, "no tasks: the key is left out, as recorded")
    }

    @Test func relatedDataOfAnEmptyAccountHasNoRelatedKeys() throws {
        var harness = RouteHarness()
        let object = try #require(harness.send("GET", "/me", query: [("with_related_data", "true")], as: harness.stranger)
            .object as? [String: Any])
        #expect(object["workspaces"] != nil)
        for key in ["clients", "projects", "tags", "tasks", "time_entries"] { #expect(object[key] == nil, "\(key)") }
    }

    // MARK: PUT /me

    @Test func putUpdatesTheProfileAndBumpsAt() throws {
        var harness = RouteHarness()
        harness.advance(90)
        let me = try harness.decode(
            Me.self, "PUT", "/me",
            json: #"{"fullname":"New Name","timezone":"America/New_York","beginning_of_week":0,"default_workspace_id":\#(harness.starterWorkspace),"email":"new@example.com","country_id":70}"#)
        #expect(me.fullname == "New Name")
        #expect(me.timezone == "America/New_York")
        #expect(me.beginningOfWeek == 0)
        #expect(me.defaultWorkspaceID == harness.starterWorkspace)
        #expect(me.email == "new@example.com")
        #expect(me.countryID == 70)
        #expect(me.at == harness.now)
        #expect(me.apiToken?.revealed == "token-me")
        #expect(harness.world.users[harness.me]?.at == harness.now)
    }

    @Test func putRejectsInvalidFields() {
        var harness = RouteHarness()
        let cases: [(String, String)] = [
            (#"{"beginning_of_week":7}"#, "Invalid beginning_of_week"),
            (#"{"beginning_of_week":-1}"#, "Invalid beginning_of_week"),
            (#"{"timezone":"Mars/Olympus"}"#, "Invalid timezone"),
            (#"{"email":"nope"}"#, "Invalid email"),
            (#"{"email":"colleague@example.com"}"#, "user with this email already exists"),
            (#"{"fullname":"  "}"#, "Invalid fullname"),
            (#"{"default_workspace_id":\#(harness.strangerWorkspace)}"#, "Invalid default_workspace_id"),
            (#"{"country_id":0}"#, "Invalid country_id"),
            (#"{"password":"newpassword"}"#, "Current password must be present to change password"),
            (#"{"password":"newpassword","current_password":"wrong"}"#, "Current password is not valid"),
            (#"{"password":"short","current_password":"secret-pass"}"#, "Password should be at least 6 characters"),
        ]
        for (body, message) in cases {
            let response = harness.send("PUT", "/me", json: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.message == message, "\(body)")
        }
        #expect(harness.world.users[harness.me]?.beginningOfWeek == 1, "nothing changed")
    }

    // MARK: logged, preferences

    @Test func loggedAnswers200() {
        var harness = RouteHarness()
        let response = harness.send("GET", "/me/logged")
        #expect(response.status == 200)
        #expect(response.body.isEmpty)
    }

    @Test func preferencesRoundTrip() throws {
        var harness = RouteHarness()
        let before = try harness.decode(Preferences.self, "GET", "/me/preferences")
        #expect(before.dateFormat == "YYYY-MM-DD")
        #expect(before.beginningOfWeek == 1)
        #expect(before.pgTimeZoneName == "Europe/Berlin")
        harness.advance(10)
        let update = harness.send(
            "POST", "/me/preferences",
            json: #"{"date_format":"MM/DD/YYYY","timeofday_format":"h:mm A","duration_format":"decimal","BeginningOfWeek":0,"unknown_flag":true}"#)
        #expect(update.status == 200)
        let after = try harness.decode(Preferences.self, "GET", "/me/preferences")
        #expect(after.dateFormat == "MM/DD/YYYY")
        #expect(after.timeOfDayFormat == "h:mm A")
        #expect(after.durationFormat == "decimal")
        #expect(after.beginningOfWeek == 0)
        #expect(harness.world.users[harness.me]?.at == harness.now)
    }

    @Test func preferencesRejectInvalidValues() {
        var harness = RouteHarness()
        #expect(harness.send("POST", "/me/preferences", json: #"{"date_format":"YYYY/DD"}"#).message
            == "Value in date_format is invalid")
        #expect(harness.send("POST", "/me/preferences", json: #"{"timeofday_format":"HH"}"#).message
            == "Value in timeofday_format is invalid")
        #expect(harness.send("POST", "/me/preferences").message == "Missing data")
    }

    // MARK: Lists

    @Test func workspacesCarryActiveProjectCountAndHonourSince() throws {
        var harness = RouteHarness()
        harness.addProject("A", in: harness.starterWorkspace)
        harness.addProject("B", in: harness.starterWorkspace, active: false)
        let all = try harness.decode([Workspace].self, "GET", "/me/workspaces")
        #expect(all.map(\.id) == [harness.freeWorkspace, harness.starterWorkspace])
        #expect(all.map(\.activeProjectCount) == [0, 1])
        harness.advance(100)
        let mark = Int(harness.now.timeIntervalSince1970)
        #expect(try harness.decode([Workspace].self, "GET", "/me/workspaces", query: [("since", "\(mark)")]).isEmpty)
        harness.send("PUT", "/workspaces/\(harness.freeWorkspace)", json: #"{"name":"Changed"}"#)
        let changed = try harness.decode([Workspace].self, "GET", "/me/workspaces", query: [("since", "\(mark)")])
        #expect(changed.map(\.id) == [harness.freeWorkspace])
        #expect(harness.send("GET", "/me/workspaces", query: [("since", "yesterday")]).status == 400)
    }

    @Test func clientsListEveryWorkspaceAndHonourSince() throws {
        var harness = RouteHarness()
        let old = harness.addClient("Old", in: harness.freeWorkspace, archived: true)
        harness.addClient("Foreign", in: harness.strangerWorkspace)
        harness.advance(100)
        let mark = Int(harness.now.timeIntervalSince1970)
        let new = harness.addClient("New", in: harness.starterWorkspace)
        #expect(try harness.decode([Client].self, "GET", "/me/clients").map(\.id) == [old, new])
        #expect(try harness.decode([Client].self, "GET", "/me/clients", query: [("since", "\(mark)")]).map(\.id) == [new])
    }

    @Test func projectsHideArchivedUnlessAskedAndSinceIncludesDeleted() throws {
        var harness = RouteHarness()
        let active = harness.addProject("Active", in: harness.freeWorkspace)
        let archived = harness.addProject("Archived", in: harness.starterWorkspace, active: false)
        let doomed = harness.addProject("Doomed", in: harness.starterWorkspace)
        #expect(try harness.decode([Project].self, "GET", "/me/projects").map(\.id) == [active, doomed])
        #expect(try harness.decode([Project].self, "GET", "/me/projects", query: [("include_archived", "true")])
            .map(\.id) == [active, archived, doomed])
        #expect(harness.send("GET", "/me/projects", query: [("include_archived", "maybe")]).message
            == "Invalid include_archived")
        harness.advance(50)
        let mark = Int(harness.now.timeIntervalSince1970)
        harness.send("DELETE", "/workspaces/\(harness.starterWorkspace)/projects/\(doomed)")
        let since = try harness.decode([Project].self, "GET", "/me/projects", query: [("since", "\(mark)")])
        #expect(since.map(\.id) == [doomed])
        #expect(since.first?.serverDeletedAt == harness.now)
        #expect(since.first?.status == "deleted")
        #expect(try harness.decode([Project].self, "GET", "/me/projects").map(\.id) == [active])
    }

    @Test func paginatedProjectsStartAtAnIDAndPage() throws {
        var harness = RouteHarness()
        let ids = (0..<5).map { harness.addProject("P\($0)", in: harness.freeWorkspace, active: $0 != 2) }
        let first = try harness.decode([Project].self, "GET", "/me/projects/paginated", query: [("per_page", "2")])
        #expect(first.map(\.id) == Array(ids[0..<2]))
        let next = try harness.decode(
            [Project].self, "GET", "/me/projects/paginated", query: [("per_page", "2"), ("start_project_id", "\(ids[2])")])
        #expect(next.map(\.id) == Array(ids[2..<4]), "archived projects are included")
        #expect(try harness.decode([Project].self, "GET", "/me/projects/paginated").count == 5)
    }

    @Test func tagsAreSortedAndSinceIncludesDeleted() throws {
        var harness = RouteHarness()
        let beta = harness.addTag("beta", in: harness.freeWorkspace)
        harness.addTag("Alpha", in: harness.starterWorkspace)
        harness.addTag("hidden", in: harness.strangerWorkspace)
        #expect(try harness.decode([TogglModels.Tag].self, "GET", "/me/tags").map(\.name) == ["Alpha", "beta"])
        harness.advance(30)
        let mark = Int(harness.now.timeIntervalSince1970)
        harness.send("DELETE", "/workspaces/\(harness.freeWorkspace)/tags/\(beta)")
        let since = try harness.decode([TogglModels.Tag].self, "GET", "/me/tags", query: [("since", "\(mark)")])
        #expect(since.map(\.id) == [beta])
        #expect(since.first?.deletedAt == harness.now)
        #expect(try harness.decode([TogglModels.Tag].self, "GET", "/me/tags").map(\.name) == ["Alpha"])
    }

    @Test func tasksHideDoneOnesAndSinceIncludesDeleted() throws {
        var harness = RouteHarness()
        let project = harness.addProject("Work", in: harness.starterWorkspace)
        let open = harness.addTask("Open", project: project)
        let done = harness.addTask("Done", project: project, active: false)
        let doomed = harness.addTask("Doomed", project: project)
        #expect(try harness.decode([ProjectTask].self, "GET", "/me/tasks").map(\.id) == [open, doomed])
        #expect(try harness.decode([ProjectTask].self, "GET", "/me/tasks", query: [("include_not_active", "true")])
            .map(\.id) == [open, done, doomed])
        #expect(harness.send("GET", "/me/tasks", query: [("include_not_active", "x")]).message
            == "Invalid include_not_active")
        let paged = try harness.decode(
            [ProjectTask].self, "GET", "/me/tasks", query: [("offset", "1"), ("per_page", "1")])
        #expect(paged.map(\.id) == [doomed])
        let withMeta = try harness.decode([ProjectTask].self, "GET", "/me/tasks", query: [("meta", "true")])
        #expect(withMeta.first?.projectName == "Work")
        #expect(try harness.decode([ProjectTask].self, "GET", "/me/tasks").first?.projectName == nil)

        harness.advance(20)
        let mark = Int(harness.now.timeIntervalSince1970)
        harness.send("DELETE", "/workspaces/\(harness.starterWorkspace)/projects/\(project)/tasks/\(doomed)")
        let response = harness.send("GET", "/me/tasks", query: [("since", "\(mark)")])
        let rows = try #require(response.object as? [[String: Any]])
        #expect(rows.map { $0["id"] as? Int64 } == [doomed])
        #expect(rows.first?["server_deleted_at"] as? String != nil)
    }

    @Test func meOrganizationsNamesThePlan() throws {
        var harness = RouteHarness()
        let organizations = try harness.decode([Organization].self, "GET", "/me/organizations")
        #expect(organizations.map(\.name) == ["Free Org", "Starter Org"])
        #expect(organizations.map(\.pricingPlanName) == ["Free", "Starter"])
        #expect(try harness.decode([Organization].self, "GET", "/me/organizations", as: harness.stranger).count == 1)
    }

    @Test func quotaIsNotAnEntityRoute() {
        var harness = RouteHarness()
        // Answered by the engine, which owns the quota state.
        #expect(harness.send("GET", "/me/quota").status == 405)
    }
}
