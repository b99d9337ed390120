import Foundation
import Testing
@testable import TrackerRuntime

/// Sleep is the wall clock moving further than the monotonic one.
@Suite struct SleepDetectorTests {
    static let start = Date(timeIntervalSince1970: 1_795_428_000)

    @Test func aJumpOfTheWallClockAloneIsSleepFromTheLastMomentSeenAwake() {
        var detector = SleepDetector()
        #expect(detector.observe(wall: Self.start, monotonic: 100) == nil)
        #expect(detector.observe(wall: Self.start.addingTimeInterval(1), monotonic: 101) == nil)
        // An hour and a half of wall time, two seconds of monotonic time: slept from 1 s + 2 s.
        let slept = detector.observe(wall: Self.start.addingTimeInterval(5_403), monotonic: 103)
        #expect(slept == DateInterval(start: Self.start.addingTimeInterval(3), end: Self.start.addingTimeInterval(5_403)))
        #expect(detector.observe(wall: Self.start.addingTimeInterval(5_404), monotonic: 104) == nil)
    }

    @Test func aBusyLoopOrASmallClockCorrectionIsNotSleep() {
        var detector = SleepDetector()
        _ = detector.observe(wall: Self.start, monotonic: 0)
        // Both clocks moved 5 minutes (the loop was blocked): awake all along.
        #expect(detector.observe(wall: Self.start.addingTimeInterval(300), monotonic: 300) == nil)
        // NTP nudged the wall clock 30 s: below the threshold.
        #expect(detector.observe(wall: Self.start.addingTimeInterval(331), monotonic: 301) == nil)
        // The clock set back: no sleep.
        #expect(detector.observe(wall: Self.start, monotonic: 302) == nil)
    }
}
