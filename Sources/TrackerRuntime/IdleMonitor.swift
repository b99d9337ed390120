import Foundation
import Synchronization

/// The terminal loop's side of idle detection: an ``IdleTracker`` fed by an ``IdleSource``
/// whose answers arrive on any thread and are taken in on the loop's next turn, so asking never
/// blocks the loop. One question at a time.
final class IdleMonitor: @unchecked Sendable {
    // @unchecked: `tracker` and `asking` are used only by the loop's thread; the answer slot is locked.
    private var tracker = IdleTracker()
    private var asking = false
    private let arrived = Mutex<IdleSource.Answer?>(nil)
    private let source: IdleSource
    private let log: @Sendable (String) -> Void

    init(source: IdleSource, log: @escaping @Sendable (String) -> Void) {
        self.source = source
        self.log = log
    }

    /// Takes in an answer that arrived, asks again when due (a timer runs and the last
    /// question is ``IdleTracker/interval`` old), and returns an away stretch that ended.
    func look(now: Date, timerRunning: Bool) -> DateInterval? {
        var away: DateInterval?
        if let answer = arrived.withLock({ slot -> IdleSource.Answer? in
            defer { slot = nil }
            return slot
        }) {
            asking = false
            let outcome = tracker.take(answer, at: now)
            if let line = outcome.log { log(line) }
            away = outcome.away
        }
        if !asking, tracker.shouldAsk(now: now, timerRunning: timerRunning) {
            asking = true
            source.ask { [weak self] answer in self?.arrived.withLock { $0 = answer } }
        }
        return away
    }

    /// A key was pressed: returns the idle stretch it ends, if one was known.
    func userSeen(at now: Date) -> DateInterval? {
        tracker.userSeen(at: now)
    }
}
