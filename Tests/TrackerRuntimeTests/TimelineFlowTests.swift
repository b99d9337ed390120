import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// The timeline's writes against the sandbox: fill a gap, trim an overlap, split, join — each
/// spends exactly the requests it should, `u` puts Toggl back as it was, and offline the same
/// reach Toggl once when it is back.
@Suite(.serialized) struct TimelineFlowTests {
    /// An entry on Toggl without its id (undoing a delete brings the entry back under a new one).
    struct Shape: Hashable, CustomStringConvertible {
        var description: String
        var start: Date
        var stop: Date?
        var projectID: Int64?

        init(_ record: TimeEntryRecord) {
            description = record.description ?? ""
            start = record.start
            stop = record.stop
            projectID = record.projectID
        }

        init(_ entry: TimeEntry) {
            description = entry.description ?? ""
            start = entry.start
            stop = entry.stop
            projectID = entry.projectID
        }
    }

    /// Today at a UTC time.
    static func at(_ hour: Int, _ minute: Int = 0) -> Date {
        SandboxHarness.now.addingTimeInterval(TimeInterval((hour - 10) * 3600 + minute * 60))
    }

    /// The demo user's day replaced by: Design 8:00–8:50 and Review 8:40–9:10 (both on the
    /// first project; they overlap 8:40–8:50), a gap, Write-up 9:20–9:40 (second project).
    /// Returns the workspace, the projects and the three ids.
    static func prepare(_ harness: SandboxHarness) -> (workspace: Int64, first: Int64, second: Int64, ids: [Int64]) {
        var result: (Int64, Int64, Int64, [Int64]) = (0, 0, 0, [])
        harness.sandbox.updateWorld { world in
            let user = world.users.all.first { $0.apiToken == DemoAccount.apiToken }?.id ?? 0
            for entry in world.timeEntries.all where entry.userID == user { _ = world.timeEntries.remove(entry.id) }
            let workspace = world.workspaces(of: user).min { $0.id < $1.id }?.id ?? 0
            let projects = world.projects.filter { $0.workspaceID == workspace && $0.active }.sorted { $0.id < $1.id }
            let rows: [(Int, Int, Int, Int, Int64, String)] = [
                (8, 0, 8, 50, projects[0].id, "Design"), (8, 40, 9, 10, projects[0].id, "Review"), (9, 20, 9, 40, projects[1].id, "Write-up"),
            ]
            var ids: [Int64] = []
            for (index, row) in rows.enumerated() {
                let start = at(row.0, row.1), stop = at(row.2, row.3)
                let id = 8_000_000 + Int64(index)
                ids.append(id)
                world.timeEntries.upsert(TimeEntryRecord(
                    id: id, workspaceID: workspace, userID: user, projectID: row.4, start: start, stop: stop,
                    duration: Int(stop.timeIntervalSince(start)), description: row.5, createdWith: "test", at: SandboxHarness.now))
            }
            result = (workspace, projects[0].id, projects[1].id, ids)
        }
        return result
    }

    /// The live entries Toggl holds for the day.
    static func server(_ harness: SandboxHarness) -> Set<Shape> {
        Set(harness.sandbox.world.timeEntries.all.filter { $0.deletedAt == nil && $0.start >= at(0) }.map(Shape.init))
    }

    /// The day's entries the screen shows.
    static func screen(_ harness: SandboxHarness) -> Set<Shape> {
        Set(harness.driver.state.dayTimeline.blocks.map { Shape($0.entry) })
    }

    /// A harness with the prepared day, launched, the timeline open (cursor on Write-up).
    static func started() async throws -> (SandboxHarness, (workspace: Int64, first: Int64, second: Int64, ids: [Int64])) {
        let harness = try await SandboxHarness.start()
        let day = prepare(harness)
        await harness.launch()
        await harness.press(.character("v"))
        harness.sandbox.clearRequestLog()
        return (harness, day)
    }

    @Test func fillingAGapIsOneCreateAndUndoIsOneDelete() async throws {
        let (harness, day) = try await Self.started()
        let before = Self.server(harness)
        await harness.press(.character("h"))
        #expect(harness.driver.state.timelineCursor == .gap(before: day.ids[1], after: day.ids[2]))
        await harness.press(.character("f"))
        await harness.type("Notes")
        await harness.press(.ctrl("s"))
        let added = try #require(harness.sandbox.world.timeEntries.all.first { $0.description == "Notes" && $0.deletedAt == nil })
        #expect(harness.requests == ["POST /api/v9/workspaces/\(day.workspace)/time_entries"])
        #expect(added.start == Self.at(9, 10))
        #expect(added.stop == Self.at(9, 20))
        #expect(added.projectID == day.first)
        #expect(harness.driver.state.dayTimeline.items.allSatisfy { if case .stretch(let s) = $0 { s.kind != .gap } else { true } })
        #expect(Self.screen(harness) == Self.server(harness))

        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        #expect(harness.requests == ["DELETE /api/v9/workspaces/\(day.workspace)/time_entries/\(added.id)"])
        #expect(Self.server(harness) == before)
        #expect(Self.screen(harness) == before)
        await harness.stop()
    }

    @Test func trimmingAnOverlapIsOneUpdateAndUndoIsAnother() async throws {
        let (harness, day) = try await Self.started()
        let before = Self.server(harness)
        await harness.press(.character("g"), .character("l"))
        #expect(harness.driver.state.timelineCursor == .overlap(earlier: day.ids[0], later: day.ids[1]))
        await harness.press(.character("o"))
        let path = "PUT /api/v9/workspaces/\(day.workspace)/time_entries/\(day.ids[0])"
        #expect(harness.requests == [path])
        #expect(harness.sandbox.world.timeEntries[day.ids[0]]?.stop == Self.at(8, 40))
        #expect(harness.sandbox.world.timeEntries[day.ids[0]]?.duration == 2400)
        #expect(Self.screen(harness) == Self.server(harness))

        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        #expect(harness.requests == [path])
        #expect(Self.server(harness) == before)
        #expect(Self.screen(harness) == before)
        await harness.stop()
    }

    @Test func splittingIsAnUpdateAndACreateAndUndoADeleteAndAnUpdate() async throws {
        let (harness, day) = try await Self.started()
        let before = Self.server(harness)
        await harness.press(.character("g"), .character("S"), .ctrl("u"))
        await harness.type("8:20")
        await harness.press(KeyEvent(.enter))
        let update = "PUT /api/v9/workspaces/\(day.workspace)/time_entries/\(day.ids[0])"
        #expect(harness.requests == [update, "POST /api/v9/workspaces/\(day.workspace)/time_entries"])
        let designs = harness.sandbox.world.timeEntries.all.filter { $0.description == "Design" && $0.deletedAt == nil }.sorted { $0.start < $1.start }
        #expect(designs.map(\.start) == [Self.at(8), Self.at(8, 20)])
        #expect(designs.map(\.stop) == [Self.at(8, 20), Self.at(8, 50)])
        #expect(designs.allSatisfy { $0.projectID == day.first && $0.workspaceID == day.workspace })
        #expect(Self.screen(harness) == Self.server(harness))

        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        #expect(harness.requests == ["DELETE /api/v9/workspaces/\(day.workspace)/time_entries/\(designs[1].id)", update])
        #expect(Self.server(harness) == before)
        #expect(Self.screen(harness) == before)
        await harness.stop()
    }

    @Test func splittingTheRunningEntryIsAnUpdateAndAStartAndUndoADeleteAndAResume() async throws {
        let harness = try await SandboxHarness.start()
        let day = Self.prepare(harness)
        harness.sandbox.updateWorld { world in
            let user = world.users.all.first { $0.apiToken == DemoAccount.apiToken }?.id ?? 0
            world.timeEntries.upsert(TimeEntryRecord(
                id: 8_000_010, workspaceID: day.workspace, userID: user, projectID: day.second, start: Self.at(9, 40), stop: nil,
                duration: -1, description: "Inbox", createdWith: "test", at: SandboxHarness.now))
        }
        await harness.launch()
        await harness.press(.character("v"))
        #expect(harness.driver.state.timelineCursor == nil)
        #expect(harness.driver.state.runningEntry?.id == 8_000_010)
        let before = Self.server(harness)
        harness.sandbox.clearRequestLog()
        await harness.press(.character("S"), .ctrl("u"))
        await harness.type("9:50")
        await harness.press(KeyEvent(.enter))
        let inboxes = harness.sandbox.world.timeEntries.all.filter { $0.description == "Inbox" && $0.deletedAt == nil }.sorted { $0.start < $1.start }
        #expect(inboxes.map(\.start) == [Self.at(9, 40), Self.at(9, 50)])
        #expect(inboxes.map(\.stop) == [Self.at(9, 50), nil])
        #expect(inboxes.last?.isRunning == true)
        #expect(harness.requests == [
            "PUT /api/v9/workspaces/\(day.workspace)/time_entries/8000010", "POST /api/v9/workspaces/\(day.workspace)/time_entries",
        ])
        #expect(Self.screen(harness) == Self.server(harness))

        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        #expect(harness.requests == [
            "DELETE /api/v9/workspaces/\(day.workspace)/time_entries/\(inboxes[1].id)", "PUT /api/v9/workspaces/\(day.workspace)/time_entries/8000010",
        ])
        #expect(Self.server(harness) == before)
        #expect(harness.sandbox.world.timeEntries[8_000_010]?.isRunning == true)
        #expect(harness.driver.state.runningEntry?.id == 8_000_010)
        await harness.stop()
    }

    @Test func joiningIsAnUpdateAndADeleteAndUndoACreateAndAnUpdate() async throws {
        let (harness, day) = try await Self.started()
        let before = Self.server(harness)
        // Review (after Design and the overlap), joined with Write-up.
        await harness.press(.character("g"), .character("l"), .character("l"))
        #expect(harness.driver.state.timelineCursor == .entry(day.ids[1]))
        await harness.press(.character("J"))
        #expect(harness.requests == [])
        await harness.press(.character("y"))
        let update = "PUT /api/v9/workspaces/\(day.workspace)/time_entries/\(day.ids[1])"
        #expect(harness.requests == [update, "DELETE /api/v9/workspaces/\(day.workspace)/time_entries/\(day.ids[2])"])
        #expect(harness.sandbox.world.timeEntries[day.ids[1]]?.stop == Self.at(9, 40))
        #expect(harness.sandbox.world.timeEntries[day.ids[2]]?.deletedAt != nil)
        #expect(Self.screen(harness) == Self.server(harness))

        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        #expect(harness.requests == ["POST /api/v9/workspaces/\(day.workspace)/time_entries", update])
        #expect(Self.server(harness) == before)
        #expect(Self.screen(harness) == before)
        await harness.stop()
    }

    @Test func offlineAllFourReachTogglOnceWhenItIsBack() async throws {
        let (harness, day) = try await Self.started()
        let before = Self.server(harness)
        harness.sandbox.faults.isDown = true
        // Fill the gap (Notes 9:10–9:20), trim the overlap (Design to 8:40), split Design at
        // 8:20, then join Notes with Write-up (Notes to 9:40, Write-up deleted).
        await harness.press(.character("h"), .character("f"))
        await harness.type("Notes")
        await harness.press(.ctrl("s"), .character("g"), .character("l"), .character("o"))
        await harness.press(.character("g"), .character("S"), .ctrl("u"))
        await harness.type("8:20")
        await harness.press(KeyEvent(.enter))
        await harness.press(.character("G"), .character("h"))
        #expect(harness.driver.state.timelineCursor.map { if case .entry(let id) = $0 { id < 0 } else { false } } == true)
        await harness.press(.character("J"), .character("y"))
        let shown = Self.screen(harness)
        #expect(shown == [
            Shape(description: "Design", start: Self.at(8), stop: Self.at(8, 20), projectID: day.first),
            Shape(description: "Design", start: Self.at(8, 20), stop: Self.at(8, 40), projectID: day.first),
            Shape(description: "Review", start: Self.at(8, 40), stop: Self.at(9, 10), projectID: day.first),
            Shape(description: "Notes", start: Self.at(9, 10), stop: Self.at(9, 40), projectID: day.first),
        ])
        #expect(harness.driver.state.waitingWrites > 0)
        #expect(Self.server(harness) == before)

        harness.sandbox.faults.isDown = false
        harness.sandbox.clearRequestLog()
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()
        #expect(Self.server(harness) == shown, "\(harness.requests)")
        // One read of what Toggl changed meanwhile (replayed updates and deletes are checked for
        // conflicts), Design's trim and split folded into one update, the two creates (Notes
        // already joined with Write-up's end), and Write-up's delete.
        let writes = harness.requests.filter { !$0.hasPrefix("GET") }
        #expect(harness.requests.filter { $0.hasPrefix("GET") }.count == 1, "\(harness.requests)")
        #expect(writes.sorted() == [
            "DELETE /api/v9/workspaces/\(day.workspace)/time_entries/\(day.ids[2])",
            "POST /api/v9/workspaces/\(day.workspace)/time_entries",
            "POST /api/v9/workspaces/\(day.workspace)/time_entries",
            "PUT /api/v9/workspaces/\(day.workspace)/time_entries/\(day.ids[0])",
        ], "\(harness.requests)")
        #expect(harness.driver.state.pendingWrites.isEmpty)
        #expect(harness.driver.state.waitingWrites == 0)
        #expect(harness.driver.outbox?.unsentCount == 0)
        await harness.stop()
    }
}

extension TimelineFlowTests.Shape {
    init(description: String, start: Date, stop: Date?, projectID: Int64?) {
        self.description = description
        self.start = start
        self.stop = stop
        self.projectID = projectID
    }
}
