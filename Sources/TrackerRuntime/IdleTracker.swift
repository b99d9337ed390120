import Foundation

/// Turns the session's idle answers into away stretches: idle since S, then in use again (or a
/// key pressed in the UI) → away from S until then. Pure: the clock comes in as arguments, so
/// tests need no waiting.
///
/// It asks at most once every ``interval`` and only while a timer runs. Answers are clamped to
/// what the app knows: no time after now, no idle time before the last key pressed in the UI.
/// A source that cannot answer on its first try (no `loginctl`, no session) is given up at once,
/// one that stops answering after ``failuresBeforeGivingUp`` tries in a row; either way the
/// tracker says why once, for the log.
struct IdleTracker: Sendable, Equatable {
    /// The least time between two questions.
    static let interval: TimeInterval = 30
    /// Failed answers in a row, after a good one, before the source is given up.
    static let failuresBeforeGivingUp = 5

    /// What one answer gave: an away stretch to ask about, a line for the log.
    struct Outcome: Sendable, Equatable {
        var away: DateInterval?
        var log: String?
    }

    /// When the source was last asked.
    private(set) var lastAsked: Date?
    /// Since when the session is idle, as far as the app knows (nil: not idle).
    private(set) var idleSince: Date?
    /// When a key was last pressed in the UI: the user was there, whatever the system says.
    private(set) var lastSeen: Date?
    /// Why the source was given up; nil while it is asked.
    private(set) var givenUp: String?
    private var hasAnswered = false
    private var failures = 0
    private var saidNeverIdle = false

    /// Whether to ask the source now (and, when so, notes that it was asked). Nothing runs: no
    /// question; the idle time known so far is dropped, as there is no timer for it.
    mutating func shouldAsk(now: Date, timerRunning: Bool) -> Bool {
        guard givenUp == nil else { return false }
        guard timerRunning else {
            idleSince = nil
            return false
        }
        // A wall clock set back (lastAsked after now) asks again rather than waiting.
        if let lastAsked, lastAsked <= now, now.timeIntervalSince(lastAsked) < Self.interval { return false }
        lastAsked = now
        return true
    }

    /// Takes an answer that arrived at `now`.
    mutating func take(_ answer: IdleSource.Answer, at now: Date) -> Outcome {
        guard givenUp == nil else { return Outcome() }
        switch answer {
        case .unavailable(let reason):
            failures += 1
            guard !hasAnswered || failures >= Self.failuresBeforeGivingUp else { return Outcome() }
            let why = hasAnswered ? "\(reason) (\(failures) times in a row)" : reason
            givenUp = why
            idleSince = nil
            return Outcome(log: "away time: from sleep only, not idle time: \(why)")
        case .idle(let since):
            failures = 0
            hasAnswered = true
            guard let since else {
                // Idle, but since when is not said: at least since it was first seen so.
                idleSince = idleSince ?? clamped(now, now: now)
                return Outcome()
            }
            let start = clamped(since, now: now)
            // A later start than known: the session was used in between, and when it came back
            // then is not known; only the newer stretch is certain.
            idleSince = max(idleSince ?? start, start)
            return Outcome()
        case .active(let since):
            failures = 0
            hasAnswered = true
            var log: String?
            if since == nil, idleSince == nil, !saidNeverIdle {
                saidNeverIdle = true
                log = "away time: from sleep only for now: logind has never seen this session idle (IdleSinceHint is 0; "
                    + "the desktop may not report idleness)"
            }
            guard let start = idleSince else { return Outcome(log: log) }
            idleSince = nil
            // Back when the hint last changed, if that lies within the idle stretch; else now.
            let end = since.map { min(max($0, start), now) } ?? now
            return Outcome(away: DateInterval(start: start, end: max(start, end)), log: log)
        }
    }

    /// A key was pressed in the UI at `now`: the user is here. Returns the idle stretch that
    /// ends with it, if one was known.
    mutating func userSeen(at now: Date) -> DateInterval? {
        lastSeen = max(lastSeen ?? now, now)
        guard let start = idleSince else { return nil }
        idleSince = nil
        return DateInterval(start: start, end: max(start, now))
    }

    /// `date`, but not after `now` nor before the last key pressed in the UI.
    private func clamped(_ date: Date, now: Date) -> Date {
        var date = min(date, now)
        if let lastSeen { date = max(date, min(lastSeen, now)) }
        return date
    }
}
