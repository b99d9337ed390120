import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct OrganizationRoutesTests {
    @Test func postCreatesAFreeOrganizationWithOneWorkspace() throws {
        var harness = RouteHarness()
        let created = try harness.decode(
            CreatedOrganization.self, "POST", "/organizations",
            json: #"{"name":"Your Organization","workspace_name":"Your Workspace"}"#)
        #expect(created.name == "Your Organization")
        #expect(created.workspaceName == "Your Workspace")
        let organization = try #require(harness.world.organizations[created.id])
        #expect(organization.plan == .free)
        #expect(organization.ownerID == harness.me)
        let workspaceID = try #require(created.workspaceID)
        #expect(harness.world.workspaces[workspaceID]?.organizationID == created.id)
        #expect(harness.world.isWorkspaceAdmin(harness.me, of: workspaceID))
        // The new workspace is usable right away.
        #expect(harness.send("GET", "/workspaces/\(workspaceID)").status == 200)
        let object = try #require(harness.send("POST", "/organizations", json: #"{"name":"B","workspace_name":"C"}"#).object
            as? [String: Any])
        #expect(Set(object.keys) == ["id", "name", "workspace_id", "workspace_name"])
    }

    @Test func postValidatesNames() {
        var harness = RouteHarness()
        let cases: [(String, String)] = [
            (#"{"workspace_name":"W"}"#, "Field 'name' cannot be empty."),
            (#"{"name":"  ","workspace_name":"W"}"#, "Field 'name' cannot be empty."),
            (#"{"name":"\#(String(repeating: "o", count: 141))","workspace_name":"W"}"#,
             "organization name too long, maximum length is 140"),
            (#"{"name":"O"}"#, "workspace name must be provided"),
            (#"{"name":"O","workspace_name":"   "}"#, "workspace name must contain non-space characters"),
            (#"{"name":"O","workspace_name":"\#(String(repeating: "w", count: 141))"}"#,
             "workspace name must not be longer than 140"),
            ("not json", "Invalid JSON input"),
        ]
        for (body, message) in cases {
            let response = harness.send("POST", "/organizations", json: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.message == message, "\(body)")
        }
    }

    @Test func getAnswersTheOrganizationWithAnEmptyPlanName() throws {
        var harness = RouteHarness()
        let organization = try harness.decode(Organization.self, "GET", "/organizations/\(harness.freeOrganization)")
        #expect(organization.name == "Free Org")
        #expect(organization.pricingPlanName == "")
        #expect(organization.pricingPlanID == 0)
        #expect(organization.owner && organization.admin)
        #expect(organization.userCount == 1)
        let starter = try harness.decode(Organization.self, "GET", "/organizations/\(harness.starterOrganization)")
        #expect(starter.userCount == 2)
        let asColleague = try harness.decode(
            Organization.self, "GET", "/organizations/\(harness.starterOrganization)", as: harness.colleague)
        #expect(!asColleague.admin && !asColleague.owner)
    }

    @Test func getErrorsAre404() {
        var harness = RouteHarness()
        let unknown = harness.send("GET", "/organizations/12345")
        #expect(unknown.status == 404)
        #expect(unknown.message == "Invalid organization ID")
        #expect(harness.send("GET", "/organizations/xyz").message == "Invalid organization ID")
        let foreign = harness.send("GET", "/organizations/\(harness.starterOrganization)", as: harness.stranger)
        #expect(foreign.status == 404)
        #expect(foreign.message == "User not part of organization")
    }

    @Test func putRenamesForAdminsOnly() {
        var harness = RouteHarness()
        harness.advance(5)
        let path = "/organizations/\(harness.starterOrganization)"
        #expect(harness.send("PUT", path, json: #"{"name":"Renamed Org"}"#).status == 200)
        #expect(harness.world.organizations[harness.starterOrganization]?.name == "Renamed Org")
        #expect(harness.world.organizations[harness.starterOrganization]?.at == harness.now)
        #expect(harness.send("PUT", path, json: #"{"name":""}"#).message == "field 'name' cannot be empty")
        #expect(harness.send("PUT", path, json: #"{}"#).message == "At least one field is required")
        let forbidden = harness.send("PUT", path, json: #"{"name":"Mine"}"#, as: harness.colleague)
        #expect(forbidden.status == 403)
        #expect(forbidden.message == "User is not authorized to update the organization")
    }
}
