import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// The away dialog's choices against the sandbox: the requests each spends, and `u` putting
/// Toggl back as it was.
@Suite(.serialized) struct AwayFlowTests {
    static let from = SandboxHarness.now.addingTimeInterval(10 * 60)
    static let until = SandboxHarness.now.addingTimeInterval(70 * 60)

    /// Launched, the demo's timer running, the machine asleep from 10:10 to 11:10.
    static func asleep() async throws -> (SandboxHarness, TimeEntry) {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        let running = try #require(harness.driver.state.runningEntry)
        harness.driver.send(.tick(until))
        harness.driver.send(.away(from: from, until: until, cause: .sleep))
        await harness.driver.settle()
        #expect(harness.driver.state.overlay == .away(AwayDialog(entryID: running.id, from: from, until: until)))
        harness.sandbox.clearRequestLog()
        return (harness, running)
    }

    @Test func stopAtTheMomentTheUserLeftIsOnePutAndUndoResumesTheTimer() async throws {
        let (harness, running) = try await Self.asleep()
        await harness.press(.character("s"))
        #expect(harness.requests == ["PUT /api/v9/workspaces/\(running.workspaceID)/time_entries/\(running.id)"])
        #expect(harness.sandbox.world.timeEntries[running.id]?.stop == Self.from)
        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"))
        #expect(harness.requests == ["PUT /api/v9/workspaces/\(running.workspaceID)/time_entries/\(running.id)"])
        let resumed = try #require(harness.sandbox.world.timeEntries[running.id])
        #expect(resumed.isRunning && resumed.start == running.start)
        await harness.stop()
    }

    @Test func stopAndContinueIsAPutAndAPostAndTwoUndosPutTogglBack() async throws {
        let (harness, running) = try await Self.asleep()
        let before = Set(harness.sandbox.world.timeEntries.all.map(\.id))
        await harness.press(.character("c"))
        #expect(harness.requests == ["PUT /api/v9/workspaces/\(running.workspaceID)/time_entries/\(running.id)",
                                     "POST /api/v9/workspaces/\(running.workspaceID)/time_entries"])
        let continued = try #require(harness.sandbox.world.timeEntries.all.first { !before.contains($0.id) })
        #expect(continued.isRunning && continued.start == Self.until && continued.description == running.description)
        #expect(harness.sandbox.world.timeEntries[running.id]?.stop == Self.from)
        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"), .character("u"))
        #expect(harness.requests == ["DELETE /api/v9/workspaces/\(running.workspaceID)/time_entries/\(continued.id)",
                                     "PUT /api/v9/workspaces/\(running.workspaceID)/time_entries/\(running.id)"])
        #expect(harness.sandbox.world.timeEntries[continued.id]?.deletedAt != nil)
        #expect(harness.sandbox.world.timeEntries[running.id]?.isRunning == true)
        await harness.stop()
    }

    @Test func stopAndStartOtherIsOnePutThenTheStartEditorStartsTheNewTimer() async throws {
        let (harness, running) = try await Self.asleep()
        await harness.press(.character("n"))
        #expect(harness.requests == ["PUT /api/v9/workspaces/\(running.workspaceID)/time_entries/\(running.id)"])
        guard case .editor(let editor)? = harness.driver.state.overlay else { Issue.record("no start editor"); return }
        #expect(editor.mode == .start)
        harness.sandbox.clearRequestLog()
        await harness.type("Answering email")
        await harness.press(.ctrl("s"))
        #expect(harness.requests == ["POST /api/v9/workspaces/\(running.workspaceID)/time_entries"])
        #expect(harness.sandbox.world.timeEntries.all.contains { $0.description == "Answering email" && $0.isRunning })
        #expect(harness.sandbox.world.timeEntries[running.id]?.stop == Self.from)
        await harness.stop()
    }

    @Test func giveAwayContinuesTheTimerAndAddsTheAwayTimeAsItsOwnEntry() async throws {
        let (harness, running) = try await Self.asleep()
        await harness.press(.character("g"))
        #expect(harness.requests == ["PUT /api/v9/workspaces/\(running.workspaceID)/time_entries/\(running.id)",
                                     "POST /api/v9/workspaces/\(running.workspaceID)/time_entries"])
        guard case .editor(let editor)? = harness.driver.state.overlay else { Issue.record("no add editor"); return }
        #expect(editor.mode == .add)
        harness.sandbox.clearRequestLog()
        await harness.type("Lunch with the team")
        await harness.press(.ctrl("s"))
        #expect(harness.requests == ["POST /api/v9/workspaces/\(running.workspaceID)/time_entries"])
        let away = try #require(harness.sandbox.world.timeEntries.all.first { $0.description == "Lunch with the team" })
        #expect(away.start == Self.from && away.stop == Self.until, "exactly the away time")
        #expect(harness.sandbox.world.timeEntries.all.contains { $0.description == running.description && $0.isRunning && $0.start == Self.until })
        // Undone: the away entry goes, then the continued timer, then the stop.
        harness.sandbox.clearRequestLog()
        await harness.press(.character("u"), .character("u"), .character("u"))
        #expect(harness.requests.map { $0.split(separator: " ")[0] } == ["DELETE", "DELETE", "PUT"], "\(harness.requests)")
        #expect(harness.sandbox.world.timeEntries[running.id]?.isRunning == true)
        await harness.stop()
    }
}
