import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct WorkspaceRoutesTests {
    @Test func getAnswersTheWorkspaceAsTheCallerSeesIt() throws {
        var harness = RouteHarness()
        let free = try harness.decode(Workspace.self, "GET", "/workspaces/\(harness.freeWorkspace)")
        #expect(free.id == harness.freeWorkspace)
        #expect(free.organizationID == harness.freeOrganization)
        #expect(free.name == "Free Workspace")
        #expect(free.premium == false)
        #expect(free.role == "admin" && free.admin)
        let starter = try harness.decode(Workspace.self, "GET", "/workspaces/\(harness.starterWorkspace)")
        #expect(starter.premium)
        #expect(starter.businessWs == false)
        let asColleague = try harness.decode(
            Workspace.self, "GET", "/workspaces/\(harness.starterWorkspace)", as: harness.colleague)
        #expect(asColleague.role == "user" && !asColleague.admin)
    }

    @Test func anotherUsersWorkspaceIsForbidden() {
        var harness = RouteHarness()
        let response = harness.send("GET", "/workspaces/\(harness.strangerWorkspace)")
        #expect(response.status == 403)
        #expect(response.message == "Incorrect workspace ID or user does not have access")
        #expect(harness.send("GET", "/workspaces/999").status == 403)
        #expect(harness.send("GET", "/workspaces/abc").status == 400)
    }

    @Test func putRenamesAndBumpsAt() throws {
        var harness = RouteHarness()
        harness.advance(60)
        let updated = try harness.decode(
            Workspace.self, "PUT", "/workspaces/\(harness.starterWorkspace)",
            json: #"{"name":"  Renamed  ","default_hourly_rate":42.5,"only_admins_may_create_tags":true}"#)
        #expect(updated.name == "Renamed")
        #expect(updated.defaultHourlyRate == 42.5)
        #expect(updated.onlyAdminsMayCreateTags)
        #expect(updated.at == harness.now)
        #expect(harness.world.workspaces[harness.starterWorkspace]?.at == harness.now)
    }

    @Test func putValidatesTheName() {
        var harness = RouteHarness()
        let blank = harness.send("PUT", "/workspaces/\(harness.freeWorkspace)", json: #"{"name":"   "}"#)
        #expect(blank.status == 400)
        #expect(blank.message == "workspace name must contain non-space characters")
        let long = harness.send(
            "PUT", "/workspaces/\(harness.freeWorkspace)", json: #"{"name":"\#(String(repeating: "w", count: 141))"}"#)
        #expect(long.message == "workspace name must not be longer than 140")
    }

    @Test func premiumSettingsOnFreeAnswer402NamingTheSetting() {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.freeWorkspace)"
        let rate = harness.send("PUT", path, json: #"{"default_hourly_rate":10}"#)
        #expect(rate.status == 402)
        #expect(rate.message == "Must be a premium user to use default_hourly_rate")
        #expect(harness.send("PUT", path, json: #"{"rounding":1}"#).message == "Must be a premium user to use rounding")
        #expect(harness.send("PUT", path, json: #"{"default_currency":"EUR"}"#).message
            == "Must be a premium user to use default_currency")
        let tags = harness.send("PUT", path, json: #"{"only_admins_may_create_tags":true}"#)
        #expect(tags.status == 402)
        #expect(tags.message == "restricting tag management to administrators requires a premium subscription")
        // Echoing the current values back is not a change.
        #expect(harness.send("PUT", path, json: #"{"default_currency":"USD","rounding":0}"#).status == 200)
    }

    @Test func onlyAdminsMayUpdate() {
        var harness = RouteHarness()
        let response = harness.send(
            "PUT", "/workspaces/\(harness.starterWorkspace)", json: #"{"name":"Mine"}"#, as: harness.colleague)
        #expect(response.status == 403)
    }

    @Test func deleteIsNotARoute() {
        var harness = RouteHarness()
        let response = harness.send("DELETE", "/workspaces/\(harness.freeWorkspace)")
        #expect(response.status == 405)
        #expect(response.body.isEmpty)
    }
}
