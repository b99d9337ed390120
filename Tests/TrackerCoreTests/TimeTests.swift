import Foundation
import TogglModels
import Testing
@testable import TrackerCore

private let utc = Zone(identifier: "UTC")!
private let berlin = Zone(identifier: "Europe/Berlin")!
private let losAngeles = Zone(identifier: "America/Los_Angeles")!

private func date(_ text: String) -> Date {
    try! Date(text, strategy: .iso8601)
}

@Suite struct LocalDayTests {
    @Test func theDayContainingAMomentDependsOnTheZone() {
        let moment = date("2026-11-23T23:30:00Z")
        #expect(LocalDay.containing(moment, in: utc) == LocalDay(year: 2026, month: 11, day: 23))
        #expect(LocalDay.containing(moment, in: berlin) == LocalDay(year: 2026, month: 11, day: 24))
        #expect(LocalDay.containing(moment, in: losAngeles) == LocalDay(year: 2026, month: 11, day: 23))
        #expect(LocalDay.containing(date("2026-11-23T07:59:59Z"), in: losAngeles) == LocalDay(year: 2026, month: 11, day: 22))
    }

    @Test func startAndEndAreLocalMidnights() {
        let day = LocalDay(year: 2026, month: 11, day: 23)
        #expect(day.start(in: utc) == date("2026-11-23T00:00:00Z"))
        #expect(day.start(in: berlin) == date("2026-11-22T23:00:00Z"))
        #expect(day.end(in: berlin) == date("2026-11-23T23:00:00Z"))
        #expect(day.start(in: losAngeles) == date("2026-11-23T08:00:00Z"))
        #expect(day.end(in: losAngeles).timeIntervalSince(day.start(in: losAngeles)) == 86_400)
    }

    @Test(arguments: [
        (LocalDay(year: 2026, month: 3, day: 29), berlin, 23.0),
        (LocalDay(year: 2026, month: 10, day: 25), berlin, 25.0),
        (LocalDay(year: 2026, month: 10, day: 26), berlin, 24.0),
        (LocalDay(year: 2026, month: 3, day: 8), losAngeles, 23.0),
        (LocalDay(year: 2026, month: 11, day: 1), losAngeles, 25.0),
        (LocalDay(year: 2026, month: 3, day: 29), utc, 24.0),
    ])
    func daysAroundClockChangesHaveTheirRealLength(day: LocalDay, zone: Zone, hours: Double) {
        #expect(day.end(in: zone).timeIntervalSince(day.start(in: zone)) == hours * 3600)
    }

    @Test func theDayAfterAClockChangeStartsAtMidnight() {
        #expect(LocalDay(year: 2026, month: 3, day: 30).start(in: berlin) == date("2026-03-29T22:00:00Z"))
        #expect(LocalDay(year: 2026, month: 10, day: 26).start(in: berlin) == date("2026-10-25T23:00:00Z"))
        #expect(LocalDay.containing(date("2026-03-29T01:30:00Z"), in: berlin) == LocalDay(year: 2026, month: 3, day: 29))
    }

    @Test(arguments: [
        (LocalDay(year: 2026, month: 11, day: 30), 1, LocalDay(year: 2026, month: 12, day: 1)),
        (LocalDay(year: 2026, month: 12, day: 31), 1, LocalDay(year: 2027, month: 1, day: 1)),
        (LocalDay(year: 2027, month: 1, day: 1), -1, LocalDay(year: 2026, month: 12, day: 31)),
        (LocalDay(year: 2026, month: 2, day: 28), 1, LocalDay(year: 2026, month: 3, day: 1)),
        (LocalDay(year: 2028, month: 2, day: 28), 1, LocalDay(year: 2028, month: 2, day: 29)),
        (LocalDay(year: 2028, month: 3, day: 1), -1, LocalDay(year: 2028, month: 2, day: 29)),
        (LocalDay(year: 2026, month: 3, day: 28), 2, LocalDay(year: 2026, month: 3, day: 30)),
        (LocalDay(year: 2026, month: 11, day: 23), -89, LocalDay(year: 2026, month: 8, day: 26)),
        (LocalDay(year: 2026, month: 11, day: 23), 365, LocalDay(year: 2027, month: 11, day: 23)),
        (LocalDay(year: 2026, month: 11, day: 23), 0, LocalDay(year: 2026, month: 11, day: 23)),
    ])
    func addingDaysCrossesMonthsAndYears(day: LocalDay, count: Int, expected: LocalDay) {
        #expect(day.adding(days: count) == expected)
        #expect(day.days(until: expected) == count)
    }

    @Test func weekdaysCountFromSunday() {
        #expect(LocalDay(year: 2026, month: 11, day: 22).weekday == 0)
        #expect(LocalDay(year: 2026, month: 11, day: 23).weekday == 1)
        #expect(LocalDay(year: 2026, month: 11, day: 28).weekday == 6)
        #expect(LocalDay(year: 2027, month: 1, day: 1).weekday == 5)
    }

    @Test func weeksStartOnTheGivenWeekday() {
        let wednesday = LocalDay(year: 2026, month: 12, day: 2)
        #expect(wednesday.startOfWeek(beginningOfWeek: 1) == LocalDay(year: 2026, month: 11, day: 30))
        #expect(wednesday.startOfWeek(beginningOfWeek: 0) == LocalDay(year: 2026, month: 11, day: 29))
        #expect(wednesday.startOfWeek(beginningOfWeek: 3) == wednesday)
        #expect(wednesday.startOfWeek(beginningOfWeek: 4) == LocalDay(year: 2026, month: 11, day: 26))
        #expect(LocalDay(year: 2027, month: 1, day: 2).startOfWeek(beginningOfWeek: 1) == LocalDay(year: 2026, month: 12, day: 28))
    }

    @Test func orderAndSpelling() {
        #expect(LocalDay(year: 2026, month: 11, day: 30) < LocalDay(year: 2026, month: 12, day: 1))
        #expect(LocalDay(year: 2025, month: 12, day: 31) < LocalDay(year: 2026, month: 1, day: 1))
        #expect(!(LocalDay(year: 2026, month: 1, day: 1) < LocalDay(year: 2026, month: 1, day: 1)))
        #expect(LocalDay(year: 2026, month: 3, day: 9).description == "2026-03-09")
    }
}

@Suite struct TimeInputTests {
    static let monday = LocalDay(year: 2026, month: 11, day: 23)

    @Test(arguments: [
        ("9:30", "2026-11-23T09:30:00Z"),
        ("09:30", "2026-11-23T09:30:00Z"),
        (" 9:30 ", "2026-11-23T09:30:00Z"),
        ("9.30", "2026-11-23T09:30:00Z"),
        ("14:05", "2026-11-23T14:05:00Z"),
        ("0:00", "2026-11-23T00:00:00Z"),
        ("23:59", "2026-11-23T23:59:00Z"),
        ("2:10 PM", "2026-11-23T14:10:00Z"),
        ("2:10pm", "2026-11-23T14:10:00Z"),
        ("2:10 p", "2026-11-23T14:10:00Z"),
        ("9a", "2026-11-23T09:00:00Z"),
        ("2pm", "2026-11-23T14:00:00Z"),
        ("2 PM", "2026-11-23T14:00:00Z"),
        ("12am", "2026-11-23T00:00:00Z"),
        ("12:30 AM", "2026-11-23T00:30:00Z"),
        ("12pm", "2026-11-23T12:00:00Z"),
        ("12:45 pm", "2026-11-23T12:45:00Z"),
        ("9", "2026-11-23T09:00:00Z"),
        ("930", "2026-11-23T09:30:00Z"),
        ("1430", "2026-11-23T14:30:00Z"),
        ("yesterday 17:00", "2026-11-22T17:00:00Z"),
        ("Yesterday 5pm", "2026-11-22T17:00:00Z"),
        ("today 8:00", "2026-11-23T08:00:00Z"),
        ("tomorrow 8", "2026-11-24T08:00:00Z"),
        ("yesterday", "2026-11-22T00:00:00Z"),
        ("2026-11-20 09:30", "2026-11-20T09:30:00Z"),
        ("2026-11-20", "2026-11-20T00:00:00Z"),
        ("2026-11-23T09:30:00+01:00", "2026-11-23T08:30:00Z"),
        ("2026-11-23T09:30:00Z", "2026-11-23T09:30:00Z"),
        ("2026-11-23T09:30:00.250Z", "2026-11-23T09:30:00.250Z"),
    ])
    func timesAreReadOnTheDayInTheZone(input: String, expected: String) {
        let expectedDate = try! Date(expected, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: expected.contains(".")))
        #expect(TimeInput.parseTime(input, on: Self.monday, in: utc) == expectedDate)
    }

    @Test func bareTimesAreInTheUsersZone() {
        #expect(TimeInput.parseTime("9:30", on: Self.monday, in: berlin) == date("2026-11-23T08:30:00Z"))
        #expect(TimeInput.parseTime("9:30", on: Self.monday, in: losAngeles) == date("2026-11-23T17:30:00Z"))
        // ISO 8601 names its own offset.
        #expect(TimeInput.parseTime("2026-11-23T09:30:00Z", on: Self.monday, in: berlin) == date("2026-11-23T09:30:00Z"))
        // Summer time in Berlin.
        #expect(TimeInput.parseTime("2026-07-01 12:00", on: Self.monday, in: berlin) == date("2026-07-01T10:00:00Z"))
    }

    @Test(arguments: ["", "   ", "25:00", "24:00", "9:60", "9:5", "9:300", "13pm", "0am", "13:00 am", "12345", "abc", "9:30:15",
                      "yesterday abc", "2026-13-01 09:00", "2026-11-32 09:00", "2026-02-30 09:00", "2026-11-23 25:00", "-1", "+930",
                      "soon", "9:3o"])
    func unreadableTimesAreNil(input: String) {
        #expect(TimeInput.parseTime(input, on: Self.monday, in: utc) == nil)
    }

    @Test func clockTimes() {
        #expect(TimeInput.parseClock("2:10 PM")! == (14, 10))
        #expect(TimeInput.parseClock("12am")! == (0, 0))
        #expect(TimeInput.parseClock("930")! == (9, 30))
        #expect(TimeInput.parseClock("2026-11-23 09:30") == nil)
        #expect(TimeInput.parseClock("tomorrow") == nil)
    }

    @Test func daysAreChecked() {
        #expect(TimeInput.parseDay("2026-11-23") == LocalDay(year: 2026, month: 11, day: 23))
        #expect(TimeInput.parseDay("2028-02-29") == LocalDay(year: 2028, month: 2, day: 29))
        #expect(TimeInput.parseDay("2026-02-29") == nil)
        #expect(TimeInput.parseDay("2026-04-31") == nil)
        #expect(TimeInput.parseDay("2026-00-10") == nil)
        #expect(TimeInput.parseDay("26-11-23") == nil)
        #expect(TimeInput.parseDay("2026-11") == nil)
    }

    @Test(arguments: [("1h30m", 5400), ("1h", 3600), ("90m", 5400), ("45s", 45), ("1:30", 5400), ("1:30:15", 5415), ("1.5h", 5400),
                      ("90", 5400), ("2h 15m", 8100), ("1H30M", 5400), ("0:05", 300), ("1h30m15s", 5415), ("0.25h", 900), ("10:00", 36000)])
    func durations(input: String, seconds: Int) {
        #expect(TimeInput.parseDuration(input) == seconds)
    }

    @Test(arguments: ["", " ", "h", "1x", "1h30", "abc", "1:2:3:4", "1.2.3h", ":30", "1:", "1::30", "-5", "-1h", "1:-30", "1:75",
                      "1:30:99", "+90", "1d"])
    func unreadableDurationsAreNil(input: String) {
        #expect(TimeInput.parseDuration(input) == nil)
    }
}

@Suite struct TimeFormatTests {
    static let twentyFour = TimeFormat()
    static let twelve = TimeFormat(uses24HourClock: false)

    @Test(arguments: [("2026-11-23T09:05:00Z", "09:05", "9:05 AM"), ("2026-11-23T14:05:00Z", "14:05", "2:05 PM"),
                      ("2026-11-23T00:00:00Z", "00:00", "12:00 AM"), ("2026-11-23T12:30:00Z", "12:30", "12:30 PM"),
                      ("2026-11-23T23:59:59Z", "23:59", "11:59 PM")])
    func clockTimes(moment: String, twentyFourHour: String, twelveHour: String) {
        #expect(Self.twentyFour.time(date(moment), in: utc) == twentyFourHour)
        #expect(Self.twelve.time(date(moment), in: utc) == twelveHour)
    }

    @Test func timesAreShownInTheZone() {
        #expect(Self.twentyFour.time(date("2026-11-23T23:30:00Z"), in: berlin) == "00:30")
        #expect(Self.twelve.time(date("2026-11-23T23:30:00Z"), in: losAngeles) == "3:30 PM")
    }

    @Test func datesInEachOrder() {
        let day = LocalDay(year: 2026, month: 3, day: 9)
        #expect(TimeFormat().day(day) == "2026-03-09")
        #expect(TimeFormat(dateOrder: .dayMonthYear, dateSeparator: ".").day(day) == "09.03.2026")
        #expect(TimeFormat(dateOrder: .monthDayYear, dateSeparator: "/").day(day) == "03/09/2026")
        #expect(TimeFormat(togglTimeOfDay: nil, togglDate: "DD/MM/YYYY").day(day) == "09/03/2026")
    }

    @Test(arguments: [(0, "0:00:00"), (309, "0:05:09"), (3599, "0:59:59"), (43_200, "12:00:00"), (360_000, "100:00:00"), (-5, "0:00:00")])
    func durations(seconds: Int, text: String) {
        #expect(TimeFormat.duration(seconds) == text)
    }

    @Test(arguments: [(0, "0m"), (59, "0m"), (2700, "45m"), (3599, "59m"), (3600, "1h 00m"), (25_500, "7h 05m"), (-60, "0m")])
    func shortDurations(seconds: Int, text: String) {
        #expect(TimeFormat.shortDuration(seconds) == text)
    }
}
