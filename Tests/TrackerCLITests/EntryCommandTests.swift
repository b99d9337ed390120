import Foundation
import Testing
import TogglModels
import TogglSandbox
@testable import TrackerCLI

/// Golden output of the time-entry commands against the sandbox's demo account, Monday
/// 2026-11-23 10:00 UTC, with the requests each one spends.
@Suite(.serialized)
struct EntryCommandTests {
    static let todayTable = """
                ID  DATE        START  STOP     DURATION  DESCRIPTION                               PROJECT           TAGS
        3700000180  2026-11-23  07:15  07:40     0:25:14  Wireframes for the pricing page           Website Redesign  planning
        3700000181  2026-11-23  07:51  09:15     1:23:42  Accessibility review of the booking flow  Patient Portal
        3700000182  2026-11-23  09:20  running   0:40:00  Fix login redirect bug                    Mobile App v2     bug
        3 entries, 2:28:56 in all

        """

    @Test func lsReachingBeyondThreeMonthsReadsTheOlderDaysFromReports() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            // 20 Aug – 2 Sep: 27 Aug (88 days back) and later are listed by date, the rest comes from
            // a detailed report of each workspace.
            let result = await cli.run("ls", "--since", "2026-08-20", "--until", "2026-09-02", "--json")
            #expect(result.code == 0, "\(result.errors)")
            let shown = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(result.output.utf8))
            let start = try #require(TogglTimestamp.parse("2026-08-20T00:00:00Z"))
            let end = try #require(TogglTimestamp.parse("2026-09-03T00:00:00Z"))
            let expected = cli.sandbox.world.timeEntries.all.filter { $0.start >= start && $0.start < end }
            #expect(!expected.isEmpty)
            #expect(shown.map(\.id) == expected.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map(\.id))
            // One report page per workspace (the profile's zone is known: exactly 20–26 Aug), then the listable days.
            let workspaces = cli.sandbox.world.workspaces.all.map(\.id)
            for workspace in workspaces {
                let pages = result.requests.filter { $0 == "POST /reports/api/v3/workspace/\(workspace)/search/time_entries" }.count
                #expect(pages == 1, "\(result.requests)")
            }
            #expect(result.requests.last == "GET /api/v9/me/time_entries", "\(result.requests)")
            #expect(cli.sandbox.requestLog.last?.query.contains("start_date=2026-08-27") == true)
        }
    }

    @Test func moreThanAYearBackIsReportedAYearAtATimeWithNothingTwice() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            let result = await cli.run("ls", "--since", "2025-06-01", "--until", "2026-11-22", "--json")
            #expect(result.code == 0, "\(result.errors)")
            let shown = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(result.output.utf8))
            let start = try #require(TogglTimestamp.parse("2025-06-01T00:00:00Z"))
            let end = try #require(TogglTimestamp.parse("2026-11-23T00:00:00Z"))
            let expected = cli.sandbox.world.timeEntries.all.filter { $0.start >= start && $0.start < end && $0.deletedAt == nil }
            #expect(shown.count == expected.count)
            #expect(Set(shown.map(\.id)) == Set(expected.map(\.id)))
        }
    }

    @Test func aWorkspaceWithoutReportsIsNamedAndLeftOutOfOldDays() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            // The user has since left Personal: its reports answer 403.
            let personal = try #require(cli.sandbox.world.workspaces.all.first { $0.name == "Personal" }?.id)
            cli.sandbox.updateWorld { world in
                for membership in world.memberships.filter({ $0.workspaceID == personal }) { _ = world.memberships.remove(membership.id) }
            }
            let result = await cli.run("ls", "--since", "2026-08-17", "--until", "2026-08-23", "--json")
            #expect(result.code == 0)
            #expect(result.errors.hasPrefix(#"{"kind":"warning","message":"Toggl gives no reports of Personal ("#), "\(result.errors)")
            let shown = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(result.output.utf8))
            #expect(!shown.isEmpty)
            #expect(shown.allSatisfy { $0.workspaceID != personal })
        }
    }

    @Test func lsWithoutAStoreSpendsOneBootstrapThenReadsTheFreshStoreForNothing() async throws {
        try await withCLI { cli in
            let result = await cli.run("ls", "--today")
            #expect(result == .init(code: 0, output: Self.todayTable, errors: "", requests: ["GET /api/v9/me"]))
            #expect(cli.layout.catalog.load().payload?.projects.count == 25)
            // Synced just now: the store answers, no request.
            let again = await cli.run("ls", "--today")
            #expect(again == .init(code: 0, output: Self.todayTable, errors: "", requests: []))
            // --refresh asks Toggl anyway: one request, which syncs the store.
            let refreshed = await cli.run("ls", "--today", "--refresh")
            #expect(refreshed == .init(code: 0, output: Self.todayTable, errors: "", requests: ["GET /api/v9/me"]))
        }
    }

    @Test func startSpendsTwoRequestsColdAndOneWarm() async throws {
        try await withCLI { cli in
            let cold = await cli.run("start", "Write", "report", "-p", "website", "-t", "writing")
            #expect(cold == .init(
                code: 0,
                output: "Started \"Write report\" · Website Redesign (Acme Corp) · #writing · 10:00–running (0:00:00) · id 3700001305\n",
                errors: "", requests: ["GET /api/v9/me", "POST /api/v9/workspaces/3700000004/time_entries"]))
            let warm = await cli.run("start", "Review", "-p", "mobile app", "--at=-5m")
            #expect(warm == .init(
                code: 0, output: "Started \"Review\" · Mobile App v2 (Globex) · 09:55–running (0:05:00) · id 3700001306\n",
                errors: "", requests: ["POST /api/v9/workspaces/3700000004/time_entries"]))
        }
    }

    @Test func startWithDefaultWorkspaceAndNoNamesSpendsOneRequest() async throws {
        try await withCLI { cli in
            let result = await cli.run(["start", "Focus"], context: cli.context(defaultWorkspaceID: 3_700_000_004))
            #expect(result.requests == ["POST /api/v9/workspaces/3700000004/time_entries"])
            #expect(result.output == "Started \"Focus\" · 10:00–running (0:00:00) · id 3700001305\n")
        }
    }

    @Test func quietAndJSON() async throws {
        try await withCLI { cli in
            let quiet = await cli.run("start", "Focus", "-q")
            #expect(quiet.output == "3700001305\n")
            let json = await cli.run("now", "--json")
            #expect(json.output.contains("\"description\" : \"Focus\""))
            #expect(json.output.contains("\"id\" : 3700001305"))
        }
    }

    @Test func stopUsesTheStoreToSpendOneRequest() async throws {
        try await withCLI { cli in
            let cold = await cli.run("stop")
            #expect(cold == .init(
                code: 0, output: "Stopped \"Fix login redirect bug\" · project 3700000021 · #bug · 09:20–10:00 (0:40:00) · id 3700000182\n", errors: "",
                requests: ["GET /api/v9/me/time_entries/current", "PATCH /api/v9/workspaces/3700000004/time_entries/3700000182/stop"]))
            let idle = await cli.run("stop")
            #expect(idle == .init(code: 6, output: "", errors: "toggl-tui: No timer is running.\n",
                                  requests: ["GET /api/v9/me/time_entries/current"]))
            _ = await cli.run("ls", "--today")  // makes the store
            _ = await cli.run("start", "Focus", "-p", "deep work")
            let warm = await cli.run("stop")
            #expect(warm == .init(
                code: 0, output: "Stopped \"Focus\" · Deep Work · 10:00–10:00 (0:00:00) · id 3700001305\n", errors: "",
                requests: ["PATCH /api/v9/workspaces/3700000004/time_entries/3700001305/stop"]))
        }
    }

    @Test func stopAtATime() async throws {
        try await withCLI { cli in
            let result = await cli.run("stop", "--at", "9:50")
            #expect(result.code == 0)
            #expect(result.output == "Stopped \"Fix login redirect bug\" · project 3700000021 · #bug · 09:20–09:50 (0:30:00) · id 3700000182\n")
            #expect(result.requests == ["GET /api/v9/me/time_entries/current", "PUT /api/v9/workspaces/3700000004/time_entries/3700000182"])
            let early = await cli.run("stop", "--at", "yesterday 9:00")
            #expect(early.code == 6)
        }
    }

    @Test func continueTheLastOrAMatchingEntry() async throws {
        try await withCLI { cli in
            let last = await cli.run("continue")
            #expect(last.output == "Continued \"Accessibility review of the booking flow\" · Patient Portal (Umbrella Health) · 10:00–running (0:00:00) · id 3700001305\n")
            #expect(last.requests == ["GET /api/v9/me", "POST /api/v9/workspaces/3700000004/time_entries"])
            let matching = await cli.run("continue", "wireframes")
            #expect(matching.output == "Continued \"Wireframes for the pricing page\" · Website Redesign (Acme Corp) · #planning · 10:00–running (0:00:00) · id 3700001306\n")
            #expect(matching.requests == ["POST /api/v9/workspaces/3700000004/time_entries"])
            let unknown = await cli.run("continue", "nothing like this")
            #expect(unknown.code == 5)
        }
    }

    @Test func nowShowsAndEdits() async throws {
        try await withCLI { cli in
            let show = await cli.run("now")
            #expect(show == .init(code: 0, output: "\"Fix login redirect bug\" · project 3700000021 · #bug · 09:20–running (0:40:00) · id 3700000182\n",
                                  errors: "", requests: ["GET /api/v9/me/time_entries/current"]))
            let edit = await cli.run("now", "-d", "Fix the login redirect", "-t", "+urgent,-bug", "-s", "9:30")
            #expect(edit.output == "Updated \"Fix the login redirect\" · project 3700000021 · #urgent · 09:30–running (0:30:00) · id 3700000182\n")
            #expect(edit.requests == ["GET /api/v9/me/time_entries/current", "PUT /api/v9/workspaces/3700000004/time_entries/3700000182"])
        }
    }

    @Test func addWithAStopTimeOrADuration() async throws {
        try await withCLI { cli in
            let withStop = await cli.run("add", "yesterday 17:00", "18:30", "Late", "call", "-p", "quarterly", "-t", "call")
            #expect(withStop.output == "Added \"Late call\" · Quarterly Audit (Stark Industries) · #call · 17:00–18:30 (1:30:00) · id 3700001305\n")
            let withDuration = await cli.run("add", "6:00", "1:30", "Early")
            #expect(withDuration.output == "Added \"Early\" · 06:00–07:30 (1:30:00) · id 3700001306\n")
            #expect(withDuration.requests == ["POST /api/v9/workspaces/3700000004/time_entries"])
            let bad = await cli.run("add", "6:00", "later", "x")
            #expect(bad.code == 2)
            #expect(bad.errors.contains("Cannot read END 'later'"))
        }
    }

    @Test func editAnEntry() async throws {
        try await withCLI { cli in
            let result = await cli.run("edit", "3700000180", "-p", "SEO", "--duration", "45m", "--billable")
            #expect(result.output == "Updated \"Wireframes for the pricing page\" · SEO Audit (Acme Corp) · #planning · 07:15–08:00 (0:45:00) · id 3700000180\n")
            #expect(result.requests == [
                "GET /api/v9/me/time_entries/3700000180", "GET /api/v9/me",
                "PUT /api/v9/workspaces/3700000004/time_entries/3700000180",
            ])
            let nothing = await cli.run("edit", "3700000180")
            #expect(nothing.code == 2)
            let missing = await cli.run("edit", "42", "-d", "x")
            #expect(missing == .init(code: 5, output: "", errors: "toggl-tui: No time entry 42.\n", requests: ["GET /api/v9/me/time_entries/42"]))
        }
    }

    @Test func rmAsksUnlessYes() async throws {
        try await withCLI { cli in
            let refused = await cli.run("rm", "3700000180")
            #expect(refused.code == 2)
            #expect(refused.requests == ["GET /api/v9/me/time_entries/3700000180"])
            let confirmed = await cli.run(["rm", "Wireframes", "for", "the", "pricing", "page"], context: cli.context(answer: true))
            #expect(confirmed.code == 2)  // several recent entries have this description
            #expect(confirmed.errors.hasPrefix("toggl-tui: 'Wireframes for the pricing page' matches several recent entries; use the name in full or the id:\n"))
            let byID = await cli.run("rm", "3700000180", "--yes")
            #expect(byID.output == "Deleted \"Wireframes for the pricing page\" · Website Redesign (Acme Corp) · #planning · 07:15–07:40 (0:25:14) · id 3700000180\n")
            #expect(byID.requests.last == "DELETE /api/v9/workspaces/3700000004/time_entries/3700000180")
        }
    }

    @Test func sumByProjectAndDayWithRounding() async throws {
        try await withCLI { cli in
            let byProject = await cli.run("sum", "--today", "--round", "15m")
            #expect(byProject.output == """
                PROJECT              TIME  ENTRIES      AMOUNT
                Patient Portal    1:30:00        1  157.50 EUR
                Mobile App v2     0:45:00        1   82.50 EUR
                Website Redesign  0:30:00        1
                Total             2:45:00        3  240.00 EUR
                Times rounded to the nearest 15 min per entry.

                """)
            let byDay = await cli.run("sum", "--by", "day", "--since", "2026-11-21")
            #expect(byDay.code == 0)
            #expect(byDay.output == """
                DAY            TIME  ENTRIES      AMOUNT
                2026-11-21  0:56:00        2
                2026-11-23  2:28:56        3  219.81 EUR
                Total       3:24:56        5  219.81 EUR

                """)
            // The store was synced by the first sum and holds the last week: no request.
            #expect(byDay.requests == [])
        }
    }

    @Test func usageErrorsExitTwo() async throws {
        try await withCLI { cli in
            let result = await cli.run("start", "--at", "soon")
            #expect(result.code == 2)
            #expect(result.errors == "toggl-tui: Cannot read --at 'soon': \(TimeParser.timeHelp).\n")
            #expect(result.requests.isEmpty)
            let unknownOption = await cli.run("ls", "--bogus")
            #expect(unknownOption.code == 2)
        }
    }
}
