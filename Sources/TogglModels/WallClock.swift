/// A date and time of day as a clock on the wall shows it in some zone (see
/// ``Zone/wallClock(at:)``).
public struct WallClock: Sendable, Hashable {
    /// The year (proleptic Gregorian).
    public let year: Int
    /// 1 … 12.
    public let month: Int
    /// 1 … 31.
    public let day: Int
    /// 0 … 23.
    public let hour: Int
    /// 0 … 59.
    public let minute: Int
    /// 0 … 59.
    public let second: Int
    /// 0 = Sunday … 6 = Saturday, worked out from the date.
    public let weekday: Int

    /// A clock reading; the weekday follows from the date.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        weekday = WallClock.weekday(ofDay: TogglTimestamp.days(fromCivil: WallClock.clampedYear(year), month, day))
    }

    /// The weekday (0 = Sunday) of a day counted from 1970-01-01, which was a Thursday.
    static func weekday(ofDay days: Int) -> Int {
        (days % 7 + 11) % 7
    }

    /// Years far enough apart that day and second counts of them cannot overflow.
    static func clampedYear(_ year: Int) -> Int {
        min(max(year, -1_000_000_000), 1_000_000_000)
    }
}
