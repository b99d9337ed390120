import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Work hours and reminders: once per episode, only inside work hours (across midnight, DST,
/// the week's days).
@Suite struct ReminderTests {
    static let zone = Zone(identifier: "Europe/Berlin")!
    static let wednesday = LocalDay(year: 2026, month: 11, day: 25)

    static func at(_ time: String, on day: LocalDay = wednesday) -> Date { TimeInput.parseTime(time, on: day, in: zone)! }

    static func entry(_ id: Int64, _ start: Date, _ stop: Date?) -> TimeEntry {
        TimeEntry(id: id, workspaceID: 1, userID: 1, start: start, stop: stop,
                  duration: stop.map { Int($0.timeIntervalSince(start)) } ?? -1, description: "Fix login bug")
    }

    @Test func workHoursAreRead() throws {
        #expect(try WorkHours.parse("Mon-Fri 09:00-18:00") == WorkHours(windows: WorkHours.standard.windows, description: "Mon-Fri 09:00-18:00"))
        #expect(try WorkHours.parse("off").windows.isEmpty)
        let split = try WorkHours.parse("Mon-Thu 08:30-17:00, Fri 08:30-13:00")
        #expect(split.windows.count == 5 && split.windows.last == WorkHours.Window(weekday: 5, startMinute: 510, endMinute: 780))
        let wrapping = try WorkHours.parse("Fri-Mon 10:00-12:00")
        #expect(wrapping.windows.map(\.weekday) == [5, 6, 0, 1])
        let night = try WorkHours.parse("Sun-Thu 22:00-06:00")
        #expect(night.windows.first == WorkHours.Window(weekday: 0, startMinute: 1320, endMinute: 1800))
        for bad in ["Weekdays 9-5", "Mon-Fri", "Mon-Fri 09:00", "Mon-Fri 9-18", "Mon-Fri 09:00-09:00", "Mon-Fri 25:00-26:00", ""] {
            #expect(throws: WorkHours.ParseError.self, "\(bad)") { try WorkHours.parse(bad) }
        }
    }

    @Test func insideWorkHoursByDayAndAcrossMidnight() throws {
        let hours = WorkHours.standard
        #expect(hours.contains(Self.at("09:00"), in: Self.zone))
        #expect(!hours.contains(Self.at("18:00"), in: Self.zone))
        #expect(!hours.contains(Self.at("12:00", on: LocalDay(year: 2026, month: 11, day: 28)), in: Self.zone), "Saturday")
        let night = try WorkHours.parse("Wed 22:00-06:00")
        #expect(night.windowStart(containing: Self.at("03:00", on: Self.wednesday.adding(days: 1)), in: Self.zone) == Self.at("22:00"))
        #expect(!night.contains(Self.at("03:00"), in: Self.zone), "Wednesday 03:00 belongs to Tuesday's night, which is not set")
        // 29 March 2026: the clocks skip 02:00–03:00; 09:00 is still 09:00.
        let spring = LocalDay(year: 2026, month: 3, day: 30)
        #expect(hours.windowStart(containing: Self.at("10:00", on: spring), in: Self.zone) == Self.at("09:00", on: spring))
    }

    @Test func notTrackingIsRemindedAfterTheDelayCountedFromTheLastStopOrTheStartOfWork() throws {
        let lastStop = Self.at("10:00")
        func due(_ time: String, lastStop: Date? = lastStop) -> Reminder? {
            Reminder.due(now: Self.at(time), running: nil, lastStop: lastStop, workHours: .standard, timeZone: Self.zone,
                         remindAfter: 900, forgottenAfter: 36_000)
        }
        #expect(due("10:14") == nil)
        let first = try #require(due("10:17"))
        #expect(first.text == "Not tracking for 17m.")
        #expect(first.kind == .notTracking(since: lastStop))
        // Later in the same stretch: the same episode (given once).
        #expect(due("11:30")?.episode == first.episode)
        // Yesterday's last stop: counted from 09:00 today.
        let morning = try #require(due("09:20", lastStop: Self.at("17:00", on: Self.wednesday.adding(days: -1))))
        #expect(morning.kind == .notTracking(since: Self.at("09:00")) && morning.text == "Not tracking for 20m.")
        #expect(due("19:00") == nil, "after work")
        #expect(Reminder.due(now: Self.at("11:00"), running: nil, lastStop: lastStop, workHours: .standard, timeZone: Self.zone,
                             remindAfter: 0, forgottenAfter: 36_000) == nil, "remind_after = 0")
        #expect(Reminder.due(now: Self.at("11:00"), running: nil, lastStop: lastStop, workHours: .off, timeZone: Self.zone,
                             remindAfter: 900, forgottenAfter: 36_000) == nil, "work_hours = off")
    }

    @Test func aLongTimerIsProbablyForgottenAndAShortOneIsNot() throws {
        let running = Self.entry(7, Self.at("06:55"), nil)
        #expect(Reminder.due(now: Self.at("10:00"), running: running, lastStop: nil, workHours: .standard, timeZone: Self.zone,
                             remindAfter: 900, forgottenAfter: 4 * 3600) == nil)
        let late = try #require(Reminder.due(now: Self.at("17:00"), running: running, lastStop: nil, workHours: .standard,
                                             timeZone: Self.zone, remindAfter: 900, forgottenAfter: 4 * 3600))
        #expect(late.text == "\"Fix login bug\" has run for 10h 05m — forgotten?")
        #expect(late.episode == "running-7")
    }

    @Test func untrackedCountsFromTheLaterOfLastStopAndStartOfWork() {
        #expect(Reminder.untrackedSince(running: Self.entry(1, Self.at("09:00"), nil), lastStop: nil, now: Self.at("10:00"),
                                        workHours: .standard, timeZone: Self.zone) == nil)
        #expect(Reminder.untrackedSince(running: nil, lastStop: Self.at("08:00"), now: Self.at("10:00"), workHours: .standard,
                                        timeZone: Self.zone) == Self.at("09:00"))
        #expect(Reminder.untrackedSince(running: nil, lastStop: Self.at("08:00"), now: Self.at("20:00"), workHours: .standard,
                                        timeZone: Self.zone) == Self.at("08:00"))
    }
}
