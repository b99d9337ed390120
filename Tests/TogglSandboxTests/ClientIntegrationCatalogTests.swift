import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// `TogglAPIClient`'s workspace catalog groups against a real sandbox server: clients,
/// projects, tasks, tags and project users.
@Suite(.serialized) struct ClientIntegrationCatalogTests {
    // MARK: clients

    @Test func clientsCreateGetUpdateListAndDelete() async throws {
        try await withHarness { h in
            let api = h.client()
            #expect(try await api.clients.list(in: h.northwind).count == 6)
            #expect(try await api.clients.list(in: h.northwind, name: "acme").map(\.name) == ["Acme Corp"])

            let created = try await api.clients.create(in: h.northwind, ClientPayload(name: "Wayne Enterprises",
                                                                                     notes: "Night shifts"))
            let record = try #require(h.sandbox.world.clients[created.id])
            #expect(record.name == "Wayne Enterprises")
            #expect(record.workspaceID == h.northwind)
            #expect(record.notes == "Night shifts")
            #expect(try await api.clients.get(created.id, in: h.northwind) == created)

            let updated = try await api.clients.update(created.id, in: h.northwind, ClientPayload(name: "Wayne Corp"))
            #expect(updated.name == "Wayne Corp")
            #expect(updated.notes == "Night shifts")
            #expect(h.sandbox.world.clients[created.id]?.name == "Wayne Corp")

            let duplicate = await apiError { try await api.clients.create(in: h.northwind, ClientPayload(name: "wayne corp")) }
            #expect(duplicate == .badRequest(message: "Name has already been taken"))
            // A blank name is refused before anything is sent.
            let logged = h.sandbox.requestLog.count
            #expect(await apiError { try await api.clients.create(in: h.northwind, ClientPayload(name: "  ")) }
                    == .invalidRequest("Client name is required"))
            #expect(h.sandbox.requestLog.count == logged)

            let data = try await api.clients.data([created.id, 42], in: h.northwind)
            #expect(data.map(\.id) == [created.id])

            try await api.clients.delete(created.id, in: h.northwind)
            #expect(h.sandbox.world.clients[created.id] == nil)
            #expect(try await api.clients.get(created.id, in: h.northwind) == nil)
            let again = await apiError { try await api.clients.delete(created.id, in: h.northwind) }
            #expect(again == .notFound(message: "No client with ID \(created.id) was found"))

            // Reserved and non-ASCII characters survive the body and the query string.
            let odd = try await api.clients.create(in: h.northwind, ClientPayload(name: "R&D + Ops/Café 会社"))
            #expect(odd.name == "R&D + Ops/Café 会社")
            #expect(try await api.clients.list(in: h.northwind, name: "d + ops/café 会").map(\.id) == [odd.id])
            #expect(h.sandbox.requestLog.last?.query == "name=d + ops/café 会")

            let first = try await api.clients.create(in: h.northwind, ClientPayload(name: "Bulk One"))
            let second = try await api.clients.create(in: h.northwind, ClientPayload(name: "Bulk Two"))
            try await api.clients.delete([first.id, second.id], in: h.northwind)
            #expect(h.sandbox.world.clients[first.id] == nil && h.sandbox.world.clients[second.id] == nil)
        }
    }

    @Test func clientsArchiveAndRestoreTakeTheirProjectsAlong() async throws {
        try await withHarness { h in
            let api = h.client()
            let globex = try #require(h.sandbox.world.clients.all.first { $0.name == "Globex" })
            let projectIDs = h.sandbox.world.projects.filter { $0.clientID == globex.id }.map(\.id)
            #expect(projectIDs.count == 2)

            let archived = try await api.clients.archive(globex.id, in: h.northwind)
            #expect(Set(archived) == Set(projectIDs))
            #expect(h.sandbox.world.clients[globex.id]?.archived == true)
            #expect(projectIDs.allSatisfy { h.sandbox.world.projects[$0]?.active == false })
            #expect(try await api.clients.list(in: h.northwind).count == 5)
            #expect(try await api.clients.list(in: h.northwind, status: .archived).map(\.id) == [globex.id])
            #expect(try await api.clients.list(in: h.northwind, status: .both).count == 6)

            let restored = try await api.clients.restore(globex.id, in: h.northwind, projectIDs: [projectIDs[0]])
            #expect(!restored.archived)
            #expect(h.sandbox.world.projects[projectIDs[0]]?.active == true)
            #expect(h.sandbox.world.projects[projectIDs[1]]?.active == false)
            _ = try await api.clients.restore(globex.id, in: h.northwind, restoreAllProjects: true)
            #expect(projectIDs.allSatisfy { h.sandbox.world.projects[$0]?.active == true })

            let initech = try #require(h.sandbox.world.clients.all.first { $0.name == "Initech" })
            let results = try await api.clients.archive([globex.id, initech.id], in: h.northwind)
            #expect(results.flatMap(\.clientIDs) == [globex.id, initech.id])
            #expect(results.flatMap(\.projectIDs).count == 4)
            #expect(h.sandbox.world.clients[initech.id]?.archived == true)
        }
    }

    @Test func clientArchiveOnTheFreeWorkspaceIsPremiumRequired() async throws {
        try await withHarness { h in
            let api = h.client()
            let client = try await api.clients.create(in: h.personal, ClientPayload(name: "Neighbour"))
            let one = await apiError { try await api.clients.archive(client.id, in: h.personal) }
            #expect(one == .premiumRequired(message: "Workspace needs to have this feature enabled"))
            let many = await apiError { try await api.clients.archive([client.id], in: h.personal) }
            #expect(many == .premiumRequired(message: "Workspace needs to have this feature enabled"))
            #expect(h.sandbox.world.clients[client.id]?.archived == false)
        }
    }

    // MARK: projects

    @Test func projectsListPagesThroughEveryProject() async throws {
        try await withHarness { h in
            let api = h.client()
            h.sandbox.updateWorld { world in
                for index in 1...6 {
                    world.projects.upsert(ProjectRecord(
                        id: world.makeID(), workspaceID: h.northwind, name: "Extra \(index)", color: "#2da608",
                        startDate: IntegrationHarness.now, createdAt: IntegrationHarness.now, at: IntegrationHarness.now))
                }
            }
            let expected = h.sandbox.world.projects.filter { $0.workspaceID == h.northwind }.map(\.id)
            #expect(expected.count == 27)

            let all = try await api.projects.list(in: h.northwind, perPage: 10)
            #expect(Set(all.map(\.id)) == Set(expected))
            #expect(all.count == 27)
            #expect(h.sandbox.requestLog.map(\.query) == (1...3).map { "page=\($0)&per_page=10" })

            let second = try await api.projects.listPage(in: h.northwind, page: 2, perPage: 10)
            #expect(second.map(\.id) == Array(all[10..<20]).map(\.id))
            let active = try await api.projects.list(in: h.northwind, active: .active)
            #expect(active.count == 26)
            let archived = try await api.projects.list(in: h.northwind, active: .archived)
            #expect(archived.count == 1)
            let acme = try #require(h.sandbox.world.clients.all.first { $0.name == "Acme Corp" })
            let acmeProjects = try await api.projects.list(in: h.northwind, clientIDs: [acme.id])
            // Without `active`, archived projects are listed too (Acme's "Legacy Intranet").
            #expect(Set(acmeProjects.map(\.name)) == ["Website Redesign", "SEO Audit", "Legacy Intranet"])
            #expect(try await api.projects.list(in: h.northwind, clientIDs: []).isEmpty)
        }
    }

    @Test func projectsCreateGetUpdateBulkEditAndDelete() async throws {
        try await withHarness { h in
            let api = h.client()
            let acme = try #require(h.sandbox.world.clients.all.first { $0.name == "Acme Corp" })
            let created = try await api.projects.create(in: h.northwind, ProjectPayload(
                name: "Brand Refresh", clientID: .set(acme.id), color: "#0B83D9", billable: true, rate: .set(99)))
            #expect(created.clientID == acme.id)
            #expect(created.color == "#0b83d9")
            #expect(created.billable == true)
            let record = try #require(h.sandbox.world.projects[created.id])
            #expect(record.name == "Brand Refresh" && record.rate == 99)
            #expect(try await api.projects.get(created.id, in: h.northwind)?.name == "Brand Refresh")

            let archived = try await api.projects.update(created.id, in: h.northwind, ProjectPayload(active: false))
            #expect(!archived.active)
            #expect(h.sandbox.world.projects[created.id]?.active == false)

            let other = try await api.projects.create(in: h.northwind, ProjectPayload(name: "Brand Refresh II"))
            let edit = try await api.projects.bulkEdit(
                [created.id, other.id, 42], in: h.northwind, operations: [.replace("/color", with: .string("#d92b2b"))])
            #expect(edit.success == [created.id, other.id])
            #expect(edit.failure.map(\.id) == [42])
            #expect(h.sandbox.world.projects[other.id]?.color == "#d92b2b")

            // Deleting with `unassign` keeps the entries without the project; `delete` removes them.
            let kept = try await api.timeEntries.create(in: h.northwind, TimeEntryPayload(
                start: IntegrationHarness.now.addingTimeInterval(-3600), duration: 600, projectID: .set(created.id)))
            let removed = try await api.timeEntries.create(in: h.northwind, TimeEntryPayload(
                start: IntegrationHarness.now.addingTimeInterval(-7200), duration: 600, projectID: .set(other.id)))
            try await api.projects.delete(created.id, in: h.northwind, timeEntries: .unassign)
            #expect(h.sandbox.requestLog.last?.query == "teDeletionMode=unassign")
            #expect(try await api.projects.get(created.id, in: h.northwind) == nil)
            #expect(h.sandbox.world.timeEntries[kept.id]?.projectID == nil)
            #expect(h.sandbox.world.timeEntries[kept.id]?.deletedAt == nil)
            try await api.projects.delete(other.id, in: h.northwind, timeEntries: .delete)
            #expect(h.sandbox.world.timeEntries[removed.id]?.deletedAt != nil)
            #expect(try await api.projects.get(42, in: h.northwind) == nil)
        }
    }

    @Test func billableProjectOnTheFreeWorkspaceIsPremiumRequired() async throws {
        try await withHarness { h in
            let api = h.client()
            let error = await apiError {
                try await api.projects.create(in: h.personal, ProjectPayload(name: "Paid side project", billable: true))
            }
            #expect(error == .premiumRequired(message: "Workspace needs to have this feature enabled"))
            #expect(!h.sandbox.world.projects.all.contains { $0.name == "Paid side project" })
            let plain = try await api.projects.create(in: h.personal, ProjectPayload(name: "Free side project"))
            #expect(h.sandbox.world.projects[plain.id]?.workspaceID == h.personal)
        }
    }

    // MARK: tasks

    @Test func tasksCreateGetUpdateListBulkEditAndDelete() async throws {
        try await withHarness { h in
            let api = h.client()
            let website = try #require(h.sandbox.world.projects.all.first { $0.name == "Website Redesign" })
            let listed = try await api.tasks.list(in: h.northwind, projectID: website.id)
            #expect(Set(listed.map(\.name)) == ["Wireframes", "Visual design", "Frontend build"])

            let created = try await api.tasks.create(in: h.northwind, projectID: website.id,
                                                     TaskPayload(name: "Launch checklist", estimatedSeconds: .set(7200)))
            #expect(created.projectID == website.id)
            #expect(created.estimatedSeconds == 7200)
            #expect(h.sandbox.world.tasks[created.id]?.name == "Launch checklist")
            #expect(try await api.tasks.get(created.id, projectID: website.id, in: h.northwind)?.name == "Launch checklist")

            let done = try await api.tasks.update(created.id, projectID: website.id, in: h.northwind,
                                                  TaskPayload(active: false))
            #expect(!done.active)
            #expect(try await api.tasks.list(in: h.northwind, projectID: website.id, active: true).count == 3)
            #expect(try await api.tasks.list(in: h.northwind, projectID: website.id).count == 4)

            let wireframes = try #require(listed.first { $0.name == "Wireframes" })
            let edit = try await api.tasks.bulkEdit(
                [wireframes.id, created.id], projectID: website.id, in: h.northwind,
                operations: [.replace("/estimated_seconds", with: .integer(3600))])
            #expect(edit.success == [wireframes.id, created.id])
            #expect(h.sandbox.world.tasks[wireframes.id]?.estimatedSeconds == 3600)

            try await api.tasks.delete(created.id, projectID: website.id, in: h.northwind)
            #expect(h.sandbox.world.tasks[created.id]?.deletedAt != nil)
            #expect(try await api.tasks.get(created.id, projectID: website.id, in: h.northwind) == nil)
        }
    }

    @Test func tasksOfTheWholeWorkspaceArePagedThroughTheEnvelope() async throws {
        try await withHarness { h in
            let api = h.client()
            let expected = h.sandbox.world.tasks.filter { $0.workspaceID == h.northwind && $0.deletedAt == nil }
            #expect(expected.count > 8)

            let page = try await api.tasks.listInWorkspace(in: h.northwind, page: 2, perPage: 4)
            #expect(page.page == 2)
            #expect(page.perPage == 4)
            #expect(page.totalCount == expected.count)
            #expect(page.data.count == 4)

            h.sandbox.clearRequestLog()
            let all = try await api.tasks.listAllInWorkspace(in: h.northwind, perPage: 4)
            #expect(Set(all.map(\.id)) == Set(expected.map(\.id)))
            #expect(all.count == expected.count)
            let pages = (expected.count + 3) / 4
            #expect(h.sandbox.requestLog.map(\.query) == (1...pages).map { "page=\($0)&per_page=4" })

            let website = try #require(h.sandbox.world.projects.all.first { $0.name == "Website Redesign" })
            let ofProject = try await api.tasks.listAllInWorkspace(in: h.northwind, projectID: website.id, search: "design")
            #expect(ofProject.map(\.name) == ["Visual design"])
        }
    }

    @Test func taskWritesOnTheFreeWorkspaceArePremiumRequired() async throws {
        try await withHarness { h in
            let api = h.client()
            let reading = try #require(h.sandbox.world.projects.all.first { $0.workspaceID == h.personal })
            let error = await apiError {
                try await api.tasks.create(in: h.personal, projectID: reading.id, TaskPayload(name: "Chapter 1"))
            }
            #expect(error == .premiumRequired(message: "Workspace needs to have this feature enabled"))
            #expect(try await api.tasks.list(in: h.personal, projectID: reading.id).isEmpty)
        }
    }

    // MARK: tags

    @Test func tagsCreateRenameListAndDelete() async throws {
        try await withHarness { h in
            let api = h.client()
            let tags = try await api.tags.list(in: h.northwind)
            #expect(tags.count == 10)
            #expect(tags.map(\.name) == tags.map(\.name).sorted())
            #expect(try await api.tags.list(in: h.northwind, search: "review").map(\.name) == ["review"])
            #expect(try await api.tags.list(in: h.northwind, page: 2, perPage: 3).map(\.id) == tags[3..<6].map(\.id))

            let created = try await api.tags.create(in: h.northwind, name: "focus")
            #expect(h.sandbox.world.tags[created.id]?.name == "focus")
            let viaPayload = try await api.tags.create(in: h.northwind, TagPayload(name: "über / focus"))
            #expect(viaPayload.name == "über / focus")
            let renamed = try await api.tags.update(created.id, in: h.northwind, name: "deep focus")
            #expect(renamed.name == "deep focus")
            #expect(h.sandbox.world.tags[created.id]?.name == "deep focus")

            let duplicate = await apiError { try await api.tags.create(in: h.northwind, name: "meeting") }
            #expect(duplicate == .badRequest(message: "a tag with the name 'meeting' already exists"))

            try await api.tags.delete(created.id, in: h.northwind)
            #expect(h.sandbox.world.tags[created.id]?.deletedAt != nil)
            #expect(try await api.tags.list(in: h.northwind).count == 11)
            let again = await apiError { try await api.tags.delete(created.id, in: h.northwind) }
            #expect(again == .notFound(message: "Tag was not found."))
        }
    }

    // MARK: project users

    @Test func projectUsersListAddUpdateAndRemove() async throws {
        try await withHarness { h in
            let api = h.client()
            let all = try await api.projectUsers.list(in: h.northwind)
            #expect(all.count == 21)
            #expect(all.allSatisfy { $0.userID == h.userID && $0.manager })
            let website = try #require(h.sandbox.world.projects.all.first { $0.name == "Website Redesign" })
            #expect(try await api.projectUsers.list(in: h.northwind, projectIDs: [website.id]).map(\.projectID) == [website.id])
            #expect(try await api.projectUsers.list(in: h.northwind, userID: h.userID, withGroupMembers: false).count == 21)
            let logged = h.sandbox.requestLog.count
            #expect(try await api.projectUsers.list(in: h.northwind, projectIDs: []).isEmpty)
            #expect(h.sandbox.requestLog.count == logged)

            // A public project has no members until one is added.
            let open = try await api.projects.create(in: h.northwind, ProjectPayload(name: "Open Project", isPrivate: false))
            #expect(try await api.projectUsers.list(in: h.northwind, projectIDs: [open.id]).isEmpty)
            let member = try await api.projectUsers.create(in: h.northwind, ProjectUserPayload(
                projectID: open.id, userID: h.userID))
            #expect(member.projectID == open.id && !member.manager)
            #expect(h.sandbox.world.projectUsers[member.id]?.userID == h.userID)

            let promoted = try await api.projectUsers.update(member.id, in: h.northwind, ProjectUserPayload(
                manager: true, rate: .set(75)))
            #expect(promoted.manager)
            #expect(promoted.rate == 75)
            #expect(h.sandbox.world.projectUsers[member.id]?.rate == 75)

            try await api.projectUsers.delete(member.id, in: h.northwind)
            #expect(h.sandbox.world.projectUsers[member.id] == nil)
            #expect(await apiError { try await api.projectUsers.delete(member.id, in: h.northwind) }?.status == 404)

            // Rates are a paid feature.
            let reading = try #require(h.sandbox.world.projectUsers.all.first { $0.workspaceID == h.personal })
            let premium = await apiError {
                try await api.projectUsers.update(reading.id, in: h.personal, ProjectUserPayload(rate: .set(10)))
            }
            #expect(premium == .premiumRequired(message: "Workspace needs to have this feature enabled"))
        }
    }
}
