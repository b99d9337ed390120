import Foundation
import Testing
import TogglModels

/// Which report days cover a window of instants, and where `/me/time_entries` stops listing.
@Suite struct ReportDaysTests {
    static func instant(_ text: String) -> Date { TogglTimestamp.parse(text)! }
    static func zone(_ name: String) -> Zone { Zone(identifier: name)! }

    @Test func aWeekInTheProfilesZoneIsExactlyItsSevenDays() {
        // Monday 17 Aug 2026 00:00 in Berlin is Sunday 22:00 UTC.
        let window = DateInterval(start: Self.instant("2026-08-16T22:00:00Z"), end: Self.instant("2026-08-23T22:00:00Z"))
        let days = ReportFilter.days(covering: window, profileTimeZone: Self.zone("Europe/Berlin"))
        #expect(TogglTimestamp.formatDay(days.start) == "2026-08-17")
        #expect(TogglTimestamp.formatDay(days.end) == "2026-08-23")
    }

    @Test func aWindowShownInAnotherZoneTakesTheProfileDaysItTouches() {
        // A Tokyo day (Mon 17 Aug) runs from Sunday 08:00 to Monday 08:00 in Los Angeles.
        let window = DateInterval(start: Self.instant("2026-08-16T15:00:00Z"), end: Self.instant("2026-08-17T15:00:00Z"))
        let days = ReportFilter.days(covering: window, profileTimeZone: Self.zone("America/Los_Angeles"))
        #expect(TogglTimestamp.formatDay(days.start) == "2026-08-16")
        #expect(TogglTimestamp.formatDay(days.end) == "2026-08-17")
    }

    @Test func oneDayInTheSameZoneStillEndsAfterItStarts() {
        let window = DateInterval(start: Self.instant("2026-08-17T00:00:00Z"), duration: 86_400)
        let days = ReportFilter.days(covering: window, profileTimeZone: Self.zone("UTC"))
        #expect(TogglTimestamp.formatDay(days.start) == "2026-08-17")
        #expect(TogglTimestamp.formatDay(days.end) == "2026-08-18")
    }

    @Test func withoutTheProfilesZoneADayMoreEachSide() {
        let window = DateInterval(start: Self.instant("2026-08-17T00:00:00Z"), end: Self.instant("2026-08-24T00:00:00Z"))
        let days = ReportFilter.days(covering: window, profileTimeZone: nil)
        #expect(TogglTimestamp.formatDay(days.start) == "2026-08-16")
        #expect(TogglTimestamp.formatDay(days.end) == "2026-08-24")
    }

    @Test(arguments: [
        ("2026-11-23T10:00:00Z", "2026-08-27T00:00:00Z"),
        ("2026-11-23T23:59:59Z", "2026-08-27T00:00:00Z"),
        // Three calendar months before 1 May 2025 is 89 days: a day is kept to spare.
        ("2025-05-01T00:30:00Z", "2025-02-02T00:00:00Z"),
    ])
    func theOldestListableStartIsUTCMidnight88DaysBack(now: String, oldest: String) {
        #expect(TimeEntry.oldestListableStart(now: Self.instant(now)) == Self.instant(oldest))
    }
}
