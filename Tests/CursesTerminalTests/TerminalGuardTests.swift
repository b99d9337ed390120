import CNcursesw
import CursesTerminal
import Glibc
import Synchronization
import Testing

@Suite struct TerminalGuardTests {
    @Test func restoringWithoutCursesIsHarmless() {
        TerminalGuard.installExitHandlers()
        TerminalGuard.installExitHandlers()
        TerminalGuard.restoreTerminal()
        #expect(toggl_curses_active() == 0)
    }

    /// A watched signal no longer kills the process: it reaches the handler instead.
    /// SIGUSR2 stands in for SIGINT so `swift test` keeps its own Ctrl-C. libdispatch arms the
    /// source asynchronously (until then the signal is ignored), so the test signals until the
    /// handler answers, yielding in between, with a generous deadline. (`raise` would not do:
    /// it targets the calling thread, and dispatch worker threads block signals.) SIGUSR2 stays
    /// watched afterwards, so a late duplicate cannot kill the test process.
    @Test func signalsReachTheHandlerInsteadOfKillingTheProcess() async {
        let received = Atomic<Int32>(0)
        TerminalGuard.install(signals: [SIGUSR2]) { signal in received.store(signal, ordering: .relaxed) }
        let deadline = ContinuousClock.now + .seconds(10)
        while received.load(ordering: .relaxed) == 0, ContinuousClock.now < deadline {
            kill(getpid(), SIGUSR2)  // process-directed, like a terminal's Ctrl-C
            await Task.yield()
        }
        #expect(received.load(ordering: .relaxed) == SIGUSR2)
    }
}
