import Foundation
import Synchronization
import TogglAPI

/// A clock that never waits: `sleep` records the pause and moves time forward.
final class FakeAPIClock: APIClock {
    private let state: Mutex<(now: Date, sleeps: [Double])>

    init(now: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        state = Mutex((now, []))
    }

    func now() -> Date { state.withLock { $0.now } }

    func sleep(seconds: Double) async throws {
        try Task.checkCancellation()
        state.withLock {
            $0.sleeps.append(seconds)
            $0.now = $0.now.addingTimeInterval(seconds)
        }
    }

    /// Every pause asked for, in order.
    var sleeps: [Double] { state.withLock { $0.sleeps } }
}
