import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

/// A week of entries (the seeded user lives in Europe/Berlin, +01:00 in December).
private struct ReportFixture {
    var h = EntryHarness()
    var e1: Int64 = 0, e2: Int64 = 0, e3: Int64 = 0, e4: Int64 = 0, e5: Int64 = 0

    init() {
        func at(_ text: String) -> Date { TogglTimestamp.parse(text)! }
        e1 = h.addEntry(start: at("2024-12-10T08:00:00Z"), duration: 3600, projectID: h.projectID, billable: true,
                        description: "Wireframes review", tagIDs: [h.meetingTagID])
        e2 = h.addEntry(start: at("2024-12-11T09:00:00Z"), duration: 1800, projectID: h.projectID, taskID: h.taskID,
                        description: "Wireframes review")
        e3 = h.addEntry(start: at("2024-12-12T10:00:00Z"), duration: 5400, projectID: h.plainProjectID,
                        description: "Deep focus")
        // 00:30 on Saturday 14 December in Berlin.
        e4 = h.addEntry(start: at("2024-12-13T23:30:00Z"), duration: 600, description: nil)
        e5 = h.addEntry(start: at("2024-12-12T12:00:00Z"), duration: 900, userID: h.otherUserID, projectID: h.projectID,
                        description: "Pairing")
        // Never reported: running, deleted, another workspace.
        h.addEntry(start: at("2024-12-12T15:00:00Z"), duration: -1)
        let deleted = h.addEntry(start: at("2024-12-12T16:00:00Z"), duration: 60)
        h.world.timeEntries[deleted]?.deletedAt = h.now
        h.addEntry(start: at("2024-12-12T17:00:00Z"), duration: 60, workspaceID: h.freeWorkspaceID)
    }

    mutating func report(_ kind: String, _ json: String?, workspace: Int64? = nil, as user: Int64? = nil) -> EntryHarness.Reply {
        h.send("POST", "/workspace/\(workspace ?? h.starterWorkspaceID)/\(kind)/time_entries", json: json, as: user,
               root: .reports)
    }
}

@Suite struct ReportValidationTests {
    @Test func someFilterIsRequired() {
        var f = ReportFixture()
        for body in [nil, "{}", #"{"grouping":"projects"}"#, #"{"project_ids":[]}"#] {
            for kind in ["summary", "search", "weekly"] {
                let reply = f.report(kind, body)
                #expect(reply.status == 400, "\(kind) \(body ?? "<empty>")")
                #expect(reply.message == "At least one parameter must be set")
            }
        }
    }

    @Test func datesMustBeDaysInOrder() {
        var f = ReportFixture()
        let same = f.report("summary", #"{"start_date":"2024-12-10","end_date":"2024-12-10"}"#)
        #expect(same.status == 400)
        #expect(same.message == "end_date should be greater than start_date")
        #expect(f.report("summary", #"{"start_date":"2024-12-11","end_date":"2024-12-10"}"#).status == 400)
        let malformed = f.report("summary", #"{"start_date":"10/12/2024"}"#)
        #expect(malformed.status == 400)
        #expect(malformed.message == "Invalid 'start_date' value, expected YYYY-MM-DD")
    }

    @Test func foreignWorkspaceIs403AndPaidFiltersAre402OnFree() {
        var f = ReportFixture()
        let foreign = f.report("summary", #"{"start_date":"2024-12-09"}"#, workspace: 999)
        #expect(foreign.status == 403)
        #expect(foreign.message == "Workspace not found/accessible")
        for body in [#"{"billable":true}"#, #"{"start_date":"2024-12-09","min_duration_seconds":60}"#] {
            let reply = f.report("search", body, workspace: f.h.freeWorkspaceID)
            #expect(reply.status == 402)
            #expect(reply.message == "Workspace needs to have this feature enabled")
        }
        // The reports themselves work on Free.
        #expect(f.report("search", #"{"start_date":"2024-12-09"}"#, workspace: f.h.freeWorkspaceID).status == 200)
        #expect(f.report("weekly", #"{"start_date":"2024-12-09"}"#, workspace: f.h.freeWorkspaceID).status == 200)
    }
}

@Suite struct SummaryReportTests {
    private let week = #""start_date":"2024-12-09","end_date":"2024-12-15""#

    @Test func projectsByTimeEntriesIsTheDefault() throws {
        var f = ReportFixture()
        let reply = f.report("summary", "{\(week)}")
        #expect(reply.status == 200)
        #expect(reply.headers["X-Grouping"] == "projects")
        #expect(reply.headers["X-Sub-Grouping"] == "time_entries")
        #expect(reply.headers["X-Range-Start"] == "2024-12-09")
        #expect(reply.headers["X-Range-End"] == "2024-12-15")
        let report = try reply.decode(SummaryReport.self)
        #expect(report.groups.map(\.id) == [f.h.projectID, f.h.plainProjectID, nil])
        #expect(report.groups.map(\.seconds) == [6300, 5400, 600])
        #expect(report.groups[0].subGroups == [SummarySubGroup(title: "Wireframes review", seconds: 5400),
                                               SummarySubGroup(title: "Pairing", seconds: 900)])
        #expect(report.groups[2].subGroups == [SummarySubGroup(title: "", seconds: 600)])
        #expect(reply.json[json: "groups"]?.jsonItems.first?[json: "sub_groups"]?.jsonItems.count == 2)
    }

    @Test func otherGroupingsAndSubGroupings() throws {
        var f = ReportFixture()
        let clients = try f.report("summary", #"{\#(week),"grouping":"clients","sub_grouping":"projects"}"#)
            .decode(SummaryReport.self)
        #expect(clients.groups.map(\.id) == [f.h.clientID, nil])
        #expect(clients.groups[0].subGroups == [SummarySubGroup(id: f.h.projectID, title: "Website Redesign", seconds: 6300)])
        #expect(clients.groups[1].subGroups.map(\.seconds) == [5400, 600])

        let users = try f.report("summary", #"{\#(week),"grouping":"users","sub_grouping":"tasks","include_time_entry_ids":true}"#)
            .decode(SummaryReport.self)
        #expect(users.groups.map(\.id) == [f.h.userID, f.h.otherUserID])
        #expect(users.groups.map(\.seconds) == [11_400, 900])
        let tasks = users.groups[0].subGroups
        #expect(tasks.map(\.id) == [nil, f.h.taskID])
        #expect(tasks.map(\.title) == [nil, "Wireframes"])
        #expect(tasks.map(\.seconds) == [9600, 1800])
        #expect(Set(tasks[0].ids ?? []) == [f.e1, f.e3, f.e4])

        let invalid = f.report("summary", #"{\#(week),"grouping":"tags"}"#)
        #expect(invalid.status == 400)
        #expect(invalid.message == "Invalid 'grouping' value, allowed values are: 'projects', 'clients', 'users'")
        #expect(f.report("summary", #"{\#(week),"grouping":"users","sub_grouping":"users"}"#).status == 400)
    }

    @Test func filters() throws {
        var f = ReportFixture()
        func seconds(_ filter: String) throws -> Int {
            try f.report("summary", #"{\#(week),\#(filter)}"#).decode(SummaryReport.self).totalSeconds
        }
        #expect(try seconds(#""project_ids":[null]"#) == 600)
        #expect(try seconds(#""project_ids":[\#(f.h.plainProjectID),null]"#) == 6000)
        #expect(try seconds(#""client_ids":[\#(f.h.clientID)]"#) == 6300)
        #expect(try seconds(#""user_ids":[\#(f.h.otherUserID)]"#) == 900)
        #expect(try seconds(#""tag_ids":[\#(f.h.meetingTagID)]"#) == 3600)
        #expect(try seconds(#""tag_ids":[null]"#) == 1800 + 5400 + 600 + 900)
        #expect(try seconds(#""task_ids":[\#(f.h.taskID)]"#) == 1800)
        #expect(try seconds(#""description":"WIRE""#) == 5400)
        #expect(try seconds(#""billable":true"#) == 3600)
        #expect(try seconds(#""min_duration_seconds":1000,"max_duration_seconds":4000"#) == 3600 + 1800)
        #expect(try seconds(#""time_entry_ids":[\#(f.e3)]"#) == 5400)
    }

    @Test func membersSeeOnlyTheirOwnEntries() throws {
        var f = ReportFixture()
        let report = try f.report("summary", #"{\#(week),"grouping":"users"}"#, as: f.h.otherUserID).decode(SummaryReport.self)
        #expect(report.groups.map(\.id) == [f.h.otherUserID])
    }
}

@Suite struct DetailedReportTests {
    @Test func rowsAsRecordedWithLocalOffsetsAndAmounts() throws {
        var f = ReportFixture()
        let reply = f.report("search", #"{"start_date":"2024-12-09","end_date":"2024-12-15","order_dir":"ASC"}"#)
        #expect(reply.status == 200)
        #expect(reply.headers["X-Next-ID"] == nil)
        let rows = try reply.decode([DetailedReportRow].self)
        #expect(rows.map { $0.timeEntries.map(\.id) } == [[f.e1], [f.e2], [f.e3], [f.e5], [f.e4]])
        #expect(rows.map(\.rowNumber) == [1, 2, 3, 4, 5])
        let first = rows[0]
        #expect(first.userID == f.h.userID)
        #expect(first.username == "Alex Demo")
        #expect(first.projectID == f.h.projectID)
        #expect(first.billable)
        #expect(first.tagIDs == [f.h.meetingTagID])
        #expect(first.hourlyRateInCents == 10_000)
        #expect(first.billableAmountInCents == 10_000)
        #expect(first.currency == "EUR")
        #expect(rows[1].billableAmountInCents == nil)

        let entry = try #require(reply.json.jsonItems.first?[json: "time_entries"]?.jsonItems.first)
        #expect(entry[json: "start"]?.jsonString == "2024-12-10T09:00:00+01:00")
        #expect(entry[json: "stop"]?.jsonString == "2024-12-10T10:00:00+01:00")
        #expect(entry[json: "at"]?.jsonString == "2024-12-10T09:00:00+00:00")
        #expect(entry[json: "at_tz"]?.jsonString == "2024-12-10T10:00:00+01:00")
        #expect(entry[json: "seconds"]?.jsonInt == 3600)
    }

    @Test func pagesThroughThreePagesWithNextHeaders() throws {
        var h = EntryHarness()
        let base = TogglTimestamp.parse("2024-12-10T06:00:00Z")!
        let ids = (0..<7).map { h.addEntry(start: base.addingTimeInterval(Double($0) * 3600), duration: 1200) }
        let newestFirst = Array(ids.reversed())

        var seen: [Int64] = []
        var numbers: [Int] = []
        var cursor = ""
        var headers: [[String: String]] = []
        for _ in 0..<3 {
            let reply = h.send("POST", "/workspace/\(h.starterWorkspaceID)/search/time_entries",
                               json: #"{"start_date":"2024-12-10","end_date":"2024-12-11","page_size":3\#(cursor)}"#, root: .reports)
            #expect(reply.status == 200)
            let rows = try reply.decode([DetailedReportRow].self)
            seen += rows.flatMap { $0.timeEntries.map(\.id) }
            numbers += rows.compactMap(\.rowNumber)
            headers.append(reply.headers)
            if let id = reply.headers["X-Next-ID"], let number = reply.headers["X-Next-Row-Number"] {
                cursor = #","first_id":\#(id),"first_row_number":\#(number)"#
            }
        }
        #expect(seen == newestFirst)
        #expect(numbers == Array(1...7))
        #expect(headers[0]["X-Next-ID"] == String(newestFirst[3]))
        #expect(headers[0]["X-Next-Row-Number"] == "4")
        #expect(headers[1]["X-Next-ID"] == String(newestFirst[6]))
        #expect(headers[1]["X-Next-Row-Number"] == "7")
        #expect(headers[2]["X-Next-ID"] == nil)
        #expect(headers[2]["X-Next-Row-Number"] == nil)
    }

    @Test func orderingGroupingAndEnrichment() throws {
        var f = ReportFixture()
        let byDuration = try f.report("search", #"{"start_date":"2024-12-09","order_by":"duration"}"#)
            .decode([DetailedReportRow].self)
        #expect(byDuration.map(\.seconds) == [5400, 3600, 1800, 900, 600])
        let bad = f.report("search", #"{"start_date":"2024-12-09","order_by":"colour"}"#)
        #expect(bad.message == "Invalid 'order_by' value, allowed values are: 'date', 'user', 'duration', 'description', 'last_update'")

        let twin = f.h.addEntry(start: TogglTimestamp.parse("2024-12-12T14:00:00Z")!, duration: 300,
                                projectID: f.h.plainProjectID, description: "Deep focus")
        let grouped = try f.report("search", #"{"start_date":"2024-12-09","grouped":true,"enrich_response":true}"#)
            .decode([DetailedReportRow].self)
        let deep = try #require(grouped.first { $0.description == "Deep focus" })
        #expect(Set(deep.timeEntries.map(\.id)) == [f.e3, twin])
        #expect(deep.seconds == 5700)
        #expect(deep.projectName == "Deep Work")
        #expect(deep.email == "alex@example.com")
        #expect(grouped.count == 5)
    }
}

@Suite struct WeeklyReportTests {
    @Test func sevenDaysPerUserAndProjectInLocalDays() throws {
        var f = ReportFixture()
        let reply = f.report("weekly", #"{"start_date":"2024-12-09"}"#)
        #expect(reply.status == 200)
        #expect(reply.headers["X-Range-End"] == "2024-12-15")
        let rows = try reply.decode([WeeklyReportRow].self)
        #expect(rows.map(\.userID) == [f.h.userID, f.h.userID, f.h.userID, f.h.otherUserID])
        #expect(rows.map(\.projectID) == [f.h.plainProjectID, f.h.projectID, nil, f.h.projectID])
        #expect(rows[0].seconds == [0, 0, 0, 5400, 0, 0, 0])
        #expect(rows[1].seconds == [0, 3600, 1800, 0, 0, 0, 0])
        #expect(rows[1].billableSeconds == [0, 3600, 0, 0, 0, 0, 0])
        #expect(rows[1].billableAmountsInCents == [0, 10_000, 0, 0, 0, 0, 0])
        #expect(rows[1].projectName == "Website Redesign")
        #expect(rows[1].clientName == "Acme Corp")
        #expect(rows[1].projectHexColor == "#06a893")
        #expect(rows[2].seconds == [0, 0, 0, 0, 0, 600, 0]) // Saturday in Berlin, Friday in UTC
        #expect(rows[3].seconds == [0, 0, 0, 900, 0, 0, 0])
    }

    @Test func withoutStartDateItIsThisWeek() throws {
        var f = ReportFixture()
        let reply = f.report("weekly", #"{"user_ids":[\#(f.h.userID)]}"#)
        #expect(reply.headers["X-Range-Start"] == "2024-12-16")
        #expect(reply.headers["X-Range-End"] == "2024-12-22")
        #expect(try reply.decode([WeeklyReportRow].self).isEmpty)
    }
}
