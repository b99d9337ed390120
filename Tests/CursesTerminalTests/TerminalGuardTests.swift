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
    /// Runs in a child process, so a busy test run cannot starve it and the watched signal stays
    /// out of the test runner. SIGUSR2 stands in for SIGINT. libdispatch arms the source
    /// asynchronously (until then the signal is ignored), so the child signals itself until the
    /// handler answers, then exits 0; it exits 1 if the handler never ran. (`raise` would not do:
    /// it targets the calling thread, and dispatch worker threads block signals.)
    @Test func signalsReachTheHandlerInsteadOfKillingTheProcess() async {
        await #expect(processExitsWith: .success) {
            let received = Atomic<Int32>(0)
            TerminalGuard.install(signals: [SIGUSR2]) { signal in received.store(signal, ordering: .relaxed) }
            let deadline = ContinuousClock.now + .seconds(60)
            while received.load(ordering: .relaxed) == 0, ContinuousClock.now < deadline {
                kill(getpid(), SIGUSR2)  // process-directed, like a terminal's Ctrl-C
                await Task.yield()
            }
            exit(received.load(ordering: .relaxed) == SIGUSR2 ? 0 : 1)
        }
    }
}
