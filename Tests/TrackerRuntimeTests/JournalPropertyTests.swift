import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// Random sessions of starts, stops, edits, adds and deletes while Toggl fails at random — 5xx
/// before anything changes, connections dropped before anything changes, answers lost after
/// the change was made (at once, and by a client timeout): once Toggl is reachable again and
/// the queue has drained, the server holds exactly what the user made, as the screen showed it
/// before any sync (a sync would rebuild today from Toggl's answer and hide a lost write). Every
/// kind of fault a seed switches on is checked to have fired.
@Suite(.serialized) struct JournalPropertyTests {
    enum Action: CaseIterable {
        case start, stop, rename, add, delete, retry, serverErrors, drops, lostAnswer, timeout, healthy, wait
    }

    /// A kind of failure the sandbox injected.
    enum Fault: String, Hashable {
        case serverError = "5xx", dropped = "dropped connection", lostAnswer = "lost answer", timeout = "commit then time out"
    }

    /// What both sides hold for today's entries: id, description, start, stop.
    struct Row: Hashable {
        var id: Int64
        var description: String
        var start: Date
        var stop: Date?
        var descriptionText: String { "\(id) \(description) \(start) \(stop.map { "\($0)" } ?? "running")" }
    }

    /// Seeds 10, 13, 30 and 35 (of 9–40) once ended with a replayed stop, edit or delete taken for
    /// a conflict with the app's own earlier write — an answer lost, or a timer Toggl stopped
    /// itself when the next one started — until the outbox learned its own changes
    /// (`Outbox.State.ownChanges`).
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8, 10, 13, 30, 35])
    func serverHoldsWhatTheUserMadeAfterRandomActionsAndFaults(seed: UInt64) async throws {
        try await Self.session(seed: seed)
    }

    /// One random session of `seed` (see the type).
    static func session(seed: UInt64) async throws {
        // A 3 s client timeout, for the "commit then time out" fault (the sandbox withholds the
        // answer 5 s). A timeout on a starved machine is one more lost answer, which the property
        // must survive too: this test asserts outcomes, never request counts.
        let harness = try await SandboxHarness.start(timeoutSeconds: 3)
        await harness.launch()
        var random = SeededRandom(seed: seed)
        var counter = 0
        // The fault switched on, and where the request log stood then: when it is switched off,
        // it must have fired if a request (a write, for the withheld answers) came meanwhile.
        var armed: (fault: Fault, logIndex: Int)?
        var fired: Set<Fault> = []
        func disarm() {
            defer { armed = nil }
            guard let (fault, index) = armed else { return }
            let window = Array(harness.sandbox.requestLog.dropFirst(index))
            let writes = window.filter { ["POST", "PUT", "PATCH", "DELETE"].contains($0.method) }
            let didFire: Bool
            switch fault {
            case .serverError:
                guard !window.isEmpty else { return }
                didFire = window.contains { (500..<600).contains($0.status) }
            case .dropped:
                guard !window.isEmpty else { return }
                didFire = window.contains { $0.status == 0 }
            case .lostAnswer, .timeout:
                guard !writes.isEmpty else { return }
                didFire = harness.sandbox.faults.commitThenTimeout == 0
            }
            #expect(didFire, "seed \(seed): \(fault.rawValue) was on for \(window.count) requests and never fired")
            if didFire { fired.insert(fault) }
        }
        func arm(_ faults: SandboxFaults, _ fault: Fault) {
            disarm()
            harness.sandbox.faults = faults
            armed = (fault, harness.sandbox.requestLog.count)
        }
        for _ in 0..<24 {
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
            case .serverErrors:
                arm(SandboxFaults(serverErrorRate: 1, seed: seed), .serverError)
            case .drops:
                arm(SandboxFaults(dropConnectionRate: 1, seed: seed), .dropped)
            case .lostAnswer:
                // The next write is made, and its connection closes without an answer.
                arm(SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0, seed: seed), .lostAnswer)
            case .timeout:
                // The next write is made, and its answer is held past the client's timeout.
                arm(SandboxFaults(commitThenTimeout: 1, withholdSeconds: 5, seed: seed), .timeout)
            case .healthy:
                disarm()
                harness.sandbox.faults = .none
            case .wait:
                break
            }
            if let current = armed?.fault, [.lostAnswer, .timeout].contains(current), harness.sandbox.faults.commitThenTimeout == 0 {
                disarm()   // the withheld write happened: back to normal
                harness.sandbox.faults = .none
            }
            let now = harness.driver.state.now.addingTimeInterval(Double(60 + random.next() % 600))
            // Toggl's clock moves with the user's, as it does in life (a start stops the old
            // timer, and a stop ends the entry, at Toggl's now).
            harness.sandbox.setClock(.frozen(at: now))
            harness.driver.send(.tick(now))
            await harness.driver.settle()
        }
        disarm()
        // Toggl is back: the queue drains (a lost answer is reconciled, which may take a round).
        harness.sandbox.faults = .none
        for _ in 0..<6 where (harness.driver.outbox?.unsentCount ?? 0) > 0 || !harness.driver.state.pendingWrites.isEmpty {
            harness.driver.outbox?.retryNow()
            await harness.driver.settle()
        }
        #expect(harness.driver.outbox?.unsentCount == 0)
        #expect(harness.driver.state.pendingWrites.isEmpty)
        #expect(harness.driver.state.failedWrites.isEmpty, "refused: \(harness.driver.state.failedWrites)")

        // What the user made, before any sync, is what Toggl holds.
        let made = rows(harness.driver.state)
        let server = serverRows(harness)
        #expect(made == server, "seed \(seed) — only here: \(made.subtracting(server).map(\.descriptionText)) only on Toggl: \(server.subtracting(made).map(\.descriptionText))")
        // And a sync changes nothing of it.
        await harness.press(.character("r"))
        #expect(rows(harness.driver.state) == made)

        print("JournalPropertyTests seed \(seed): faults fired \(fired.map(\.rawValue).sorted()), \(made.count) entries today, \(harness.sandbox.requestLog.count) requests")
        await harness.stop()
    }

    /// Today's entries as the screen holds them.
    static func rows(_ state: AppState) -> Set<Row> {
        let dayStart = state.today.start(in: state.timeZone)
        return Set(state.catalog.entries.values.filter { $0.start >= dayStart }.map {
            Row(id: $0.id, description: $0.description ?? "", start: $0.start, stop: $0.stop)
        })
    }

    /// Today's entries of the user as Toggl holds them.
    static func serverRows(_ harness: SandboxHarness) -> Set<Row> {
        let state = harness.driver.state
        let dayStart = state.today.start(in: state.timeZone)
        return Set(harness.sandbox.world.timeEntries.all.filter {
            $0.deletedAt == nil && $0.userID == state.profile?.userID && $0.start >= dayStart
        }.map { Row(id: $0.id, description: $0.description ?? "", start: $0.start, stop: $0.stop) })
    }
}
