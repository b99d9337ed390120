import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// The timeline's picture of a day: blocks clipped to it, the cursor's order, the zoomed span.
@Suite struct DayTimelineTests {
    typealias S = Sample

    static func entry(_ id: Int64, _ start: Date, _ stop: Date?) -> TimeEntry {
        TimeEntry(id: id, workspaceID: S.studio, userID: S.userID, start: start, stop: stop,
                  duration: stop.map { Int($0.timeIntervalSince(start)) } ?? -1, description: "E\(id)")
    }

    @Test func theSpanIsTheWorkedHoursRoundedOut() {
        let timeline = DayTimeline(day: S.today, entries: [Self.entry(1, S.at(8, 10), S.at(9, 50))], timeZone: S.utc, now: S.now)
        #expect(timeline.span == DateInterval(start: S.at(8), end: S.at(10)))
        #expect(timeline.hourMarks(in: S.utc).map(\.hour) == [8, 9, 10])
        let exact = DayTimeline(day: S.today, entries: [Self.entry(1, S.at(8), S.at(9))], timeZone: S.utc, now: S.now)
        #expect(exact.span == DateInterval(start: S.at(8), end: S.at(9)))
    }

    @Test func theRunningEntryLastsUntilNow() {
        let running = Self.entry(1, S.at(9, 30), nil)
        let early = DayTimeline(day: S.today, entries: [running], timeZone: S.utc, now: S.at(9, 45))
        let later = DayTimeline(day: S.today, entries: [running], timeZone: S.utc, now: S.at(11, 5))
        #expect(early.blocks.map(\.end) == [S.at(9, 45)])
        #expect(early.span == DateInterval(start: S.at(9), end: S.at(10)))
        #expect(later.blocks.map(\.end) == [S.at(11, 5)])
        #expect(later.span == DateInterval(start: S.at(9), end: S.at(12)))
    }

    @Test func anEntryAcrossMidnightIsClippedToEachDay() {
        let night = Self.entry(1, S.at(23, daysAgo: 1), S.at(1))
        let today = DayTimeline(day: S.today, entries: [night], timeZone: S.utc, now: S.now)
        let yesterday = DayTimeline(day: S.today.adding(days: -1), entries: [night], timeZone: S.utc, now: S.now)
        #expect(today.blocks.map { [$0.start, $0.end] } == [[S.at(0), S.at(1)]])
        #expect(yesterday.blocks.map { [$0.start, $0.end] } == [[S.at(23, daysAgo: 1), S.at(0)]])
        #expect(yesterday.span == DateInterval(start: S.at(23, daysAgo: 1), end: S.at(0)))
    }

    @Test func gapsAndOverlapsSitJustBeforeTheEntryThatEndsOrBeginsThem() {
        let entries = [Self.entry(1, S.at(8), S.at(9)), Self.entry(2, S.at(8, 30), S.at(9, 30)), Self.entry(3, S.at(10), S.at(11))]
        let timeline = DayTimeline(day: S.today, entries: entries, timeZone: S.utc, now: S.now)
        #expect(timeline.items.map(\.cursor) == [.entry(1), .overlap(earlier: 1, later: 2), .entry(2), .gap(before: 2, after: 3), .entry(3)])
        #expect(timeline.index(of: nil) == 4)
        #expect(timeline.index(of: .entry(99)) == 4)
        #expect(timeline.index(of: .gap(before: 2, after: 3)) == 3)
    }

    @Test func aZoneHalfAnHourOffTheHourLabelsItsOwnWholeHours() {
        // Kolkata is UTC+5:30: 8:10–9:50 UTC is 13:40–15:20 there, shown 13:00–16:00.
        let kolkata = Zone(identifier: "Asia/Kolkata")!
        let day = LocalDay.containing(S.at(8, 10), in: kolkata)
        let timeline = DayTimeline(day: day, entries: [Self.entry(1, S.at(8, 10), S.at(9, 50))], timeZone: kolkata, now: S.now)
        #expect(timeline.span == DateInterval(start: S.at(7, 30), end: S.at(10, 30)))
        #expect(timeline.hourMarks(in: kolkata).map(\.hour) == [13, 14, 15, 16])
    }

    @Test func nothingTrackedHasNoSpan() {
        let timeline = DayTimeline(day: S.today, entries: [], timeZone: S.utc, now: S.now)
        #expect(timeline.span == nil)
        #expect(timeline.items.isEmpty)
        #expect(timeline.index(of: nil) == nil)
        #expect(timeline.hourMarks(in: S.utc).isEmpty)
    }
}
