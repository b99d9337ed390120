import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct TagRoutesTests {
    typealias Tag = TogglModels.Tag

    @Test func listSearchesAndPages() throws {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.freeWorkspace)/tags"
        for name in ["delta", "Alpha", "charlie", "Bravo"] { harness.addTag(name, in: harness.freeWorkspace) }
        harness.addTag("foreign", in: harness.starterWorkspace)
        #expect(try harness.decode([Tag].self, "GET", path).map(\.name) == ["Alpha", "Bravo", "charlie", "delta"])
        #expect(try harness.decode([Tag].self, "GET", path, query: [("search", "A")]).map(\.name)
            == ["Alpha", "Bravo", "charlie", "delta"])
        #expect(try harness.decode([Tag].self, "GET", path, query: [("search", "ar")]).map(\.name) == ["charlie"])
        #expect(try harness.decode([Tag].self, "GET", path, query: [("per_page", "3"), ("page", "2")]).map(\.name)
            == ["delta"])
        #expect(try harness.decode([Tag].self, "GET", path, query: [("per_page", "2")]).map(\.name) == ["Alpha", "Bravo"])
    }

    @Test func createAnswersOneTagObject() throws {
        var harness = RouteHarness()
        let response = harness.send(
            "POST", "/workspaces/\(harness.freeWorkspace)/tags",
            json: #"{"name":" urgent ","workspace_id":\#(harness.freeWorkspace)}"#)
        #expect(response.status == 200)
        #expect(response.object is [String: Any], "an object, not the Swagger's array")
        let tag = try TogglJSON.makeDecoder().decode(Tag.self, from: response.body)
        #expect(tag.name == "urgent")
        #expect(tag.workspaceID == harness.freeWorkspace)
        #expect(tag.creatorID == harness.me)
        #expect(tag.at == harness.now)
    }

    @Test func createValidates() {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.freeWorkspace)/tags"
        harness.addTag("urgent", in: harness.freeWorkspace)
        let blank = harness.send("POST", path, json: #"{"name":"  "}"#)
        #expect(blank.status == 400)
        #expect(blank.message == "tag name can't be blank")
        let duplicate = harness.send("POST", path, json: #"{"name":"urgent"}"#)
        #expect(duplicate.status == 400)
        #expect(duplicate.message == "a tag with the name 'urgent' already exists")
        #expect(harness.send("POST", "/workspaces/\(harness.strangerWorkspace)/tags", json: #"{"name":"x"}"#).status == 403)
    }

    @Test func onlyAdminsManageTagsWhenTheWorkspaceSaysSo() {
        var harness = RouteHarness()
        let workspace = harness.starterWorkspace
        harness.world.workspaces.modify(workspace) { $0.onlyAdminsMayCreateTags = true }
        let response = harness.send("POST", "/workspaces/\(workspace)/tags", json: #"{"name":"x"}"#, as: harness.colleague)
        #expect(response.status == 403)
        #expect(response.message == "Only organization or workspace administrators may manage tags in this workspace.")
    }

    @Test func updateRenamesAndBumpsAt() throws {
        var harness = RouteHarness()
        let path = "/workspaces/\(harness.freeWorkspace)/tags"
        let id = harness.addTag("old", in: harness.freeWorkspace)
        harness.addTag("taken", in: harness.freeWorkspace)
        harness.advance(33)
        let tag = try harness.decode(Tag.self, "PUT", "\(path)/\(id)", json: #"{"name":"new"}"#)
        #expect(tag.name == "new" && tag.at == harness.now)
        #expect(harness.send("PUT", "\(path)/\(id)", json: #"{"name":"taken"}"#).message
            == "a tag with the name 'taken' already exists")
        #expect(harness.send("PUT", "\(path)/\(id)", json: #"{"name":""}"#).message == "tag name can't be blank")
        let missing = harness.send("PUT", "\(path)/1", json: #"{"name":"x"}"#)
        #expect(missing.status == 404)
        #expect(missing.message == "Tag was not found")
    }

    @Test func deleteSoftDeletesAndTakesTheTagOffEntries() {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let id = harness.addTag("gone", in: workspace)
        let keep = harness.addTag("kept", in: workspace)
        let entry = harness.addEntry(in: workspace, tags: [id, keep], startedAgo: 100, duration: 10)
        harness.advance(9)
        let response = harness.send("DELETE", "/workspaces/\(workspace)/tags/\(id)")
        #expect(response.status == 200)
        #expect(harness.world.tags[id]?.deletedAt == harness.now)
        #expect(harness.world.timeEntries[entry]?.tagIDs == [keep])
        #expect(harness.world.timeEntries[entry]?.at == harness.now)
        let again = harness.send("DELETE", "/workspaces/\(workspace)/tags/\(id)")
        #expect(again.status == 404)
        #expect(again.message == "Tag was not found.")
        // The name is free again.
        #expect(harness.send("POST", "/workspaces/\(workspace)/tags", json: #"{"name":"gone"}"#).status == 200)
    }

    @Test func bulkDeleteIsAllOrNothing() {
        var harness = RouteHarness()
        let workspace = harness.freeWorkspace
        let a = harness.addTag("a", in: workspace)
        let b = harness.addTag("b", in: workspace)
        let c = harness.addTag("c", in: workspace)
        let foreign = harness.addTag("f", in: harness.starterWorkspace)
        let refused = harness.send("PATCH", "/workspaces/\(workspace)/tags", json: "[\(a),\(foreign)]")
        #expect(refused.status == 400)
        #expect(refused.message == "Some tag IDs do not belong to workspace.")
        #expect(harness.world.tags[a]?.deletedAt == nil)
        #expect(harness.send("PATCH", "/workspaces/\(workspace)/tags", json: "[\(a),\(b)]").status == 200)
        #expect(harness.world.tags[a]?.deletedAt != nil && harness.world.tags[b]?.deletedAt != nil)
        #expect(harness.send("PATCH", "/workspaces/\(workspace)/tags", json: #"[{"op":"delete","tag_id":\#(c)}]"#)
            .status == 200)
        #expect(harness.world.tags[c]?.deletedAt != nil)
    }

    @Test func tagRoutesTogglDoesNotHaveAre405() {
        var harness = RouteHarness()
        #expect(harness.send("GET", "/workspaces/\(harness.freeWorkspace)/tags/1").status == 405)
        #expect(harness.send("DELETE", "/workspaces/\(harness.freeWorkspace)/tags").status == 405)
    }
}
