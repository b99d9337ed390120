import Foundation
import Testing
import TogglModels
import TogglSandbox
@testable import TrackerCLI

/// `sum` as a timesheet and `gaps`, against a sandbox whose Monday holds four entries made for
/// the test; every total below is worked out by hand in the comments.
///
/// Monday 2026-11-23 (UTC), project A at 100 EUR/h, project B without a rate:
///
/// | # | time        | length | project | description | billable | tags            |
/// |---|-------------|--------|---------|-------------|----------|-----------------|
/// | 1 | 08:00–08:50 | 50 min | A       | Design      | yes      | meeting         |
/// | 2 | 08:50–09:10 | 20 min | A       | Review      | yes      | meeting, review |
/// | 3 | 09:20–09:27 |  7 min | B       | Design      | no       |                 |
/// | 4 | 09:25–09:40 | 15 min | A       | Review      | yes      | review          |
@Suite(.serialized)
struct TimesheetCommandTests {
    static func at(_ hour: Int, _ minute: Int) -> Date {
        CLIHarness.now.addingTimeInterval(TimeInterval((hour - 10) * 3600 + minute * 60))
    }

    /// The sandbox holding the four entries (and nothing else of the user's).
    static func prepared(_ cli: CLIHarness) throws -> (a: String, b: String) {
        var names = ("", "")
        cli.sandbox.updateWorld { world in
            let user = world.users.all.first { $0.apiToken == DemoAccount.apiToken }?.id ?? 0
            for entry in world.timeEntries.all where entry.userID == user { _ = world.timeEntries.remove(entry.id) }
            let workspace = world.workspaces(of: user).min { $0.id < $1.id }?.id ?? 0
            let projects = world.projects.filter { $0.workspaceID == workspace && $0.active }.sorted { $0.id < $1.id }
            var a = projects[0]
            a.rate = 100
            a.currency = "EUR"
            world.projects.upsert(a)
            var b = projects[1]
            b.rate = nil
            world.projects.upsert(b)
            names = (a.name, b.name)
            func tag(_ name: String) -> Int64 {
                if let found = world.tags.all.first(where: { $0.workspaceID == workspace && $0.name == name }) { return found.id }
                let id = (world.tags.all.map(\.id).max() ?? 0) + 1
                world.tags.upsert(TagRecord(id: id, workspaceID: workspace, name: name, creatorID: user, at: CLIHarness.now))
                return id
            }
            let rows: [(Int, Int, Int, Int, Int64, String, Bool, [String])] = [
                (8, 0, 8, 50, a.id, "Design", true, ["meeting"]),
                (8, 50, 9, 10, a.id, "Review", true, ["meeting", "review"]),
                (9, 20, 9, 27, b.id, "Design", false, []),
                (9, 25, 9, 40, a.id, "Review", true, ["review"]),
            ]
            for (index, row) in rows.enumerated() {
                let start = at(row.0, row.1), stop = at(row.2, row.3)
                world.timeEntries.upsert(TimeEntryRecord(
                    id: 9_000_000 + Int64(index), workspaceID: workspace, userID: user, projectID: row.4, billable: row.6,
                    start: start, stop: stop, duration: Int(stop.timeIntervalSince(start)), description: row.5,
                    tagIDs: row.7.map(tag), createdWith: "test", at: CLIHarness.now))
            }
        }
        return names
    }

    @Test func sumByProjectCountsTimeAndAmounts() async throws {
        try await withCLI { cli in
            let (a, b) = try Self.prepared(cli)
            let result = await cli.run("sum", "--today")
            #expect(result.code == 0, "\(result)")
            // A: 50 + 20 + 15 = 85 min; amounts per entry 83.33 + 33.33 + 25.00 = 141.66. B: 7 min, no rate.
            let lines = result.output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            #expect(lines.contains("\(a) 1:25:00 3 141.66 EUR"), "\(result.output)")
            #expect(lines.contains("\(b) 0:07:00 1"), "\(result.output)")
            #expect(lines.contains("Total 1:32:00 4 141.66 EUR"), "\(result.output)")
        }
    }

    @Test func twoLevelsNestTheSecondUnderTheFirst() async throws {
        try await withCLI { cli in
            let (a, b) = try Self.prepared(cli)
            let result = await cli.run("sum", "--today", "--by", "project,description", "--json")
            #expect(result.code == 0, "\(result)")
            struct Group: Decodable, Equatable {
                var name: String
                var seconds: Int
                var entries: Int
                var groups: [Group]?
            }
            let groups = try JSONDecoder().decode([Group].self, from: Data(result.output.utf8))
            #expect(groups == [
                Group(name: a, seconds: 5100, entries: 3, groups: [
                    Group(name: "Design", seconds: 3000, entries: 1), Group(name: "Review", seconds: 2100, entries: 2),
                ]),
                Group(name: b, seconds: 420, entries: 1, groups: [Group(name: "Design", seconds: 420, entries: 1)]),
            ])
        }
    }

    @Test func anEntryWithTwoTagsCountsForEachAndTheTotalCountsItOnce() async throws {
        try await withCLI { cli in
            _ = try Self.prepared(cli)
            let result = await cli.run("sum", "--today", "--by", "tag", "--csv")
            #expect(result.code == 0, "\(result)")
            // meeting: #1 + #2 = 70 min; review: #2 + #4 = 35 min; (no tag): #3, 7 min. Amounts:
            // meeting 83.33 + 33.33, review 33.33 + 25.00.
            #expect(result.output == """
                tag,hours,h:mm,entries,amount EUR
                meeting,1.17,1:10,2,116.66
                review,0.58,0:35,2,58.33
                (no tag),0.12,0:07,1,0.00

                """)
            let table = await cli.run("sum", "--today", "--by", "tag")
            #expect(table.output.contains("An entry with several tags counts once for each tag; the total counts it once."), "\(table)")
            #expect(table.output.split(separator: "\n").contains { $0.hasPrefix("Total") && $0.contains("1:32:00") && $0.contains(" 4 ") },
                    "\(table)")
        }
    }

    @Test func roundingUpPerEntryAndToTheNearestPerGroup() async throws {
        try await withCLI { cli in
            let (a, b) = try Self.prepared(cli)
            // Up to 15 min per entry: 60 + 30 + 15 = 105 min for A (amounts 100 + 50 + 25), 15 for B.
            let up = await cli.run("sum", "--today", "--round", "15m", "--round-mode", "up", "--csv")
            #expect(up.output == """
                project,hours,h:mm,entries,amount EUR
                \(a),1.75,1:45,3,175.00
                \(b),0.25,0:15,1,0.00

                """, "\(up)")
            // Nearest 15 min per group: A's 85 min is 90, B's 7 min is 0; the total is their sum.
            let nearest = await cli.run("sum", "--today", "--round", "15m", "--round-per", "group")
            let lines = nearest.output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
            #expect(lines.contains { $0.hasPrefix("\(a) 1:30:00 3") }, "\(nearest)")
            #expect(lines.contains { $0.hasPrefix("\(b) 0:00:00 1") }, "\(nearest)")
            #expect(lines.contains { $0.hasPrefix("Total 1:30:00 4") }, "\(nearest)")
            #expect(nearest.output.contains("Times rounded to the nearest 15 min per group."), "\(nearest)")
        }
    }

    @Test func billableOnlyAndUsageErrors() async throws {
        try await withCLI { cli in
            let (a, _) = try Self.prepared(cli)
            let billable = await cli.run("sum", "--today", "--billable", "--by", "description", "--csv")
            // Design: #1 only (50 min); Review: #2 + #4 (35 min).
            #expect(billable.output == """
                description,hours,h:mm,entries,amount EUR
                Design,0.83,0:50,1,83.33
                Review,0.58,0:35,2,58.33

                """, "\(billable)")
            _ = a
            for bad in [["--by", "mood"], ["--by", "day,week,tag"], ["--by", "tag,tag"], ["--round-mode", "up"], ["--csv", "--json"]] {
                let result = await cli.run(["sum", "--today"] + bad)
                #expect(result.code == 2, "\(bad): \(result)")
            }
        }
    }

    @Test func gapsListsTheGapAndTheOverlapAndFillAddsTheGap() async throws {
        try await withCLI { cli in
            let (_, b) = try Self.prepared(cli)
            let listed = await cli.run("gaps", "--csv")
            #expect(listed.code == 0, "\(listed)")
            #expect(listed.output == """
                number,date,start,end,length,kind,before,after
                1,2026-11-23,09:10,09:20,0:10:00,gap,Review,Design
                ,2026-11-23,09:25,09:27,0:02:00,overlap,Design,Review

                """, "\(listed)")
            #expect(listed.requests.count <= 1)
            let filled = await cli.run("gaps", "fill", "1", "Coffee", "-p", b)
            #expect(filled.code == 0, "\(filled)")
            #expect(filled.output.hasPrefix("Added \"Coffee\""), "\(filled)")
            #expect(filled.requests == ["POST /api/v9/workspaces/\(cli.sandbox.world.timeEntries.all.first { $0.description == "Coffee" }?.workspaceID ?? 0)/time_entries"],
                    "\(filled)")
            let made = try #require(cli.sandbox.world.timeEntries.all.first { $0.description == "Coffee" })
            #expect(made.start == Self.at(9, 10) && made.stop == Self.at(9, 20))
            let after = await cli.run("gaps", "--json")
            #expect(!after.output.contains("\"gap\""), "the gap is filled: \(after)")
            let missing = await cli.run("gaps", "fill", "3", "Nothing")
            #expect(missing.code == 5 && missing.errors.contains("there is no gap 3"), "\(missing)")
            let unreadable = await cli.run("gaps", "fill", "soon", "Nothing")
            #expect(unreadable.code == 2, "\(unreadable)")
        }
    }
}
