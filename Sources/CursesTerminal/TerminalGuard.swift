import CNcursesw
import Dispatch
import Glibc
import Synchronization

/// Gives the terminal back on every way out of the process.
///
/// - Normal quit: the runtime calls ``CursesTerminal/stop()``.
/// - `exit()` from anywhere: an `atexit` handler calls `endwin()` (once) if curses is active.
/// - SIGINT, SIGTERM, SIGHUP: set to `SIG_IGN` and watched with `DispatchSource`s, so the
///   handler runs as ordinary code on a dispatch queue (nothing async-signal-unsafe happens in a
///   signal handler) and the runtime decides: post a quit message to its loop, let the loop call
///   `stop()`, then exit — or call ``restoreAndReraise(_:)`` to die of the signal.
/// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP (Swift traps), SIGQUIT (Ctrl-\): a `sigaction` handler in
///   C calls `endwin()`, puts back the previous action (the Swift runtime's backtracer, or the
///   default) and re-raises. `sigaction` and `raise` are async-signal-safe; `endwin()` is not
///   (it writes through curses' buffers), which is the customary risk a crashing process takes
///   so the shell is not left in raw mode.
///
/// Install before ``CursesTerminal/start()``: curses only installs its own SIGINT/SIGTERM
/// cleanup when those signals are at their default action. SIGWINCH and SIGTSTP stay with
/// curses (resize arrives as `KEY_RESIZE`; Ctrl-Z suspends and restores the screen).
public enum TerminalGuard {
    /// The signals that ask the app to quit.
    public static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private static let exitHandlersInstalled = Atomic<Bool>(false)
    private static let sources = Mutex<[Int32: DispatchSourceSignal]>([:])
    private static let queue = DispatchQueue(label: "toggl-tui.terminal-guard")

    /// Installs the `atexit` and fatal-signal handlers, and routes `signals` (the quit signals
    /// by default) to `onSignal`, called on a private serial queue, never on the curses thread:
    /// don't touch the terminal there, tell the runtime. Calling it again for a signal replaces
    /// the handler. A signal stays routed for the life of the process (libdispatch arms its own
    /// `sigaction` once per signal; putting `SIG_DFL` back and re-watching would lose it), except
    /// through ``restoreAndReraise(_:)``.
    public static func install(signals: [Int32] = quitSignals, onSignal: @escaping @Sendable (Int32) -> Void) {
        installExitHandlers()
        sources.withLock { sources in
            for signalNumber in signals {
                if let source = sources[signalNumber] {
                    source.setEventHandler { onSignal(signalNumber) }
                    continue
                }
                // Ignored until libdispatch arms the source with its own handler (on Linux a
                // signalfd the manager thread reads), so the signal never kills the process.
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
                source.setEventHandler { onSignal(signalNumber) }
                source.resume()
                sources[signalNumber] = source
            }
        }
    }

    /// Only the `atexit` and fatal-signal handlers (idempotent).
    public static func installExitHandlers() {
        guard exitHandlersInstalled.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        atexit { toggl_restore_terminal() }
        toggl_install_fatal_signal_handlers()
    }

    /// Calls `endwin()` if curses is active (at most once per start).
    public static func restoreTerminal() {
        toggl_restore_terminal()
    }

    /// Restores the terminal, stops watching `signal`, and dies of it with the default action
    /// (so the parent sees "killed by SIGINT", as shells expect).
    public static func restoreAndReraise(_ signalNumber: Int32) -> Never {
        toggl_restore_terminal()
        sources.withLock { $0.removeValue(forKey: signalNumber)?.cancel() }
        signal(signalNumber, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signalNumber)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signalNumber)
        _exit(128 + signalNumber)
    }
}
