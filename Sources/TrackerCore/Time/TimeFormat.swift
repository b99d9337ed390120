#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// How the user wants times, dates and durations written: 12- or 24-hour clock and a date
/// order, from Toggl's preferences (`timeofday_format`, `date_format`) or the config file.
public struct TimeFormat: Sendable, Hashable, Codable {
    /// The order of a date's parts.
    public enum DateOrder: String, Sendable, Hashable, Codable {
        case yearMonthDay, dayMonthYear, monthDayYear
    }

    public var uses24HourClock: Bool
    public var dateOrder: DateOrder
    /// The separator between date parts: `-`, `.` or `/`.
    public var dateSeparator: Character

    enum CodingKeys: String, CodingKey {
        case uses24HourClock, dateOrder, dateSeparator
    }

    /// Reads a format written by ``encode(to:)``; the separator must be one character.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let separator = try container.decode(String.self, forKey: .dateSeparator)
        guard separator.count == 1, let character = separator.first else {
            throw DecodingError.dataCorruptedError(forKey: .dateSeparator, in: container, debugDescription: "not one character")
        }
        self.init(uses24HourClock: try container.decode(Bool.self, forKey: .uses24HourClock),
                  dateOrder: try container.decode(DateOrder.self, forKey: .dateOrder), dateSeparator: character)
    }

    /// Writes it with the separator as a one-character string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(uses24HourClock, forKey: .uses24HourClock)
        try container.encode(dateOrder, forKey: .dateOrder)
        try container.encode(String(dateSeparator), forKey: .dateSeparator)
    }

    public init(uses24HourClock: Bool = true, dateOrder: DateOrder = .yearMonthDay, dateSeparator: Character = "-") {
        self.uses24HourClock = uses24HourClock
        self.dateOrder = dateOrder
        self.dateSeparator = dateSeparator
    }

    /// Reads Toggl's preference strings: `timeofday_format` `H:mm` (24 h) or `h:mm A` (12 h);
    /// `date_format` such as `YYYY-MM-DD`, `DD.MM.YYYY`, `MM/DD/YYYY`. Unknown values keep defaults.
    public init(togglTimeOfDay: String?, togglDate: String?) {
        self.init()
        if let timeOfDay = togglTimeOfDay {
            uses24HourClock = !(timeOfDay.contains("h") || timeOfDay.uppercased().contains("A"))
        }
        if let date = togglDate?.uppercased() {
            if let separator = date.first(where: { !$0.isLetter }) { dateSeparator = separator }
            if date.hasPrefix("Y") { dateOrder = .yearMonthDay } else if date.hasPrefix("D") { dateOrder = .dayMonthYear } else if date.hasPrefix("M") { dateOrder = .monthDayYear }
        }
    }

    /// A time of day: `14:05` or `2:05 PM`.
    public func time(_ date: Date, in timeZone: Zone) -> String {
        let clock = timeZone.wallClock(at: date)
        let hour = clock.hour
        let minute = clock.minute
        if uses24HourClock { return "\(Self.twoDigits(hour)):\(Self.twoDigits(minute))" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve):\(Self.twoDigits(minute)) \(hour < 12 ? "AM" : "PM")"
    }

    /// A day in the preferred order: `2026-11-23`, `23.11.2026`, `11/23/2026`.
    public func day(_ day: LocalDay) -> String {
        let year = TextBasics.zeroPadded(day.year, width: 4)
        let month = Self.twoDigits(day.month)
        let dayText = Self.twoDigits(day.day)
        let separator = String(dateSeparator)
        switch dateOrder {
        case .yearMonthDay: return [year, month, dayText].joined(separator: separator)
        case .dayMonthYear: return [dayText, month, year].joined(separator: separator)
        case .monthDayYear: return [month, dayText, year].joined(separator: separator)
        }
    }

    /// A duration as `H:MM:SS` (`0:05:09`, `12:00:00`); negative durations count as zero.
    public static func duration(_ seconds: Int) -> String {
        let total = max(0, seconds)
        return "\(total / 3600):\(twoDigits((total % 3600) / 60)):\(twoDigits(total % 60))"
    }

    /// ``shortDuration(_:)`` with the seconds rounded up to the minute: for what is left, so
    /// done and left add up and `0m` means done.
    public static func shortDurationRoundedUp(_ seconds: Int) -> String {
        shortDuration(seconds > Int.max - 59 ? seconds : seconds + 59)
    }

    /// A short duration for totals: `7h 05m`, `45m`, `0m`.
    public static func shortDuration(_ seconds: Int) -> String {
        let minutes = max(0, seconds) / 60
        return minutes >= 60 ? "\(minutes / 60)h \(twoDigits(minutes % 60))m" : "\(minutes)m"
    }

    /// `value` with at least two digits (`05`).
    static func twoDigits(_ value: Int) -> String {
        TextBasics.zeroPadded(value, width: 2)
    }
}
