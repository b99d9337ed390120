import Foundation
import Synchronization
import Testing
import TerminalUI
import TrackerCore
@testable import TrackerRuntime

/// The loop without a network: what it draws, when it ticks, and that it gives the terminal back.
@Suite struct TerminalRuntimeLoopTests {
    /// Answers nothing: the loop's own behaviour is under test, not the effects.
    struct SilentPerformer: EffectPerformer {
        func perform(_ effect: AppEffect) async -> [AppMessage] { [] }
    }

    /// A backend whose `start()` fails after it has (notionally) taken the terminal.
    final class FailingBackend: TerminalBackend {
        struct Failure: Error {}
        var stops = 0
        func start() throws { throw Failure() }
        func stop() { stops += 1 }
        var size: Size { Size(columns: 80, rows: 24) }
        func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? { nil }
        func present(_ frame: ScreenBuffer) {}
    }

    static let start = Date(timeIntervalSince1970: 1_795_428_000)

    static func driver() -> AppDriver {
        AppDriver(state: AppState(settings: AppSettings(systemTimeZone: .utc), now: start), performer: SilentPerformer())
    }

    @Test func theBackendIsStoppedWhenStartThrows() {
        let backend = FailingBackend()
        let runtime = TerminalRuntime(backend: backend, driver: Self.driver(), render: AppView.render)
        #expect(throws: FailingBackend.Failure.self) { try runtime.loop() }
        #expect(backend.stops == 1)
    }

    @Test func idlePollsDrawNothingNew() throws {
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let runtime = TerminalRuntime(backend: terminal, driver: Self.driver(), render: AppView.render,
                                      clock: { Self.start }, pollMilliseconds: 0)
        var polls = 0
        terminal.onScriptEnd = {
            polls += 1
            if polls == 5 { runtime.requestQuit() }
        }
        try runtime.loop()
        #expect(polls == 5)
        #expect(terminal.frames.count == 1)
        #expect(!terminal.isStarted)
    }

    @Test func aTickEverySecondRedraws() throws {
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        let seconds = Mutex(0.0)
        let runtime = TerminalRuntime(backend: terminal, driver: Self.driver(), render: AppView.render,
                                      clock: { Self.start.addingTimeInterval(seconds.withLock { $0 }) },
                                      pollMilliseconds: 0)
        var polls = 0
        terminal.onScriptEnd = {
            polls += 1
            // Half a second per poll: a tick (and a frame) every second poll.
            seconds.withLock { $0 += 0.5 }
            if polls == 6 { runtime.requestQuit() }
        }
        try runtime.loop()
        #expect(terminal.frames.count == 3)
    }
}
