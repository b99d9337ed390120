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
    public static func containing(_ date: Date, in timeZone: TimeZone) -> LocalDay {
        let parts = LocalDay.calendar(timeZone).dateComponents([.year, .month, .day], from: date)
        return LocalDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// Midnight at the start of the day (DST-safe).
    public func start(in timeZone: TimeZone) -> Date {
        let calendar = LocalDay.calendar(timeZone)
        let components = DateComponents(year: year, month: month, day: day)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// Midnight at the start of the next day.
    public func end(in timeZone: TimeZone) -> Date {
        adding(days: 1).start(in: timeZone)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> LocalDay {
        let utc = LocalDay.utcCalendar
        let noon = utc.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
        let moved = noon.addingTimeInterval(TimeInterval(count) * 86_400)
        let parts = utc.dateComponents([.year, .month, .day], from: moved)
        return LocalDay(year: parts.year ?? year, month: parts.month ?? month, day: parts.day ?? day)
    }

    /// 0 = Sunday … 6 = Saturday, as Toggl's `beginning_of_week` counts.
    public var weekday: Int {
        let utc = LocalDay.utcCalendar
        let noon = utc.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
        return (utc.component(.weekday, from: noon) + 6) % 7
    }

    /// The first day of the week containing this day, for weeks starting on `beginningOfWeek`
    /// (0 = Sunday, 1 = Monday, …).
    public func startOfWeek(beginningOfWeek: Int) -> LocalDay {
        let back = (weekday - beginningOfWeek % 7 + 7) % 7
        return adding(days: -back)
    }

    /// Whole days from this day to `other` (positive when `other` is later).
    public func days(until other: LocalDay) -> Int {
        let utc = LocalDay.utcCalendar
        let from = utc.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
        let to = utc.date(from: DateComponents(year: other.year, month: other.month, day: other.day, hour: 12)) ?? from
        return Int((to.timeIntervalSince(from) / 86_400).rounded())
    }

    public static func < (lhs: LocalDay, rhs: LocalDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(TextBasics.zeroPadded(year, width: 4))-\(TextBasics.zeroPadded(month, width: 2))-\(TextBasics.zeroPadded(day, width: 2))"
    }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static let utcCalendar: Calendar = calendar(TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current)
}
