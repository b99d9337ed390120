import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices that the machine slept: between two looks the wall clock moved further than the
/// monotonic clock, which stands still while the system is suspended (Linux's
/// `CLOCK_MONOTONIC`). A wall clock set by hand or by NTP moves too, so only a jump of more
/// than ``threshold`` counts — and the app asks before changing anything.
struct SleepDetector: Sendable {
    /// How much further the wall clock must have moved to count as sleep.
    static let threshold: TimeInterval = 60

    private var last: (wall: Date, monotonic: TimeInterval)?

    /// Seconds on `CLOCK_MONOTONIC`, which Linux stops while the system is suspended (unlike
    /// `CLOCK_BOOTTIME`).
    @Sendable static func monotonicSeconds() -> TimeInterval {
        #if os(Linux)
        var now = timespec()
        guard clock_gettime(CLOCK_MONOTONIC, &now) == 0 else { return ProcessInfo.processInfo.systemUptime }
        return TimeInterval(now.tv_sec) + TimeInterval(now.tv_nsec) / 1e9
        #else
        return ProcessInfo.processInfo.systemUptime
        #endif
    }

    /// Looks at the clocks; returns the stretch slept (from the last moment seen awake to now)
    /// when the wall clock jumped ahead since the previous look.
    mutating func observe(wall: Date, monotonic: TimeInterval) -> DateInterval? {
        defer { last = (wall, monotonic) }
        guard let last else { return nil }
        let awake = max(0, monotonic - last.monotonic)
        let jump = wall.timeIntervalSince(last.wall) - awake
        guard jump > Self.threshold else { return nil }
        let from = last.wall.addingTimeInterval(awake)
        return DateInterval(start: from, end: max(from, wall))
    }
}
