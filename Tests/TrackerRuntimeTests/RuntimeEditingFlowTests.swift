import Foundation
import Testing
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// Editing flows against the sandbox: add, edit (running and past), new client and project,
/// filter, sync — each with the requests it spends.
@Suite(.serialized) struct RuntimeEditingFlowTests {
    @Test func addAFinishedEntrySpendsOneCreate() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("5"), .character("a"))
        await harness.type("Forgot to track: client call")
        // Start and stop fields: replace with 06:00 and 06:45.
        await harness.press(KeyEvent(.tab), KeyEvent(.tab), KeyEvent(.tab), KeyEvent(.tab), KeyEvent(.tab), .ctrl("u"))
        await harness.type("6:00")
        await harness.press(KeyEvent(.tab), .ctrl("u"))
        await harness.type("6:45")
        await harness.press(KeyEvent(.enter))
        #expect(harness.requests.count == 1)
        let added = try #require(harness.sandbox.world.timeEntries.all.last)
        #expect(added.description == "Forgot to track: client call")
        #expect(added.duration == 45 * 60)
        #expect(!added.isRunning)
        #expect(harness.driver.state.catalog.entries[added.id] != nil)
        await harness.stop()
    }

    @Test func editThePastEntrySendsOnlyWhatChanged() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("5"), .character("j"), .character("e"), .ctrl("u"))
        await harness.type("Renamed in the terminal")
        await harness.press(.ctrl("s"))
        #expect(harness.requests.count == 1)
        #expect(harness.requests.first?.hasPrefix("PUT ") == true)
        let body = try #require(harness.sandbox.requestLog.first?.body)
        #expect(body == #"{"description":"Renamed in the terminal"}"#)
        let id = try #require(harness.driver.state.selectedID(in: .entries))
        #expect(harness.sandbox.world.timeEntries[id]?.description == "Renamed in the terminal")
        await harness.stop()
    }

    @Test func editTheRunningEntryStartTime() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        let running = try #require(harness.driver.state.runningEntry)
        harness.sandbox.clearRequestLog()
        // From the timer pane, e edits the running entry; its fields end with Start.
        await harness.press(.character("4"), .character("e"), KeyEvent(.backTab), .ctrl("u"))
        await harness.type("9:00")
        await harness.press(KeyEvent(.enter))
        #expect(harness.requests.count == 1)
        let updated = try #require(harness.sandbox.world.timeEntries[running.id])
        #expect(updated.isRunning)
        #expect(updated.start == SandboxHarness.now.addingTimeInterval(-3600))
        await harness.stop()
    }

    @Test func newClientAndProjectEachSpendOneRequest() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("2"), .character("n"))
        await harness.type("Wayne Enterprises")
        await harness.press(KeyEvent(.enter))
        #expect(harness.sandbox.world.clients.all.contains { $0.name == "Wayne Enterprises" })
        let client = try #require(harness.driver.state.catalog.clients.values.first { $0.name == "Wayne Enterprises" })
        #expect(client.id > 0)
        // Narrow to the new client, then create a project in it.
        await harness.press(.character("g"))
        for _ in 0..<20 where harness.driver.state.selectedID(in: .clients) != client.id {
            await harness.press(.character("j"))
        }
        await harness.press(KeyEvent(.enter), .character("n"))
        await harness.type("Bat Signal")
        await harness.press(KeyEvent(.enter))
        let project = try #require(harness.sandbox.world.projects.all.first { $0.name == "Bat Signal" })
        #expect(project.clientID == client.id)
        #expect(harness.driver.state.projectRows.map(\.name) == ["Bat Signal"])
        #expect(harness.requests.count == 2)
        await harness.stop()
    }

    @Test func filterNarrowsWithoutRequestsAndSyncSpendsOne() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.clearRequestLog()
        await harness.press(.character("3"), .character("/"))
        await harness.type("web")
        await harness.press(KeyEvent(.enter))
        #expect(harness.driver.state.projectRows.allSatisfy { FuzzyMatcher.match("web", in: $0.name) != nil })
        #expect(!harness.driver.state.projectRows.isEmpty)
        #expect(harness.requests.isEmpty)
        await harness.press(.character("r"))
        #expect(harness.requests == ["GET /api/v9/me"])
        #expect(harness.driver.state.status?.text == "Synced.")
        await harness.stop()
    }

    @Test func quotaExhaustionIsShownWithTheResetTime() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        harness.sandbox.quotaSettings = QuotaSettings(userLimit: 2)
        await harness.press(.character("r"))
        let state = harness.driver.state
        #expect(state.status?.level == .error)
        #expect(state.status?.text.contains("hourly request limit") == true)
        #expect(state.status?.text.contains("resets in") == true)
        #expect(state.quota.contains { $0.scope == .user && $0.remaining == 0 })
        await harness.stop()
    }
}
