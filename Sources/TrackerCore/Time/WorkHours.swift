#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// When the user works, in their time zone: the config's `work_hours`, e.g.
/// `Mon-Fri 09:00-18:00` (the default), `Mon-Thu 08:30-17:00, Fri 08:30-13:00`,
/// `Sun-Thu 22:00-06:00` (a window past midnight ends the next morning), or `off`.
/// Reminders are given only inside these hours.
public struct WorkHours: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One day's window: the weekday it begins on (0 = Sunday … 6 = Saturday, as
    /// ``LocalDay/weekday``), and its start and end in minutes after that day's midnight (an end
    /// past 1440 is the next day).
    public struct Window: Sendable, Hashable, Codable {
        public var weekday: Int
        public var startMinute: Int
        public var endMinute: Int
    }

    /// The windows; none is `off`.
    public var windows: [Window]
    /// The text it was read from (for messages).
    public var description: String

    /// Monday to Friday, 09:00–18:00.
    public static let standard = WorkHours(windows: (1...5).map { Window(weekday: $0, startMinute: 540, endMinute: 1080) },
                                           description: "Mon-Fri 09:00-18:00")

    /// No work hours: reminders off.
    public static let off = WorkHours(windows: [], description: "off")

    /// Why a `work_hours` value could not be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// Reads `Mon-Fri 09:00-18:00[, Sat 10:00-12:00 …]` or `off`.
    public static func parse(_ text: String) throws(ParseError) -> WorkHours {
        let trimmed = TextBasics.trimmingSpaces(text)
        if ["off", "none", "never"].contains(trimmed.lowercased()) { return .off }
        var windows: [Window] = []
        for group in trimmed.split(separator: ",") {
            let parts = group.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2 else {
                throw ParseError(description: "'\(TextBasics.trimmingSpaces(group))' is not DAYS HH:MM-HH:MM (like Mon-Fri 09:00-18:00), or off.")
            }
            let days = try Self.days(String(parts[0]))
            let times = parts[1].split(separator: "-").map(String.init)
            guard times.count == 2, let start = Self.minute(times[0]), var end = Self.minute(times[1]) else {
                throw ParseError(description: "'\(parts[1])' is not a time range like 09:00-18:00.")
            }
            guard start != end else { throw ParseError(description: "'\(parts[1])' starts and ends at the same time.") }
            if end < start { end += 1440 }
            windows += days.map { Window(weekday: $0, startMinute: start, endMinute: end) }
        }
        guard !windows.isEmpty else { throw ParseError(description: "work_hours is empty: give days and hours like Mon-Fri 09:00-18:00, or off.") }
        return WorkHours(windows: windows, description: trimmed)
    }

    /// `Mon-Fri`, `Sat`, `Fri-Mon` (wrapping) → weekdays.
    private static func days(_ text: String) throws(ParseError) -> [Int] {
        let names = text.lowercased().split(separator: "-").map { String($0.prefix(3)) }
        let indices = names.compactMap { dayNames.firstIndex(of: $0) }
        guard indices.count == names.count, (1...2).contains(indices.count) else {
            throw ParseError(description: "'\(text)' is not a day or a range of days like Mon-Fri.")
        }
        guard indices.count == 2 else { return [indices[0]] }
        var result: [Int] = []
        var day = indices[0]
        while true {
            result.append(day)
            if day == indices[1] { break }
            day = (day + 1) % 7
        }
        return result
    }

    /// `09:00` → 540; nil for anything else (24:00 is allowed as an end).
    private static func minute(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        return hour * 60 + minute
    }

    /// The start of the window holding `date`, if `date` is inside work hours.
    public func windowStart(containing date: Date, in zone: Zone) -> Date? {
        guard !windows.isEmpty else { return nil }
        let today = LocalDay.containing(date, in: zone)
        // A window may have begun yesterday and run past midnight.
        for day in [today, today.adding(days: -1)] {
            for window in windows where window.weekday == day.weekday {
                let start = Self.instant(day, minute: window.startMinute, in: zone)
                let end = Self.instant(day, minute: window.endMinute, in: zone)
                if date >= start && date < end { return start }
            }
        }
        return nil
    }

    /// Whether `date` is inside work hours.
    public func contains(_ date: Date, in zone: Zone) -> Bool {
        windowStart(containing: date, in: zone) != nil
    }

    /// `minute` minutes of wall-clock time after `day`'s midnight (DST-aware: 09:00 is 09:00).
    static func instant(_ day: LocalDay, minute: Int, in zone: Zone) -> Date {
        let extraDays = minute / 1440
        let clock = minute % 1440
        let target = day.adding(days: extraDays)
        return zone.date(year: target.year, month: target.month, day: target.day, hour: clock / 60, minute: clock % 60)
    }
}
