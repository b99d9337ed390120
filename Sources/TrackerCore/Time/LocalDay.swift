#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// A calendar day in the user's time zone: what the entries pane shows and totals add up.
public struct LocalDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a moment falls on in a time zone.
    public static func containing(_ date: Date, in timeZone: Zone) -> LocalDay {
        let clock = timeZone.wallClock(at: date)
        return LocalDay(year: clock.year, month: clock.month, day: clock.day)
    }

    /// Midnight at the start of the day (DST-safe).
    public func start(in timeZone: Zone) -> Date {
        timeZone.date(year: year, month: month, day: day)
    }

    /// Midnight at the start of the next day.
    public func end(in timeZone: Zone) -> Date {
        adding(days: 1).start(in: timeZone)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> LocalDay {
        let moved = TogglTimestamp.civil(fromDays: dayNumber + count)
        return LocalDay(year: moved.year, month: moved.month, day: moved.day)
    }

    /// 0 = Sunday … 6 = Saturday, as Toggl's `beginning_of_week` counts.
    public var weekday: Int {
        WallClock(year: year, month: month, day: day).weekday
    }

    /// The first day of the week containing this day, for weeks starting on `beginningOfWeek`
    /// (0 = Sunday, 1 = Monday, …).
    public func startOfWeek(beginningOfWeek: Int) -> LocalDay {
        let back = (weekday - beginningOfWeek % 7 + 7) % 7
        return adding(days: -back)
    }

    /// Whole days from this day to `other` (positive when `other` is later).
    public func days(until other: LocalDay) -> Int {
        other.dayNumber - dayNumber
    }

    /// Days since 1970-01-01 (a day out of its month, such as 31 April, counts on into the next).
    private var dayNumber: Int {
        TogglTimestamp.days(fromCivil: year, month, day)
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(TextBasics.zeroPadded(year, width: 4))-\(TextBasics.zeroPadded(month, width: 2))-\(TextBasics.zeroPadded(day, width: 2))"
    }
}
