import Foundation
import Testing
import TogglAPI
import TogglModels
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// An hour of work in the demo's Free workspace ("Personal") under Toggl's quotas (`/me` 30 an
/// hour, the Free organization 30): timers started on a project that still says billable (as
/// after a downgrade), stopped, a manual sync, and the background syncs of every tick — Toggl
/// refuses nothing, and the entries it holds are as the screen shows them.
struct FreePlanHourTests {
    @Test func anHourInAFreeWorkspaceWithABillableProjectHasNothingRefused() async throws {
        var world = DemoAccount.makeWorld(now: SandboxHarness.now, timeZone: SandboxHarness.utc.foundationTimeZone)
        let personal = try #require(world.workspaces.all.first { $0.name == "Personal" })
        #expect(world.organizations[personal.organizationID]?.plan == .free)
        var project = try #require(world.projects.all.filter { $0.workspaceID == personal.id }.min { $0.name < $1.name })
        project.billable = true
        world.projects.upsert(project)
        let harness = try await SandboxHarness.start(world: world, quota: QuotaSettings(userLimit: 30, organizationLimit: 30))
        await harness.launch()
        // The Personal workspace, its projects pane.
        await harness.press(.character("1"), .character("g"))
        let rows = harness.driver.state.workspaceRows
        let index = try #require(rows.firstIndex { $0.id == personal.id })
        for _ in 0..<index { await harness.press(.character("j")) }
        await harness.press(KeyEvent(.enter))
        #expect(harness.driver.state.workspaceID == personal.id)

        var now = SandboxHarness.now
        for minute in 1...60 {
            now = now.addingTimeInterval(60)
            harness.sandbox.advanceClock(by: 60)
            harness.driver.send(.tick(now))
            switch minute % 12 {
            case 1:
                await harness.press(.character("3"), .character("g"))
                let row = try #require(harness.driver.state.projectRows.firstIndex { $0.id == project.id })
                for _ in 0..<row { await harness.press(.character("j")) }
                await harness.press(KeyEvent(.enter))
            case 10:
                await harness.press(.character("x"))
            case 11 where minute == 35:
                await harness.press(.character("r"))
            default:
                break
            }
            await harness.driver.settle()
        }

        let answers = harness.sandbox.requestLog
        let refused = answers.filter { !(200..<300).contains($0.status) }.map { "\($0.status) \($0.method) \($0.path)" }
        #expect(refused.isEmpty, "refused: \(refused)")
        #expect(harness.driver.state.failedWrites.isEmpty)
        // Five timers, each started and stopped; background syncs every 15 minutes besides.
        let made = harness.sandbox.world.timeEntries.all.filter { $0.projectID == project.id && $0.start > SandboxHarness.now }
        #expect(made.count == 5)
        #expect(made.allSatisfy { !$0.billable && !$0.isRunning })
        #expect(answers.filter { $0.method == "GET" && $0.path == "/api/v9/me" }.count >= 5)
        await harness.stop()
    }
}
