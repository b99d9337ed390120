import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct ClientRoutesTests {
    // MARK: List

    @Test func listFiltersByStatusAndName() throws {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.starterWorkspace)/clients"
        let beta = harness.addClient("beta corp", in: harness.starterWorkspace)
        let alpha = harness.addClient("Alpha", in: harness.starterWorkspace)
        let gone = harness.addClient("Archived Beta", in: harness.starterWorkspace, archived: true)
        harness.addClient("Elsewhere", in: harness.freeWorkspace)
        #expect(try harness.decode([Client].self, "GET", path).map(\.id) == [alpha, beta], "active by default, by name")
        #expect(try harness.decode([Client].self, "GET", path, query: [("status", "archived")]).map(\.id) == [gone])
        #expect(try harness.decode([Client].self, "GET", path, query: [("status", "both")]).map(\.id) == [alpha, gone, beta])
        #expect(try harness.decode([Client].self, "GET", path, query: [("status", "both"), ("name", "BETA")])
            .map(\.id) == [gone, beta])
        let invalid = harness.send("GET", path, query: [("status", "deleted")])
        #expect(invalid.status == 400)
        #expect(invalid.message == "Client status is invalid")
    }

    @Test func listOfAnotherUsersWorkspaceIsForbidden() {
        var harness = RouteHarness()
        #expect(harness.send("GET", "/workspaces/\(harness.strangerWorkspace)/clients").status == 403)
        #expect(harness.send("POST", "/workspaces/\(harness.strangerWorkspace)/clients", json: #"{"name":"X"}"#)
            .status == 403)
    }

    // MARK: Create, get, update, delete

    @Test func createAnswersTheClientInTogglsShape() throws {
        var harness = RouteHarness()
        let response = harness.send(
            "POST", "/workspaces/\(harness.freeWorkspace)/clients", json: #"{"name":"  Acme  ","notes":"VIP"}"#)
        #expect(response.status == 200)
        let object = try #require(response.object as? [String: Any])
        #expect(object["wid"] as? Int64 == harness.freeWorkspace)
        #expect(object["workspace_id"] == nil, "clients use wid")
        let client = try TogglJSON.makeDecoder().decode(Client.self, from: response.body)
        #expect(client.name == "Acme")
        #expect(client.notes == "VIP")
        #expect(client.creatorID == harness.me)
        #expect(client.at == harness.now)
        #expect(!client.archived)
        #expect(try harness.decode(Client.self, "GET", "/workspaces/\(harness.freeWorkspace)/clients/\(client.id)") == client)
    }

    @Test func createValidatesTheName() {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.freeWorkspace)/clients"
        harness.addClient("Acme", in: harness.freeWorkspace)
        #expect(harness.send("POST", path, json: #"{"name":" "}"#).message == "Client name cannot be empty")
        #expect(harness.send("POST", path, json: #"{}"#).message == "Client name cannot be empty")
        #expect(harness.send("POST", path, json: #"{"name":"acme"}"#).message == "Name has already been taken")
        #expect(harness.send("POST", path, json: #"{"name":"\#(String(repeating: "c", count: 101))"}"#).message
            == "Client name maximum length is 100")
        #expect(harness.send("POST", path, json: "{").message == "JSON is not valid")
        // The same name in another workspace is fine.
        #expect(harness.send("POST", "/workspaces/\(harness.starterWorkspace)/clients", json: #"{"name":"Acme"}"#)
            .status == 200)
    }

    @Test func getOfAnUnknownClientIs404() {
        var harness = RouteHarness()
        let foreign = harness.addClient("Other", in: harness.starterWorkspace)
        let response = harness.send("GET", "/workspaces/\(harness.freeWorkspace)/clients/\(foreign)")
        #expect(response.status == 404)
        #expect(response.message == "No client with ID \(foreign) was found")
    }

    @Test func updateRenamesAndBumpsAt() throws {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.freeWorkspace)/clients"
        let id = harness.addClient("Acme", in: harness.freeWorkspace)
        harness.addClient("Taken", in: harness.freeWorkspace)
        harness.advance(30)
        let client = try harness.decode(Client.self, "PUT", "\(path)/\(id)", json: #"{"name":"Acme Inc","notes":"n"}"#)
        #expect(client.name == "Acme Inc")
        #expect(client.notes == "n")
        #expect(client.at == harness.now)
        #expect(harness.send("PUT", "\(path)/\(id)", json: #"{"name":""}"#).message == "Client name cannot be empty")
        #expect(harness.send("PUT", "\(path)/\(id)", json: #"{"name":"taken"}"#).message == "Name has already been taken")
        #expect(harness.send("PUT", "\(path)/\(id)", json: #"{"name":"Acme Inc"}"#).status == 200, "its own name is fine")
        let missing = harness.send("PUT", "\(path)/1", json: #"{"name":"X"}"#)
        #expect(missing.status == 404)
        #expect(missing.message == "Client doesn't exist in the workspace.")
    }

    @Test func deleteRemovesTheRowAndUnlinksProjects() throws {
        var harness = RouteHarness()
        let id = harness.addClient("Acme", in: harness.freeWorkspace)
        let project = harness.addProject("Site", in: harness.freeWorkspace, client: id)
        harness.advance(10)
        let response = harness.send("DELETE", "/workspaces/\(harness.freeWorkspace)/clients/\(id)")
        #expect(response.status == 200)
        #expect(response.text == "\(id)")
        #expect(harness.world.clients[id] == nil)
        #expect(harness.world.projects[project]?.clientID == nil)
        #expect(harness.world.projects[project]?.at == harness.now)
        let again = harness.send("DELETE", "/workspaces/\(harness.freeWorkspace)/clients/\(id)")
        #expect(again.status == 404)
        #expect(again.message == "No client with ID \(id) was found")
    }

    // MARK: Archive, restore

    @Test func archiveIsPremium() {
        var harness = RouteHarness()
        let id = harness.addClient("Acme", in: harness.freeWorkspace)
        let response = harness.send("POST", "/workspaces/\(harness.freeWorkspace)/clients/\(id)/archive")
        #expect(response.status == 402)
        #expect(response.message == "Workspace needs to have this feature enabled")
        #expect(harness.world.clients[id]?.archived == false)
        #expect(harness.send("POST", "/workspaces/\(harness.freeWorkspace)/clients/archive", json: "[\(id)]").status == 402)
    }

    @Test func archiveArchivesTheClientAndItsActiveProjects() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let id = harness.addClient("Acme", in: workspace)
        let one = harness.addProject("One", in: workspace, client: id)
        let two = harness.addProject("Two", in: workspace, client: id)
        harness.addProject("Already", in: workspace, client: id, active: false)
        let other = harness.addProject("Other", in: workspace)
        harness.advance(15)
        let archived = try harness.decode([Int64].self, "POST", "/workspaces/\(workspace)/clients/\(id)/archive")
        #expect(archived == [one, two])
        #expect(harness.world.clients[id]?.archived == true)
        #expect(harness.world.clients[id]?.at == harness.now)
        #expect(harness.world.projects[one]?.active == false)
        #expect(harness.world.projects[one]?.at == harness.now)
        #expect(harness.world.projects[other]?.active == true)
        #expect(harness.send("POST", "/workspaces/\(workspace)/clients/1/archive").status == 404)
    }

    @Test func restoreBringsBackTheClientAndChosenProjects() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let id = harness.addClient("Acme", in: workspace)
        let one = harness.addProject("One", in: workspace, client: id)
        let two = harness.addProject("Two", in: workspace, client: id)
        harness.send("POST", "/workspaces/\(workspace)/clients/\(id)/archive")
        let client = try harness.decode(
            Client.self, "POST", "/workspaces/\(workspace)/clients/\(id)/restore", json: #"{"projects":[\#(one)]}"#)
        #expect(!client.archived)
        #expect(harness.world.projects[one]?.active == true)
        #expect(harness.world.projects[two]?.active == false)
        harness.send("POST", "/workspaces/\(workspace)/clients/\(id)/archive")
        _ = try harness.decode(
            Client.self, "POST", "/workspaces/\(workspace)/clients/\(id)/restore", json: #"{"restore_all_projects":true}"#)
        #expect(harness.world.projects[one]?.active == true && harness.world.projects[two]?.active == true)
        #expect(harness.send("POST", "/workspaces/\(workspace)/clients/1/restore").status == 404)
    }

    // MARK: Bulk

    @Test func bulkArchiveAnswersClientAndProjectIDs() throws {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        let a = harness.addClient("A", in: workspace)
        let b = harness.addClient("B", in: workspace)
        let project = harness.addProject("P", in: workspace, client: b)
        let response = harness.send("POST", "/workspaces/\(workspace)/clients/archive", json: "[\(a),\(b)]")
        #expect(response.status == 200)
        let rows = try #require(response.object as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["client_ids"] as? [Int64] == [a, b])
        #expect(rows.first?["project_ids"] as? [Int64] == [project])
        let unknown = harness.send("POST", "/workspaces/\(workspace)/clients/archive", json: "[\(a),1]")
        #expect(unknown.status == 404)
        #expect(unknown.message == "No client with ID 1 was found")
    }

    @Test func bulkDeleteIsAllOrNothing() {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let a = harness.addClient("A", in: workspace)
        let b = harness.addClient("B", in: workspace)
        let unknown = harness.send("POST", "/workspaces/\(workspace)/clients/delete", json: "[\(a),1]")
        #expect(unknown.status == 404)
        #expect(harness.world.clients[a] != nil)
        #expect(harness.send("POST", "/workspaces/\(workspace)/clients/delete", json: "[\(a),\(b)]").status == 200)
        #expect(harness.world.clients.count == 0)
    }

    @Test func bulkDataAnswersTheKnownClients() throws {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let a = harness.addClient("A", in: workspace)
        let foreign = harness.addClient("F", in: harness.starterWorkspace)
        let rows = try harness.decode([Client].self, "POST", "/workspaces/\(workspace)/clients/data", json: "[\(a),\(foreign)]")
        #expect(rows.map(\.id) == [a])
        #expect(harness.send("POST", "/workspaces/\(workspace)/clients/data", json: #"{"ids":[1]}"#).status == 400)
    }

    @Test func methodsTogglDoesNotHaveAre405() {
        var harness = RouteHarness()
        #expect(harness.send("DELETE", "/workspaces/\(harness.freeWorkspace)/clients").status == 405)
        #expect(harness.send("PATCH", "/workspaces/\(harness.freeWorkspace)/clients/1").status == 405)
    }
}
