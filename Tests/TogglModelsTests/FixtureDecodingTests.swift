import Foundation
import Testing
import TogglModels

/// Every real recorded body in `../shared/toggl-api/fixtures` must decode with the type its name
/// selects (see ``FixtureMapping``); a fixture without a mapping fails, so new ones are noticed.
/// Skipped (with a printed note) when the folder is absent.
@Suite(.enabled(if: Fixtures.available, "fixtures folder not found beside the package; skipped"))
struct FixtureDecodingTests {
    @Test(arguments: Fixtures.jsonBodyNames)
    func everyFixtureDecodes(_ fileName: String) throws {
        guard let rule = FixtureMapping.rule(for: fileName) else {
            Issue.record("No decode type is mapped for fixture \(fileName); add a prefix rule to FixtureMapping")
            return
        }
        let data = try Fixtures.data(fileName)
        do {
            _ = try rule.decode(data)
        } catch {
            Issue.record("\(fileName) does not decode as \(rule.typeName): \(error)")
        }
    }

    @Test func thereAreFixturesToCheck() {
        #expect(Fixtures.jsonBodyNames.count >= 40)
    }

    @Test func runningEntry() throws {
        let entry = try #require(try Fixtures.decode(TimeEntry?.self, "GET_me_time_entries_current.200_running.json"))
        let expectedID: Int64 = 3_727_977_106
        #expect(entry.id == expectedID)
        #expect(entry.id > Int64(Int32.max))
        #expect(entry.stop == nil)
        #expect(entry.isRunning)
        #expect(entry.duration == -1_734_049_107)
        #expect(entry.projectID == 155_392_684)
        #expect(entry.taskID == nil)
        #expect(entry.workspaceID == 2_230_580)
        #expect(entry.userID == 2_166_261)
        #expect(entry.description == "Open Sourcing")
        #expect(entry.start == TogglTimestamp.parse("2024-12-13T00:18:26Z"))
        #expect(entry.elapsed(at: entry.start.addingTimeInterval(90)) == 90)
        #expect(entry.at.map { TogglTimestamp.formatExact($0) } == "2024-12-13T00:18:26.835197Z")
    }

    @Test func idleCurrentIsNull() throws {
        #expect(try Fixtures.decode(TimeEntry?.self, "GET_me_time_entries_current.200_none.json") == nil)
    }

    @Test func startTimerEcho() throws {
        let entry = try Fixtures.decode(TimeEntry.self, "POST_workspaces_wid_time_entries.200_running_duration_minus1.json")
        #expect(entry.id == 3_730_303_299)
        #expect(entry.duration == -1)
        #expect(entry.isRunning)
        #expect(entry.tags == [])  // `null` on the wire
        #expect(entry.tagIDs == [])  // `null` on the wire
        #expect(entry.start == TogglTimestamp.parse("2024-12-16T01:55:24Z"))
    }

    @Test func zeroDurationEntryIsNotRunning() throws {
        let entry = try Fixtures.decode(TimeEntry.self, "POST_workspaces_wid_time_entries.200_start_only_no_duration.json")
        #expect(entry.duration == 0)
        #expect(entry.stop == nil)
        #expect(!entry.isRunning)
        #expect(entry.description == nil)
    }

    @Test func stoppedEntry() throws {
        let entry = try Fixtures.decode(TimeEntry.self, "PATCH_workspaces_wid_time_entries_id_stop.200.json")
        #expect(entry.id == 3_730_303_299)
        #expect(!entry.isRunning)
        #expect(entry.duration == 994)
        #expect(entry.elapsed(at: .distantFuture) == 994)
        #expect(entry.stop.map(TogglTimestamp.format) == "2024-12-16T02:11:58Z")
    }

    @Test func sinceListIncludesDeletedEntries() throws {
        let entries = try Fixtures.decode([TimeEntry].self, "GET_me_time_entries.since.200_includes_deleted.json")
        #expect(entries.contains { $0.serverDeletedAt != nil })
        let deleted = try #require(entries.first { $0.id == 3_730_303_299 })
        #expect(deleted.isDeleted)
        #expect(deleted.serverDeletedAt == TogglTimestamp.parse("2024-12-16T02:24:56+00:00"))
        #expect(deleted.projectID == nil)
    }

    @Test func metaFields() throws {
        let entries = try Fixtures.decode([TimeEntry].self, "GET_me_time_entries.meta.200.json")
        let first = try #require(entries.first)
        #expect(first.projectName == "AGL Social Media")
        #expect(first.clientName == "AGL")
        #expect(first.projectColor == "#d92b2b")
        #expect(first.projectActive == true)
        #expect(first.userName == "Marco")
    }

    @Test func meWithRelatedData() throws {
        let me = try Fixtures.decode(Me.self, "GET_me.with_related_data.200.json")
        #expect(me.id == 2_166_261)
        #expect(me.timezone == "Europe/Berlin")
        #expect(me.beginningOfWeek == 1)
        #expect(me.countryID == nil)
        #expect(me.oauthProviders == ["google"])
        #expect(me.apiToken?.revealed == "fake0api0token00000000000000000f")
        #expect(me.workspaces?.count == 1)
        #expect(me.clients?.count == 4)
        #expect(me.tags?.count == 12)
        #expect(me.tasks == nil)  // key absent when the user has no tasks
        #expect(me.timeEntries?.count == 67)
        #expect((me.projects?.count ?? 0) > 10)
        #expect(me.projects?.contains { !$0.active && $0.status == "archived" } == true)

        let workspace = try #require(me.workspaces?.first)
        #expect(workspace.apiToken?.revealed == "fake0workspace0token000000000000")
        #expect(workspace.lastModified == TogglTimestamp.parse("2024-12-15T00:00:00Z"))
        #expect(workspace.defaultHourlyRate == nil)
        #expect(workspace.projectsBillableByDefault)

        let project = try #require(me.projects?.first { $0.id == 63_334_144 })
        #expect(project.clientID == 64_890_399)
        #expect(project.startDate == TogglTimestamp.parse("2017-08-28"))
        #expect(project.actualSeconds == 3_973_324)
        #expect(project.color == "#0b83d9")
    }

    @Test func embeddedClientsUseWid() throws {
        let clients = try Fixtures.decode([Client].self, "embedded_in_me.clients.json")
        #expect(clients.map(\.name) == ["AGL", "Mark", "Fae Tools", "Socratic Realms"])
        #expect(clients.allSatisfy { $0.workspaceID == 2_230_580 && $0.creatorID == 2_166_261 && !$0.archived })
    }

    @Test func organizations() throws {
        let orgs = try Fixtures.decode([Organization].self, "GET_me_organizations.200.json")
        #expect(orgs.map(\.id) == [2_108_099, 9_011_051])
        #expect(orgs.first?.pricingPlanName == "Free")
        #expect(orgs.first?.trialInfo?.canHaveTrial == true)
        #expect(orgs.first?.trialInfo?.trialEndDate == nil)
        #expect(orgs.first?.maxWorkspaces == 20)
        let single = try Fixtures.decode(Organization.self, "GET_organizations_oid.200.json")
        #expect(single.pricingPlanName == "")  // same org, different plan name (CONTRACT §3.2)
        let created = try Fixtures.decode(CreatedOrganization.self, "POST_organizations.200.json")
        #expect(created == CreatedOrganization(id: 9_011_051, name: "Your Organization",
                                               workspaceID: 9_009_928, workspaceName: "Your Workspace"))
    }

    @Test func evroneBodies() throws {
        let preferences = try Fixtures.decode(Preferences.self, "evrone.GET_me_preferences.200.json")
        #expect(preferences.dateFormat == "MM/DD/YYYY")
        #expect(preferences.timeOfDayFormat == "H:mm")
        #expect(preferences.durationFormat == "improved")
        #expect(preferences.beginningOfWeek == 1)
        #expect(preferences.alphaFeatures?.count == 4)

        let workspace = try Fixtures.decode(Workspace.self, "evrone.GET_workspaces_wid.200.json")
        #expect(workspace.apiToken == nil)
        #expect(workspace.icalURL == nil)
        #expect(workspace.profile == 0)
        #expect(workspace.rounding == 1)

        let project = try Fixtures.decode(Project.self, "evrone.GET_workspaces_wid_projects_pid.200.json")
        #expect(project.clientID == nil)
        #expect(project.isPrivate)
        #expect(project.startDate.map(TogglTimestamp.formatDay) == "2024-05-16")

        let entry = try Fixtures.decode(TimeEntry.self, "evrone.GET_me_time_entries_id.200.json")
        #expect(entry.workspaceID == 43_644_207)  // no `wid` mirror in this body
        #expect(entry.userID == 30_809_356)
        #expect(entry.duration == 22)

        let me = try Fixtures.decode(Me.self, "evrone.PUT_me.200.json")
        #expect(me.togglAccountsUpdatedAt == TogglTimestamp.parse("2024-05-16T12:01:24.447981Z"))
        #expect(me.oauthProviders == [])
        let related = try Fixtures.decode(Me.self, "evrone.GET_me.with_related_data.200.json")
        #expect(related.workspaces == [])
    }

    @Test func detailedReportRowWithLocalOffsets() throws {
        let row = try Fixtures.decode(DetailedReportRow.self, "evrone.POST_reports_v3_search_time_entries.row.json")
        #expect(row.userID == 30_809_356)
        #expect(row.username == "test user")
        #expect(row.projectID == 202_793_182)
        #expect(row.tagIDs == [16_501_871])
        #expect(row.billableAmountInCents == nil)
        let entry = try #require(row.timeEntries.first)
        #expect(entry.id == 3_545_645_770)
        #expect(entry.seconds == 52)
        #expect(entry.start == TogglTimestamp.parse("2024-07-30T08:13:46Z"))  // sent as 11:13:46+03:00
        #expect(entry.atTz == entry.at)
        #expect(row.seconds == 52)
    }

    @Test func aDetailedReportRowReadsAsTheTimeEntriesOfItsWorkspace() throws {
        let row = try Fixtures.decode(DetailedReportRow.self, "evrone.POST_reports_v3_search_time_entries.row.json")
        let entries = row.timeEntries(in: 7)
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.id == 3_545_645_770)
        #expect(entry.workspaceID == 7)
        #expect(entry.userID == 30_809_356)
        #expect(entry.projectID == 202_793_182)
        #expect(entry.description == "sample description")
        #expect(entry.tagIDs == [16_501_871])
        #expect(entry.tags.isEmpty)  // names come only with enrich_response
        #expect(entry.start == TogglTimestamp.parse("2024-07-30T08:13:46Z"))
        #expect(entry.stop == TogglTimestamp.parse("2024-07-30T08:14:38Z"))
        #expect(entry.duration == 52)
        #expect(!entry.isRunning)
        #expect(entry.at == TogglTimestamp.parse("2024-07-30T08:14:38Z"))
    }

    @Test func aReportedEntryTakesItsLengthFromStartAndStopNotTheRoundedSeconds() {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let row = DetailedReportRow(tagIDs: [1], timeEntries: [
            .init(id: 1, seconds: 900, start: start, stop: start.addingTimeInterval(611)),
            .init(id: 2, seconds: 300, start: start.addingTimeInterval(3600)),
            .init(id: 3, seconds: 60),
        ], tagNames: ["deep-work"])
        let entries = row.timeEntries(in: 1)
        #expect(entries.map(\.duration) == [611, 300])
        #expect(entries.last?.stop == start.addingTimeInterval(3900))
        #expect(entries.allSatisfy { $0.tags == ["deep-work"] })
    }

    @Test func errorBodiesAreJSONStrings() throws {
        #expect(try Fixtures.decode(String.self, "POST_workspaces_wid_time_entries.400_start_required.json")
            == "start is required for time entry creation")
        #expect(try Fixtures.decode(String.self, "POST_organizations_oid_workspaces.403.json")
            == "User does not have access to this resource")
    }
}

/// The name → type rules themselves; these run with or without the fixtures folder.
@Suite struct FixtureMappingTests {
    @Test(arguments: [
        ("GET_me.200.json", "Me"),
        ("evrone.GET_me.with_related_data.200.json", "Me"),
        ("GET_me_time_entries.some_new_variant.200.json", "Array<TimeEntry>"),
        ("GET_me_time_entries_current.200_none.json", "Optional<TimeEntry>"),
        ("POST_workspaces_wid_time_entries.200_all_fields_nulls.json", "TimeEntry"),
        ("embedded_in_me.clients.json", "Array<Client>"),
        ("evrone.GET_me_preferences.200.json", "Preferences"),
        ("evrone.POST_reports_v3_search_time_entries.row.json", "DetailedReportRow"),
        ("POST_reports_v3_search_time_entries.200.json", "Array<DetailedReportRow>"),
        ("evrone.GET_workspaces_wid.200.json", "Workspace"),
        ("evrone.GET_workspaces_wid_projects_pid.200.json", "Project"),
        ("GET_me_organizations.200.json", "Array<Organization>"),
        ("POST_organizations.200.json", "CreatedOrganization"),
        ("GET_me_time_entries.400_since_and_before.json", "String"),
        ("POST_organizations_oid_workspaces.403.json", "String"),
        ("GET_workspaces_wid_tasks.page2.200.json", "WorkspaceTasksPage"),
    ])
    func mapping(_ fileName: String, _ expectedType: String) {
        #expect(FixtureMapping.rule(for: fileName)?.typeName == expectedType)
    }

    @Test func unknownEndpointHasNoRule() {
        #expect(FixtureMapping.rule(for: "GET_me_something_new.200.json") == nil)
        #expect(FixtureMapping.rule(for: "GET_me_time_entriesX.200.json") == nil)
    }
}
