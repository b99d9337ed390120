import Foundation
import Synchronization
import Testing
import TerminalUI
import TrackerCore
@testable import TrackerRuntime

/// The loop asks an idle source (a fake: no subprocess, no waiting — the clock is scripted)
/// while a timer runs, and opens the away dialog when the user is back from idle time.
@Suite(.serialized) struct TerminalRuntimeIdleTests {
    /// Answers from a script, at once, and counts the questions.
    final class ScriptedIdle: Sendable {
        let answers: Mutex<[IdleSource.Answer]>
        let asked = Mutex(0)
        init(_ answers: [IdleSource.Answer]) { self.answers = Mutex(answers) }
        /// How often the source was asked.
        var questions: Int { asked.withLock { $0 } }
        var source: IdleSource {
            IdleSource { reply in
                self.asked.withLock { $0 += 1 }
                let answer = self.answers.withLock { $0.isEmpty ? IdleSource.Answer.active(since: nil) : $0.removeFirst() }
                reply(answer)
            }
        }
    }

    /// Runs the loop over the launched demo account (its timer running) for `polls` turns of
    /// `step` seconds each from 10:00; `onPoll` may queue keys.
    static func run(_ idle: ScriptedIdle, polls: Int, step: TimeInterval = 10, awayAfter: Double = 10,
                    onPoll: @escaping (Int, HeadlessTerminal) -> Void = { _, _ in }) async throws -> (SandboxHarness, [String]) {
        let harness = try await SandboxHarness.start { settings in
            settings.awayAfterMinutes = awayAfter
            settings.workHours = .off
        }
        await harness.launch()
        let driver = harness.driver
        let terminal = HeadlessTerminal(size: Size(columns: 100, rows: 30))
        let seconds = Mutex(0.0)
        let lines = Mutex<[String]>([])
        let runtime = TerminalRuntime(backend: terminal, driver: driver, render: AppView.render,
                                      clock: { SandboxHarness.now.addingTimeInterval(seconds.withLock { $0 }) },
                                      pollMilliseconds: 0, monotonicClock: { seconds.withLock { $0 } },
                                      idleSource: idle.source, log: { line in lines.withLock { $0.append(line) } })
        terminal.isIdle = { !driver.isBusy }
        let turns = Mutex(0)
        terminal.onScriptEnd = {
            let turn = turns.withLock { $0 += 1; return $0 }
            seconds.withLock { $0 += step }
            onPoll(turn, terminal)
            if turn == polls { runtime.requestQuit() }
        }
        // On a thread of its own, as the app runs it: the loop never waits, and on the
        // cooperative pool (two threads on two cores) it would starve the sandbox it talks to.
        try await runtime.run(finishingWritesWithin: 30)
        return (harness, lines.withLock { $0 })
    }

    @Test func idleForAnHourThenBackOpensTheAwayDialogOverTheIdleStretch() async throws {
        let from = SandboxHarness.now.addingTimeInterval(-80 * 60)
        let back = SandboxHarness.now.addingTimeInterval(40 * 60 + 5)
        let idle = ScriptedIdle([.idle(since: from), .idle(since: from), .active(since: back)])
        // 10 s a turn: asked at 10:00, 10:00:30 and 10:01:00 — and then the dialog is open.
        let (harness, log) = try await Self.run(idle, polls: 7, step: 10)
        let running = try #require(harness.driver.state.runningEntry)
        #expect(idle.questions == 3)
        // The answer asked at 10:01:00 is taken in on the next turn (10:01:10); its "back" lies
        // later still, so it is clamped to then. The stretch starts no earlier than the timer.
        let now = SandboxHarness.now.addingTimeInterval(70)
        #expect(harness.driver.state.overlay == .away(AwayDialog(entryID: running.id, from: max(from, running.start), until: now)))
        #expect(log.isEmpty)
        await harness.stop()
    }

    @Test func aKeyAfterAnIdleAnswerEndsTheStretchAtOnce() async throws {
        let from = SandboxHarness.now.addingTimeInterval(-45 * 60)
        let idle = ScriptedIdle([.idle(since: from)])
        let (harness, _) = try await Self.run(idle, polls: 4, step: 5) { turn, terminal in
            if turn == 2 { terminal.enqueue([.key(KeyEvent(.down))]) }
        }
        let running = try #require(harness.driver.state.runningEntry)
        #expect(idle.questions == 1)
        #expect(harness.driver.state.overlay
            == .away(AwayDialog(entryID: running.id, from: max(from, running.start), until: SandboxHarness.now.addingTimeInterval(10))))
        await harness.stop()
    }

    @Test func aSourceThatCannotWorkIsLoggedOnceAndNotAskedAgain() async throws {
        let idle = ScriptedIdle([.unavailable(reason: "loginctl is not on PATH")])
        let (harness, log) = try await Self.run(idle, polls: 20, step: 10)
        #expect(idle.questions == 1)
        #expect(log == ["away time: from sleep only, not idle time: loginctl is not on PATH"])
        #expect(harness.driver.state.overlay == nil)
        await harness.stop()
    }

    @Test func awayAfterZeroAsksNothing() async throws {
        let idle = ScriptedIdle([.idle(since: SandboxHarness.now.addingTimeInterval(-3600))])
        let (harness, log) = try await Self.run(idle, polls: 10, step: 10, awayAfter: 0)
        #expect(idle.questions == 0)
        #expect(log.isEmpty && harness.driver.state.overlay == nil)
        await harness.stop()
    }
}
