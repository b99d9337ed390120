import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Gaps inside a day's tracked span and overlaps, with entries across midnight, a running
/// entry and a DST day.
@Suite struct DayGapsTests {
    static let zone = Zone(identifier: "Europe/Berlin")!
    static let day = LocalDay(year: 2026, month: 11, day: 23)

    /// An entry on `day` from `start` to `stop` ("HH:MM"; nil stop: running).
    static func entry(_ id: Int64, _ start: String, _ stop: String?, on day: LocalDay = day) -> TimeEntry {
        let from = TimeInput.parseTime(start, on: day, in: zone)!
        let to = stop.map { TimeInput.parseTime($0, on: day, in: zone)! }
        return TimeEntry(id: id, workspaceID: 1, userID: 1, start: from, stop: to,
                         duration: to.map { Int($0.timeIntervalSince(from)) } ?? -1, description: "E\(id)")
    }

    static func at(_ time: String, on day: LocalDay = day) -> Date { TimeInput.parseTime(time, on: day, in: zone)! }

    @Test func gapsAreTheUntrackedStretchesInsideTheDaysSpanNumberedInOrder() {
        let entries = [Self.entry(1, "09:00", "10:00"), Self.entry(2, "10:30", "12:00"), Self.entry(3, "12:00", "12:45"),
                       Self.entry(4, "13:45", "14:00")]
        let gaps = DayGaps(day: Self.day, entries: entries.shuffled(), timeZone: Self.zone, now: Self.at("18:00"))
        #expect(gaps.stretches.map(\.kind) == [.gap, .gap])
        #expect(gaps.stretches.map(\.number) == [1, 2])
        #expect(gaps.stretches.map(\.seconds) == [1800, 3600])
        #expect(gaps.stretches.map(\.before.id) == [1, 3] && gaps.stretches.map(\.after.id) == [2, 4])
        #expect(gaps.gap(2)?.start == Self.at("12:45") && gaps.gap(2)?.end == Self.at("13:45"))
        #expect(gaps.gap(3) == nil)
    }

    @Test func overlapsAreMarkedAndAShortGapKeepsItsNumberWhenHidden() {
        let halfMinuteLater = TimeEntry(id: 3, workspaceID: 1, userID: 1, start: Self.at("10:20").addingTimeInterval(30),
                                        stop: Self.at("11:00"), duration: 2370)
        let entries = [Self.entry(1, "09:00", "10:00"), Self.entry(2, "09:40", "10:20"), halfMinuteLater, Self.entry(4, "11:30", "12:00")]
        let gaps = DayGaps(day: Self.day, entries: entries, timeZone: Self.zone, now: Self.at("18:00"))
        #expect(gaps.stretches.map(\.kind) == [.overlap, .gap, .gap])
        let overlap = gaps.stretches[0]
        #expect(overlap.start == Self.at("09:40") && overlap.end == Self.at("10:00") && overlap.number == nil)
        #expect(overlap.before.id == 1 && overlap.after.id == 2)
        // The 30 s gap is number 1, hidden by a one-minute minimum; the 30 min gap stays number 2.
        #expect(gaps.shown(minimumSeconds: 60).map(\.number) == [nil, 2])
    }

    @Test func anEntryInsideAnotherIsAnOverlapAndTheLongerOneKeepsTheSpan() {
        let entries = [Self.entry(1, "09:00", "12:00"), Self.entry(2, "10:00", "10:30"), Self.entry(3, "12:30", "13:00")]
        let gaps = DayGaps(day: Self.day, entries: entries, timeZone: Self.zone, now: Self.at("18:00"))
        #expect(gaps.stretches.map(\.kind) == [.overlap, .gap])
        #expect(gaps.stretches[1].start == Self.at("12:00") && gaps.stretches[1].before.id == 1)
    }

    @Test func anEntryAcrossMidnightBelongsToBothDaysAndARunningOneLastsUntilNow() {
        let yesterday = Self.day.adding(days: -1)
        let late = TimeEntry(id: 1, workspaceID: 1, userID: 1, start: Self.at("23:00", on: yesterday), stop: Self.at("01:00"),
                             duration: 7200, description: "Late")
        let running = Self.entry(2, "02:00", nil)
        let now = Self.at("03:00")
        let today = DayGaps(day: Self.day, entries: [late, running], timeZone: Self.zone, now: now)
        #expect(today.stretches.map(\.seconds) == [3600])
        #expect(today.stretches.first?.start == Self.at("01:00"))
        let before = DayGaps(day: yesterday, entries: [Self.entry(3, "22:00", "22:30", on: yesterday), late], timeZone: Self.zone, now: now)
        #expect(before.stretches.map(\.seconds) == [1800], "yesterday: 22:30–23:00")
        // A running entry overlapped by nothing, started after the last: the gap before it counts.
        let idle = DayGaps(day: Self.day, entries: [running], timeZone: Self.zone, now: now)
        #expect(idle.stretches.isEmpty)
    }

    @Test func aDSTDayMeasuresRealTime() {
        // 2026-03-29: Berlin's clocks go from 02:00 to 03:00.
        let spring = LocalDay(year: 2026, month: 3, day: 29)
        let gaps = DayGaps(day: spring, entries: [Self.entry(1, "00:30", "01:30", on: spring), Self.entry(2, "03:30", "04:00", on: spring)],
                           timeZone: Self.zone, now: Self.at("12:00", on: spring))
        #expect(gaps.stretches.map(\.seconds) == [3600], "01:30 to 03:30 on the day the clock skips an hour is one hour")
    }

    @Test func deletedEntriesAndOtherDaysAreIgnored() {
        let deleted = TimeEntry(id: 2, workspaceID: 1, userID: 1, start: Self.at("10:00"), stop: Self.at("11:00"), duration: 3600,
                                serverDeletedAt: Self.at("12:00"))
        let entries = [Self.entry(1, "09:00", "10:00"), deleted, Self.entry(3, "11:00", "12:00"),
                       Self.entry(4, "09:00", "10:00", on: Self.day.adding(days: 1))]
        let gaps = DayGaps(day: Self.day, entries: entries, timeZone: Self.zone, now: Self.at("18:00"))
        #expect(gaps.stretches.map(\.seconds) == [3600])
    }
}
