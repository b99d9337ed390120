/// A date and time of day as a clock on the wall shows it in some zone (see
/// ``Zone/wallClock(at:)``).
public struct WallClock: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        weekday = WallClock.weekday(ofDay: TogglTimestamp.days(fromCivil: year, month, day))
    }

    /// The weekday (0 = Sunday) of a day counted from 1970-01-01, which was a Thursday.
    static func weekday(ofDay days: Int) -> Int {
        (days % 7 + 11) % 7
    }
}
