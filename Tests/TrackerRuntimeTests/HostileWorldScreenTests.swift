import Foundation
import Testing
import TerminalUI
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// The app against a Toggl whose names and descriptions hold terminal escapes, C1 and bidi
/// controls, 10 000 characters, and whose entries hold durations near `Int64.max`: every screen
/// the user can reach draws without trapping and without a cell a terminal would obey, and the
/// store keeps the account across a restart exactly as Toggl sent it (durations saturated).
@Suite(.serialized)
struct HostileWorldScreenTests {
    static let world = HostileAccount.makeWorld(now: SandboxHarness.now, timeZone: SandboxHarness.utc.foundationTimeZone)
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40), Size(columns: 30, rows: 8)]

    /// Renders the state at every size and checks every cell.
    static func checkFrames(_ state: AppState, _ step: String) {
        for size in sizes {
            let frame = AppView.render(state, size: size)
            for y in 0..<size.rows {
                for cell in frame.row(y) where HostileAccount.isDangerous(cell.text) || cell.text.contains("\n") {
                    Issue.record("\(step) at \(size.columns)×\(size.rows), row \(y): a cell holds \(cell.text.unicodeScalars.map { String($0.value, radix: 16) })")
                }
            }
        }
    }

    @Test func everyScreenDrawsHostileDataWithoutTrappingOrEscapes() async throws {
        let harness = try await SandboxHarness.start(world: Self.world)
        await harness.launch()
        #expect(harness.driver.state.runningEntry != nil)
        Self.checkFrames(harness.driver.state, "launch")
        let steps: [(String, [KeyEvent])] = [
            ("workspaces", [.character("1")]), ("clients", [.character("2"), .character("j")]),
            ("projects", [.character("3"), .character("G")]), ("timer", [.character("4")]),
            ("entries", [.character("5"), .character("g")]), ("week", [.character("w")]), ("week off", [.character("w")]),
            ("edit", [.character("e")]), ("editor tab", [KeyEvent(.tab), KeyEvent(.tab)]), ("close", [KeyEvent(.escape)]),
            ("start", [.character("s"), .character("e")]), ("close start", [KeyEvent(.escape)]),
            ("filter", [.character("3"), .character("/"), .character("l")]), ("filter off", [KeyEvent(.escape)]),
            ("help", [.character("?")]), ("help off", [KeyEvent(.escape)]),
            ("yesterday", [.character("[")]), ("last week", [.character("{")]), ("today", [.character("t")]),
            ("delete asks", [.character("5"), .character("d")]), ("no", [KeyEvent(.escape)]),
            ("timeline", [.character("v")]), ("timeline earlier", [.character("h"), .character("h")]),
            ("timeline later", [KeyEvent(.right)]), ("timeline first", [.character("g")]), ("timeline off", [.character("v")]),
        ]
        for (name, keys) in steps {
            for key in keys { await harness.press(key) }
            Self.checkFrames(harness.driver.state, name)
        }
        let state = harness.driver.state
        let absurd = state.catalog.entries.values.filter { $0.description?.hasPrefix("absurd duration") == true }
        #expect(absurd.count == HostileAccount.absurdDurations.count)
        #expect(absurd.allSatisfy { abs($0.duration) <= DurationLimit.seconds })
        #expect(state.weekTotalSeconds > 0)
        // Days, projects and the week add up, absurd entries and all (the shares stay ≤ 100 %).
        let week = state.weekSummary
        #expect(week.totalSeconds == state.weekTotalSeconds)
        #expect(week.byProject.allSatisfy { $0.seconds <= week.totalSeconds })
        await harness.stop()
    }

    @Test func theStoreKeepsAHostileAccountAcrossARestart() async throws {
        let harness = try await SandboxHarness.start(world: Self.world)
        let folder = try LocalStoreTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = LocalStoreTests.Run(harness, folder: folder)
        await first.launch()
        harness.sandbox.clearRequestLog()
        let second = LocalStoreTests.Run(harness, folder: folder)
        #expect(second.store.restore(into: second.driver))
        #expect(harness.requests.isEmpty)
        #expect(second.driver.state.catalog.entries == first.driver.state.catalog.entries)
        #expect(second.driver.state.catalog.projects == first.driver.state.catalog.projects)
        Self.checkFrames(second.driver.state, "first frame from the store")
        await harness.stop()
    }
}
