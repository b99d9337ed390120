import Foundation

/// Where the runtime learns whether the login session is idle (nobody at the keyboard): logind
/// through `loginctl` (``LogindIdle``) in the app, a script in tests.
///
/// Asking may take a while (a subprocess): ``ask`` must not block its caller, the terminal
/// loop, for long — the logind source answers from another thread; a test's fake answers at once.
public struct IdleSource: Sendable {
    /// What the session's idleness was when asked.
    public enum Answer: Sendable, Equatable {
        /// Nobody has used the session since `since` (nil: the system did not say since when).
        case idle(since: Date?)
        /// The session is in use; it last changed (stopped being idle) at `since`, nil when the
        /// system has no such time (it never saw the session idle).
        case active(since: Date?)
        /// No answer, and why in words for the app log (no binary, no session, garbage, …).
        case unavailable(reason: String)
    }

    /// Starts asking and calls `reply` once with the answer, on any thread.
    public var ask: @Sendable (_ reply: @escaping @Sendable (Answer) -> Void) -> Void

    /// A source from a closure.
    public init(ask: @escaping @Sendable (_ reply: @escaping @Sendable (Answer) -> Void) -> Void) {
        self.ask = ask
    }

    /// logind through `loginctl show-session`, found on the environment's `PATH`, asked on a
    /// thread of its own (see ``LogindIdle``).
    public static func logind(environment: [String: String]) -> IdleSource {
        let query = LogindIdle(environment: environment)
        return IdleSource { reply in
            Thread.detachNewThread { reply(query.read()) }
        }
    }
}
