#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Wall-clock arithmetic in a zone, without Foundation's `Calendar` (proleptic Gregorian, as
/// Toggl counts days): what a clock shows at an instant, and the instant a clock time names.
extension Zone {
    /// The date and time of day a clock in this zone shows at `date`.
    public func wallClock(at date: Date) -> WallClock {
        let instant = Zone.wholeSeconds(date)
        let local = instant + Int64(secondsFromGMT(for: date))
        let days = TogglTimestamp.floorDiv(Int(local), 86_400)
        let seconds = Int(local) - days * 86_400
        let (year, month, day) = TogglTimestamp.civil(fromDays: days)
        return WallClock(year: year, month: month, day: day, hour: seconds / 3600, minute: seconds % 3600 / 60, second: seconds % 60)
    }

    /// The instant this zone's clocks show `year-month-day hour:minute:second`. A time the
    /// clocks skip (a change to daylight saving time) is read in the offset before the change,
    /// so it lands as far after the change as it was after the skipped hour's start; a time
    /// they show twice is its first occurrence — as Foundation's Gregorian calendar answers.
    /// Out-of-range parts count on (25:00 is the next day's 01:00); absurd ones are clamped.
    public func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date {
        func clamped(_ value: Int) -> Int64 { Int64(min(max(value, -1_000_000), 1_000_000)) }
        let days = TogglTimestamp.days(fromCivil: WallClock.clampedYear(year), Int(clamped(month)), Int(clamped(day)))
        let local = Int64(days) * 86_400 + clamped(hour) * 3600 + clamped(minute) * 60 + clamped(second)
        let before = Int64(offset(atSeconds: local - 86_400))
        let after = Int64(offset(atSeconds: local + 86_400))
        let earlier = local - max(before, after), later = local - min(before, after)
        let candidates = [earlier, later].filter { Int64(offset(atSeconds: $0)) == local - $0 }
        let instant = candidates.first ?? (local - before)
        return Date(timeIntervalSince1970: TimeInterval(instant))
    }

    /// The start of the clock hour `date` falls in (in a zone half an hour off UTC, the
    /// half hours of UTC).
    public func startOfHour(containing date: Date) -> Date {
        let local = date.timeIntervalSince1970 + TimeInterval(secondsFromGMT(for: date))
        let into = local - (local / 3600).rounded(.down) * 3600
        return date.addingTimeInterval(-into)
    }

    private func offset(atSeconds seconds: Int64) -> Int {
        secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
