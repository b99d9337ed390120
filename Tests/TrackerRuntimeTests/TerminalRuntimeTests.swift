import Foundation
import Testing
import TerminalUI
import TogglSandbox
import TrackerCore
@testable import TrackerRuntime

/// The whole loop — keys in, frames out — on a headless terminal against the sandbox.
@Suite(.serialized) struct TerminalRuntimeTests {
    @Test func scriptedSessionStartsAndStopsATimerAndDrawsIt() async throws {
        // Generous limits: on a loaded machine running every suite at once, a request can stall
        // for seconds; the test is about the loop, not about timeouts.
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        let terminal = HeadlessTerminal(size: Size(columns: 100, rows: 30))
        let driver = harness.driver
        let runtime = TerminalRuntime(backend: terminal, driver: driver, render: AppView.render,
                                      clock: { SandboxHarness.now }, pollMilliseconds: 1)
        terminal.isIdle = { !driver.isBusy && driver.state.sync != .syncing && driver.state.sync != .starting }
        terminal.onScriptEnd = { runtime.requestQuit() }
        terminal.enqueue([.key(.character("s"))] + "Runtime test".map { .key(.character($0)) } + [.key(KeyEvent(.enter))])
        terminal.enqueue([.key(.character("x"))])
        terminal.enqueue([.resize(Size(columns: 80, rows: 24))])

        try await runtime.run(finishingWritesWithin: 30)

        #expect(!terminal.isStarted)
        let created = try #require(harness.sandbox.world.timeEntries.all.last)
        #expect(created.description == "Runtime test")
        #expect(!created.isRunning)
        #expect(harness.requests.suffix(2).map { $0.components(separatedBy: " ").first } == ["POST", "PATCH"])
        let frame = try #require(terminal.lastFrame)
        #expect(frame.size == Size(columns: 80, rows: 24))
        #expect(frame.textDump().contains("Stopped “Runtime test”"))
        #expect(terminal.frames.contains { $0.textDump().contains("Started “Runtime test”") })
        await harness.stop()
    }

    @Test func qEndsTheLoopAndStopsTheTerminal() async throws {
        let harness = try await SandboxHarness.start()
        let terminal = HeadlessTerminal(size: Size(columns: 100, rows: 30), events: [.key(.character("q"))])
        let driver = harness.driver
        terminal.isIdle = { !driver.isBusy }
        let runtime = TerminalRuntime(backend: terminal, driver: driver, render: AppView.render,
                                      clock: { SandboxHarness.now }, pollMilliseconds: 1)
        try await runtime.run(finishingWritesWithin: 5)
        #expect(driver.state.isQuitting)
        #expect(!terminal.isStarted)
        #expect(terminal.frames.count >= 1)
        await harness.stop()
    }
}
