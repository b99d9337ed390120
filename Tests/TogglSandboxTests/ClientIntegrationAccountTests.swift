import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// `TogglAPIClient` against a real sandbox server: the `/me` group, workspaces, organizations,
/// the two user lists, and authentication.
@Suite(.serialized) struct ClientIntegrationAccountTests {
    // MARK: me

    @Test func meGetDecodesTheDemoUserWithAndWithoutRelatedData() async throws {
        try await withHarness { h in
            let api = h.client()
            let me = try await api.me.get()
            #expect(me.id == h.userID)
            #expect(me.fullname == DemoAccount.fullname)
            #expect(me.email == DemoAccount.email)
            #expect(me.defaultWorkspaceID == h.northwind)
            #expect(me.workspaces == nil)

            let full = try await api.me.get(withRelatedData: true)
            #expect(Set(full.workspaces?.map(\.id) ?? []) == [h.northwind, h.personal])
            #expect(full.projects?.count == 25)
            #expect(full.clients?.count == 6)
            #expect(full.tags?.isEmpty == false)
            #expect(full.tasks?.isEmpty == false)
            let running = full.timeEntries?.filter(\.isRunning) ?? []
            #expect(running.count == 1)
            #expect(h.requests == ["GET /api/v9/me", "GET /api/v9/me"])
            #expect(h.sandbox.requestLog.last?.query == "with_related_data=true")
        }
    }

    @Test func meUpdateChangesTheProfileInTheWorld() async throws {
        try await withHarness { h in
            let api = h.client()
            let updated = try await api.me.update(MePayload(fullname: "Alex Renamed", timezone: "Europe/Berlin",
                                                            beginningOfWeek: 0))
            #expect(updated.fullname == "Alex Renamed")
            #expect(updated.timezone == "Europe/Berlin")
            #expect(updated.beginningOfWeek == 0)
            let record = try #require(h.sandbox.world.users[h.userID])
            #expect(record.fullname == "Alex Renamed")
            #expect(record.timezone == "Europe/Berlin")

            // Toggl's 400 arrives as badRequest with its message.
            let error = await apiError { try await api.me.update(MePayload(timezone: "Mars/Olympus")) }
            #expect(error == .badRequest(message: "Invalid timezone"))
        }
    }

    @Test func meLoggedQuotaAndPreferences() async throws {
        try await withHarness { h in
            let api = h.client()
            #expect(try await api.me.isLoggedIn())
            let preferences = try await api.me.preferences()
            #expect(preferences.beginningOfWeek == 1)
            #expect(preferences.dateFormat != nil)

            let buckets = try await api.me.quota()
            let user = try #require(buckets.first { $0.isUserBucket })
            #expect(user.total == QuotaSettings.unlimited.userLimit)
            // The quota call itself is counted, as every authenticated request is.
            #expect(user.remaining == QuotaSettings.unlimited.userLimit - 3)
            #expect(Set(buckets.compactMap(\.organizationID)) == [h.northwindOrganization, h.personalOrganization])
        }
    }

    @Test func meListsAcrossWorkspacesWithSinceIncludingDeletedRows() async throws {
        try await withHarness { h in
            let api = h.client()
            let clients = try await api.me.clients()
            #expect(clients.count == 6)
            let projects = try await api.me.projects()
            let withArchived = try await api.me.projects(includeArchived: true)
            #expect(projects.count == 24)
            #expect(withArchived.count == 25)
            #expect(withArchived.contains { !$0.active })
            let tags = try await api.me.tags()
            #expect(tags.count == h.sandbox.world.tags.count)
            let tasks = try await api.me.tasks()
            #expect(tasks.count == h.sandbox.world.tasks.count)
            #expect(try await api.me.tasks(includeNotActive: true).count == h.sandbox.world.tasks.count)
            let workspaces = try await api.me.workspaces()
            #expect(Set(workspaces.map(\.id)) == [h.northwind, h.personal])
            #expect(workspaces.first { $0.id == h.northwind }?.activeProjectCount == 20)

            // Changes after a moment show in the `since` lists, deletions included.
            h.sandbox.advanceClock(by: 60)
            let since = h.sandbox.now()
            let tag = try await api.tags.create(in: h.northwind, name: "fresh")
            try await api.tags.delete(try #require(tags.first { $0.workspaceID == h.northwind }).id, in: h.northwind)
            let project = try await api.projects.create(in: h.northwind, ProjectPayload(name: "Fresh project"))
            let client = try await api.clients.create(in: h.northwind, ClientPayload(name: "Fresh client"))
            #expect(try await api.me.tags(since: since).map(\.id).contains(tag.id))
            let changedTags = try await api.me.tags(since: since)
            #expect(changedTags.contains { $0.deletedAt != nil })
            #expect(try await api.me.projects(since: since).map(\.id) == [project.id])
            #expect(try await api.me.clients(since: since).map(\.id) == [client.id])
            #expect(try await api.me.tasks(since: since).isEmpty)
            #expect(try await api.me.workspaces(since: since).isEmpty)
            #expect(h.sandbox.requestLog.last?.query == "since=\(Int64(since.timeIntervalSince1970))")
        }
    }

    // MARK: workspaces

    @Test func workspacesListGetAndUpdate() async throws {
        try await withHarness { h in
            let api = h.client()
            let listed = try await api.workspaces.list()
            #expect(Set(listed.map(\.id)) == [h.northwind, h.personal])

            let northwind = try #require(try await api.workspaces.get(h.northwind))
            #expect(northwind.name == DemoAccount.workspaceName)
            #expect(northwind.organizationID == h.northwindOrganization)
            #expect(northwind.premium)
            let personal = try #require(try await api.workspaces.get(h.personal))
            #expect(!personal.premium)

            let renamed = try await api.workspaces.update(h.northwind, WorkspacePayload(name: "Northwind Works",
                                                                                       defaultHourlyRate: 90))
            #expect(renamed.name == "Northwind Works")
            #expect(renamed.defaultHourlyRate == 90)
            #expect(h.sandbox.world.workspaces[h.northwind]?.name == "Northwind Works")

            // A premium setting on the Free workspace: 402, told apart from a quota.
            let premium = await apiError {
                try await api.workspaces.update(h.personal, WorkspacePayload(defaultHourlyRate: 50))
            }
            #expect(premium == .premiumRequired(message: "Must be a premium user to use default_hourly_rate"))
            // An unknown workspace is a 403 (Toggl's "no access"), not nil.
            let unknown = await apiError { try await api.workspaces.get(42) }
            #expect(unknown?.status == 403)
        }
    }

    // MARK: organizations

    @Test func organizationsListGetAndCreate() async throws {
        try await withHarness { h in
            let api = h.client()
            let organizations = try await api.organizations.list()
            #expect(Set(organizations.map(\.id)) == [h.northwindOrganization, h.personalOrganization])
            let northwind = try #require(try await api.organizations.get(h.northwindOrganization))
            #expect(northwind.name == DemoAccount.workspaceName)
            #expect(try await api.organizations.get(42) == nil)

            let created = try await api.organizations.create(name: "Side Gig", workspaceName: "Gig Workspace")
            #expect(created.name == "Side Gig")
            let workspaceID = try #require(created.workspaceID)
            #expect(h.sandbox.world.organizations[created.id]?.name == "Side Gig")
            #expect(h.sandbox.world.workspaces[workspaceID]?.organizationID == created.id)
            #expect(try await api.organizations.list().count == 3)
            #expect(try await api.workspaces.get(workspaceID)?.name == "Gig Workspace")
        }
    }

    // MARK: users, workspace users

    @Test func usersAndWorkspaceUsersListTheDemoMember() async throws {
        try await withHarness { h in
            let api = h.client()
            let users = try await api.users.list(in: h.northwind)
            #expect(users.map(\.id) == [h.userID])
            #expect(users.first?.email == DemoAccount.email)
            #expect(users.first?.isAdmin == true)
            #expect(try await api.users.list(in: h.northwind, excludeDeleted: true).map(\.id) == [h.userID])

            let members = try await api.workspaceUsers.list(in: h.personal)
            #expect(members.map(\.userID) == [h.userID])
            #expect(members.first?.workspaceID == h.personal)
            #expect(members.first?.admin == true)
            #expect(try await api.workspaceUsers.list(in: h.personal, includeIndirect: true).count == 1)
            #expect(h.sandbox.requestLog.last?.query == "includeIndirect=true")
        }
    }

    // MARK: Authentication

    @Test func aWrongTokenIsForbiddenAndEmailPasswordWorks() async throws {
        try await withHarness { h in
            let wrong = h.client(credentials: .apiToken("not-the-demo-token"))
            let error = await apiError { try await wrong.me.get() }
            #expect(error == .forbidden(message: "Incorrect username and/or password"))
            #expect(try await wrong.me.isLoggedIn() == false)

            let wrongPassword = h.client(credentials: .password(email: DemoAccount.email, password: "guess"))
            #expect(await apiError { try await wrongPassword.me.get() }?.status == 403)

            let byPassword = h.client(credentials: .password(email: DemoAccount.email, password: DemoAccount.password))
            #expect(try await byPassword.me.isLoggedIn())
            let me = try await byPassword.me.get()
            #expect(me.id == h.userID)
            #expect(me.apiToken?.revealed == DemoAccount.apiToken)
            // Refused credentials are not charged to any bucket.
            #expect(h.sandbox.requestLog.prefix(3).map(\.bucket) == [nil, nil, nil])
        }
    }
}
