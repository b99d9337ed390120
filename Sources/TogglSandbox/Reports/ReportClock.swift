import Foundation
import TogglModels

/// Calendar days and local-offset timestamps, as Reports v3 speaks them (in the user's profile
/// time zone) and as Track v9 spells its reads (`+00:00`).
enum ReportClock {
    /// `date` as RFC 3339 with whole seconds and the given offset: `2024-07-30T11:13:46+03:00`
    /// (`+00:00` for offset 0, never `Z`).
    static func format(_ date: Date, offsetSeconds: Int) -> String {
        let shifted = TogglTimestamp.format(date.addingTimeInterval(TimeInterval(offsetSeconds)))
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        let zone = sign + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
        return String(shifted.dropLast()) + zone
    }

    /// `date` as RFC 3339 in `timeZone` (its offset at that instant).
    static func format(_ date: Date, in timeZone: TimeZone) -> String {
        format(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
    }

    /// A Gregorian calendar in `timeZone`.
    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The calendar day `YYYY-MM-DD` (strictly that form), or nil.
    static func parseDay(_ text: String) -> DateComponents? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day),
              TogglTimestamp.parse(text) != nil
        else { return nil }
        return DateComponents(year: year, month: month, day: day)
    }

    /// Midnight of `day` in `timeZone`.
    static func startOfDay(_ day: DateComponents, in timeZone: TimeZone) -> Date {
        let calendar = calendar(timeZone)
        var components = day
        components.hour = 0
        components.minute = 0
        components.second = 0
        let date = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return calendar.startOfDay(for: date)
    }

    /// The day `YYYY-MM-DD` of `date` in `timeZone`.
    static func dayString(_ date: Date, in timeZone: TimeZone) -> String {
        let components = calendar(timeZone).dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", components.year ?? 0, components.month ?? 0, components.day ?? 0)
    }

    /// `days` calendar days after `date` (DST-safe), in `timeZone`.
    static func adding(days: Int, to date: Date, in timeZone: TimeZone) -> Date {
        calendar(timeZone).date(byAdding: .day, value: days, to: date) ?? date.addingTimeInterval(Double(days) * 86_400)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
