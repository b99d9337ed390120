import Foundation
import Testing
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// The app against the sandbox over real HTTP: each flow's effect on the server, and the
/// requests it spends.
@Suite(.serialized) struct RuntimeSandboxFlowTests {
    @Test func launchSpendsOneRequestAndShowsTheAccount() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        let state = harness.driver.state
        #expect(state.profile?.fullname == "Alex Demo")
        #expect(state.currentWorkspace?.name == "Northwind Studio")
        #expect(!state.projectRows.isEmpty)
        #expect(state.runningEntry != nil)
        #expect(!state.dayEntries.isEmpty)
        #expect(harness.requests == ["GET /api/v9/me", "GET /api/v9/me/preferences"])
        await harness.stop()
    }

    @Test func startOnAProjectCreatesARunningEntryWithCreatedWith() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        let project = try #require(harness.driver.state.projectRows.first)
        await harness.press(.character("3"), KeyEvent(.enter))
        #expect(harness.requests == ["POST /api/v9/workspaces/\(project.workspaceID)/time_entries"])
        let running = harness.sandbox.world.timeEntries.all.filter { $0.isRunning && $0.deletedAt == nil }
        #expect(running.count == 1)
        #expect(running.first?.projectID == project.id)
        #expect(running.first?.duration ?? 0 < 0)
        #expect(running.first?.createdWith.hasPrefix("toggl-tui/") == true)
        #expect(harness.driver.state.runningEntry?.id == running.first?.id)
        await harness.stop()
    }

    @Test func startWithDescriptionAndTagsThenStop() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("s"))
        await harness.type("Write the quarterly report")
        await harness.press(KeyEvent(.tab), KeyEvent(.tab), KeyEvent(.tab), KeyEvent(.enter))   // tags picker
        await harness.type("writing")
        await harness.press(KeyEvent(.enter), .ctrl("s"))
        let created = try #require(harness.sandbox.world.timeEntries.all.last)
        #expect(created.description == "Write the quarterly report")
        #expect(created.isRunning)
        let tagNames = created.tagIDs.compactMap { harness.sandbox.world.tags[$0]?.name }
        #expect(tagNames == ["writing"])
        await harness.press(.character("x"))
        let stopped = try #require(harness.sandbox.world.timeEntries[created.id])
        #expect(!stopped.isRunning)
        #expect(harness.requests.count == 2, "\(harness.requests)")
        #expect(harness.requests.last?.hasSuffix("/time_entries/\(created.id)/stop") == true)
        #expect(harness.driver.state.runningEntry == nil)
        await harness.stop()
    }

    @Test func continueDeleteAndWorkspaceSwitch() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        // Continue the second entry of today.
        harness.sandbox.clearRequestLog()
        await harness.press(.character("5"), .character("j"), .character("c"))
        #expect(harness.requests.count == 1, "\(harness.requests)")
        let continued = try #require(harness.driver.state.runningEntry)
        #expect(continued.id > 0)
        // Delete the running entry.
        await harness.press(.character("g"), .character("d"), .character("y"))
        #expect(harness.sandbox.world.timeEntries[continued.id]?.deletedAt != nil)
        #expect(harness.requests.count == 2)
        // Switch workspace: no request.
        await harness.press(.character("1"), .character("j"), KeyEvent(.enter))
        #expect(harness.driver.state.currentWorkspace?.name == "Personal")
        #expect(harness.requests.count == 2)
        await harness.stop()
    }

    @Test func clientNarrowsProjectsWithoutRequests() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("2"), .character("j"), KeyEvent(.enter))
        let state = harness.driver.state
        let client = try #require(state.clientFilter)
        #expect(state.projectRows.allSatisfy { $0.clientID == client })
        #expect(state.focus == .projects)
        #expect(harness.requests.isEmpty)
        await harness.stop()
    }

    @Test func aStopAskedForWhileTheCreateIsInFlightIsSentBeforeQuitting() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        // Start on a project, stop and quit at once: the create has not answered yet.
        for key in [KeyEvent.character("3"), KeyEvent(.enter), .character("x"), .character("q")] {
            harness.driver.send(.key(key))
        }
        #expect(harness.driver.state.isQuitting)
        await harness.driver.finishPending(timeoutSeconds: 10)
        #expect(!harness.driver.isBusy)
        // The demo's timer is stopped, and the new entry, stopped before it was sent, is created finished.
        #expect(harness.requests.count == 2, "\(harness.requests)")
        #expect(harness.requests.last?.hasPrefix("POST ") == true)
        let running = harness.sandbox.world.timeEntries.all.filter { $0.isRunning && $0.deletedAt == nil }
        #expect(running.isEmpty)
        await harness.stop()
    }

    @Test func weeksBeyondThreeMonthsComeFromReportsAndMatchToggl() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        // Thirteen weeks back (24 Aug) is the first week reaching past the 89 days
        // /me/time_entries serves; fourteen (17 Aug) lies wholly beyond them.
        for _ in 1...12 { await harness.press(.character("{")) }
        harness.sandbox.clearRequestLog()
        await harness.press(.character("{"))
        #expect(harness.driver.state.day == LocalDay(year: 2026, month: 8, day: 24))
        let reports = ["POST /reports/api/v3/workspace/\(harness.workspaceID("Northwind Studio"))/search/time_entries",
                       "POST /reports/api/v3/workspace/\(harness.workspaceID("Personal"))/search/time_entries"].sorted()
        #expect(harness.requests.sorted() == reports)
        await harness.press(.character("{"))
        #expect(harness.requests.count == 4, "\(harness.requests)")

        // Each day shows exactly the user's entries Toggl has for it, tag names included.
        let world = harness.sandbox.world
        for day in 17...30 {
            let shown = LocalDay(year: 2026, month: 8, day: day)
            let window = DateInterval(start: shown.start(in: SandboxHarness.utc), end: shown.adding(days: 1).start(in: SandboxHarness.utc))
            let expected = world.timeEntries.all.filter { $0.start >= window.start && $0.start < window.end && $0.deletedAt == nil }
            let held = harness.driver.state.catalog.entries.values.filter { $0.start >= window.start && $0.start < window.end }
            #expect(Set(held.map(\.id)) == Set(expected.map(\.id)), "\(shown)")
            for record in expected {
                let entry = try #require(harness.driver.state.catalog.entries[record.id])
                #expect(entry.description == record.description)
                #expect(entry.projectID == record.projectID)
                #expect(entry.duration == record.duration)
                #expect(entry.tags.sorted() == record.tagIDs.compactMap { world.tags[$0]?.name }.sorted())
            }
        }
        #expect(world.timeEntries.all.contains { $0.start < LocalDay(year: 2026, month: 8, day: 24).start(in: SandboxHarness.utc) })

        // Walking forward and back again costs nothing more.
        await harness.press(.character("}"), .character("{"))
        #expect(harness.requests.count == 4, "\(harness.requests)")
        await harness.stop()
    }

    @Test func aWorkspaceWhoseReportFailsLeavesTheWeekToAskAgainWhileTheOthersShow() async throws {
        // Personal's organization has no requests left this hour.
        let world = DemoAccount.makeWorld(now: SandboxHarness.now, timeZone: SandboxHarness.utc.foundationTimeZone)
        let personal = try #require(world.workspaces.all.first { $0.name == "Personal" })
        let organization = personal.organizationID
        let harness = try await SandboxHarness.start(quota: QuotaSettings(userLimit: 1_000_000, organizationLimit: 1_000_000,
                                                                          organizationLimits: [organization: 0]))
        await harness.launch()
        for _ in 1...13 { await harness.press(.character("{")) }
        let week = DateInterval(start: LocalDay(year: 2026, month: 8, day: 24).start(in: SandboxHarness.utc), duration: 7 * 86_400)
        let northwind = harness.workspaceID("Northwind Studio")
        let held = Set(harness.driver.state.catalog.entries.values.filter { week.contains($0.start) }.map(\.id))
        let expected = Set(harness.sandbox.world.timeEntries.all.filter {
            $0.workspaceID == northwind && $0.start >= week.start && $0.start < week.end
        }.map(\.id))
        #expect(!expected.isEmpty)
        #expect(held == expected)
        #expect(harness.driver.state.status?.text.hasPrefix("Could not load older entries of Personal:") == true,
                "\(String(describing: harness.driver.state.status))")
        #expect(!harness.driver.state.fetchedWindows.contains(week))
        // Personal's bucket is now known to be empty: the next old week waits for its reset.
        harness.sandbox.clearRequestLog()
        await harness.press(.character("{"))
        #expect(harness.requests.isEmpty)
        #expect(harness.driver.state.status?.text.hasSuffix("reading again in 60 min.") == true)
        await harness.stop()
    }
}
