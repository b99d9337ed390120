import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// Random sessions of starts, stops, edits, adds and deletes while Toggl fails at random:
/// once Toggl is reachable again and the queue has drained, the server holds exactly what the
/// screen shows.
@Suite(.serialized) struct JournalPropertyTests {
    enum Action: CaseIterable {
        case start, stop, rename, add, delete, retry, failuresOn, failuresOff, wait
    }

    /// What both sides hold for today's entries: id, description, start, stop.
    struct Row: Hashable {
        var id: Int64
        var description: String
        var start: Date
        var stop: Date?
        var descriptionText: String { "\(id) \(description) \(start) \(stop.map { "\($0)" } ?? "running")" }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func serverEqualsLocalAfterRandomActionsAndFaults(seed: UInt64) async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 1)
        await harness.launch()
        var random = SeededRandom(seed: seed)
        var counter = 0
        for _ in 0..<18 {
            let action = Action.allCases[Int(random.next() % UInt64(Action.allCases.count))]
            counter += 1
            switch action {
            case .start:
                await harness.press(.character("s"))
                await harness.type("Task \(seed)-\(counter)")
                await harness.press(.ctrl("s"))
            case .stop:
                await harness.press(.character("x"))
            case .rename:
                guard harness.driver.state.runningEntry != nil else { continue }
                await harness.press(.character("3"), .character("e"), .ctrl("u"))
                await harness.type("Renamed \(seed)-\(counter)")
                await harness.press(.ctrl("s"))
            case .add:
                await harness.press(.character("5"), .character("a"))
                await harness.type("Added \(seed)-\(counter)")
                await harness.press(KeyEvent(.enter))
                if case .editor = harness.driver.state.overlay { await harness.press(KeyEvent(.escape)) }
            case .delete:
                await harness.press(.character("5"), .character("d"), .character("y"))
            case .retry:
                harness.driver.outbox?.retryNow()
                await harness.driver.settle()
            case .failuresOn:
                harness.sandbox.faults = SandboxFaults(serverErrorRate: 1, seed: seed)
            case .failuresOff:
                harness.sandbox.faults = .none
            case .wait:
                break
            }
            let now = harness.driver.state.now.addingTimeInterval(Double(60 + random.next() % 600))
            harness.driver.send(.tick(now))
            await harness.driver.settle()
        }
        // Toggl is back: the queue drains, then a sync shows Toggl's view.
        harness.sandbox.faults = .none
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()
        #expect(harness.driver.outbox?.unsentCount == 0)
        await harness.press(.character("r"))
        let state = harness.driver.state
        let dayStart = state.today.start(in: state.timeZone)
        let local = Set(state.catalog.entries.values.filter { $0.start >= dayStart }.map {
            Row(id: $0.id, description: $0.description ?? "", start: $0.start, stop: $0.stop)
        })
        let server = Set(harness.sandbox.world.timeEntries.all.filter { $0.deletedAt == nil && $0.userID == state.profile?.userID && $0.start >= dayStart }.map {
            Row(id: $0.id, description: $0.description ?? "", start: $0.start, stop: $0.stop)
        })
        #expect(local == server, "only local: \(local.subtracting(server).map(\.descriptionText)) only server: \(server.subtracting(local).map(\.descriptionText))")
        #expect(state.pendingWrites.isEmpty)
        await harness.stop()
    }
}
