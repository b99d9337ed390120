import Foundation
import Testing
@testable import TrackerRuntime

/// Idle answers become away stretches: asked at most every 30 s while a timer runs, clamped to
/// what the app knows, and a source that cannot work given up with one line for the log.
@Suite struct IdleTrackerTests {
    static let now = Date(timeIntervalSince1970: 1_795_428_000)
    static func at(_ minutes: Double) -> Date { now.addingTimeInterval(minutes * 60) }

    @Test func askedOnlyWhileATimerRunsAndAtMostEveryThirtySeconds() {
        var tracker = IdleTracker()
        let answer1 = tracker.shouldAsk(now: Self.now, timerRunning: false)
        #expect(!answer1)
        let answer2 = tracker.shouldAsk(now: Self.now, timerRunning: true)
        #expect(answer2)
        let answer3 = tracker.shouldAsk(now: Self.now.addingTimeInterval(29), timerRunning: true)
        #expect(!answer3)
        let answer4 = tracker.shouldAsk(now: Self.now.addingTimeInterval(30), timerRunning: true)
        #expect(answer4)
        let answer5 = tracker.shouldAsk(now: Self.now.addingTimeInterval(100), timerRunning: false)
        #expect(!answer5)
        // The wall clock set back: asked again rather than waiting until it catches up.
        let answer6 = tracker.shouldAsk(now: Self.now.addingTimeInterval(-3600), timerRunning: true)
        #expect(answer6)
    }

    @Test func idleThenActiveIsAnAwayStretchEndingWhenTheSessionWasUsedAgain() {
        var tracker = IdleTracker()
        let answer7 = tracker.take(.idle(since: Self.at(-50)), at: Self.at(0))
        #expect(answer7 == .init())
        let answer8 = tracker.take(.idle(since: Self.at(-50)), at: Self.at(0.5))
        #expect(answer8 == .init())
        let back = tracker.take(.active(since: Self.at(0.8)), at: Self.at(1))
        #expect(back == .init(away: DateInterval(start: Self.at(-50), end: Self.at(0.8))))
        // Told once: the next answer finds nothing to report.
        let answer9 = tracker.take(.active(since: Self.at(0.8)), at: Self.at(1.5))
        #expect(answer9 == .init())
    }

    @Test func aKeyInTheUIEndsTheIdleStretchAndIdleTimeNeverReachesBackBeforeIt() {
        var tracker = IdleTracker()
        let answer10 = tracker.userSeen(at: Self.at(-30))
        #expect(answer10 == nil)
        // logind says idle since 50 minutes ago, but a key was pressed 30 minutes ago.
        _ = tracker.take(.idle(since: Self.at(-50)), at: Self.at(0))
        let answer11 = tracker.userSeen(at: Self.at(1))
        #expect(answer11 == DateInterval(start: Self.at(-30), end: Self.at(1)))
        // The same stale hint again: clamped to the key, so nothing long enough to ask about.
        _ = tracker.take(.idle(since: Self.at(-50)), at: Self.at(1.5))
        let answer12 = tracker.take(.active(since: nil), at: Self.at(2))
        #expect(answer12.away == DateInterval(start: Self.at(1), end: Self.at(2)))
    }

    @Test func hintsInTheFutureOrOutsideTheStretchAreClamped() {
        var tracker = IdleTracker()
        _ = tracker.take(.idle(since: Self.at(600)), at: Self.at(0))
        #expect(tracker.idleSince == Self.at(0), "a start in the future is now")
        let answer13 = tracker.take(.active(since: Self.at(900)), at: Self.at(20))
        #expect(answer13.away == DateInterval(start: Self.at(0), end: Self.at(20)))
        _ = tracker.take(.idle(since: Self.at(25)), at: Self.at(30))
        // Back "before it went idle": an empty stretch, never a negative one.
        let answer14 = tracker.take(.active(since: Self.at(-1000)), at: Self.at(31))
        #expect(answer14.away == DateInterval(start: Self.at(25), end: Self.at(25)))
        _ = tracker.take(.idle(since: .distantPast), at: Self.at(40))
        _ = tracker.userSeen(at: Self.at(41))
        _ = tracker.take(.idle(since: Date(timeIntervalSince1970: 0)), at: Self.at(42))
        #expect(tracker.idleSince == Self.at(41))
    }

    @Test func idleWithoutATimeCountsFromWhenItWasFirstSeen() {
        var tracker = IdleTracker()
        _ = tracker.take(.idle(since: nil), at: Self.at(0))
        _ = tracker.take(.idle(since: nil), at: Self.at(0.5))
        let answer15 = tracker.take(.active(since: nil), at: Self.at(20))
        #expect(answer15.away == DateInterval(start: Self.at(0), end: Self.at(20)))
    }

    @Test func aNewerIdleStartMeansTheSessionWasUsedInBetweenAndOnlyTheNewerStretchCounts() {
        var tracker = IdleTracker()
        _ = tracker.take(.idle(since: Self.at(-120)), at: Self.at(0))
        _ = tracker.take(.idle(since: Self.at(-10)), at: Self.at(0.5))
        #expect(tracker.idleSince == Self.at(-10))
    }

    @Test func noTimerDropsTheIdleTimeKnown() {
        var tracker = IdleTracker()
        _ = tracker.take(.idle(since: Self.at(-50)), at: Self.at(0))
        _ = tracker.shouldAsk(now: Self.at(1), timerRunning: false)
        let answer16 = tracker.take(.active(since: Self.at(2)), at: Self.at(2))
        #expect(answer16.away == nil)
    }

    @Test func aSourceThatFailsAtOnceIsGivenUpWithOneLogLine() {
        var tracker = IdleTracker()
        let answer17 = tracker.shouldAsk(now: Self.now, timerRunning: true)
        #expect(answer17)
        let outcome = tracker.take(.unavailable(reason: "loginctl is not on PATH"), at: Self.now)
        #expect(outcome == .init(log: "away time: from sleep only, not idle time: loginctl is not on PATH"))
        let answer18 = tracker.shouldAsk(now: Self.at(10), timerRunning: true)
        #expect(!answer18)
        let answer19 = tracker.take(.unavailable(reason: "again"), at: Self.at(11))
        #expect(answer19 == .init())
        let answer20 = tracker.take(.idle(since: Self.at(-50)), at: Self.at(12))
        #expect(answer20 == .init())
        let answer21 = tracker.userSeen(at: Self.at(13))
        #expect(answer21 == nil)
    }

    @Test func aSourceThatAnsweredIsGivenUpOnlyAfterFiveFailuresInARow() {
        var tracker = IdleTracker()
        _ = tracker.take(.active(since: Self.at(-5)), at: Self.at(0))
        for minute in 1...4 {
            let answer22 = tracker.take(.unavailable(reason: "timeout"), at: Self.at(Double(minute)))
            #expect(answer22 == .init())
        }
        _ = tracker.take(.active(since: Self.at(-5)), at: Self.at(5))
        for minute in 6...9 {
            let answer23 = tracker.take(.unavailable(reason: "timeout"), at: Self.at(Double(minute)))
            #expect(answer23 == .init())
        }
        let answer24 = tracker.take(.unavailable(reason: "timeout"), at: Self.at(10))
        #expect(answer24
            == .init(log: "away time: from sleep only, not idle time: timeout (5 times in a row)"))
        #expect(tracker.givenUp != nil)
    }

    @Test func aSessionNeverSeenIdleIsSaidOnceAndStillAsked() {
        var tracker = IdleTracker()
        let first = tracker.take(.active(since: nil), at: Self.at(0))
        #expect(first.log?.hasPrefix("away time: from sleep only for now: logind has never seen this session idle") == true)
        let answer25 = tracker.take(.active(since: nil), at: Self.at(1))
        #expect(answer25 == .init())
        let answer26 = tracker.shouldAsk(now: Self.at(2), timerRunning: true)
        #expect(answer26)
    }
}
