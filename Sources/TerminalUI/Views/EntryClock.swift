import Foundation
import TogglModels
import TrackerCore

/// Writes the entries table's times and durations exactly as ``TimeFormat`` does, without a
/// calendar or `String(format:)` per call: those cost microseconds each on Linux, and a day can
/// list a hundred entries on every frame.
///
/// The time of day is the wall clock, `date + zone offset`; the offset is looked up once for
/// the shown day and reused for any moment of that day when it is the same at both ends (no
/// DST change), else per moment. `EntryClockTests` checks every minute of several days against
/// ``TimeFormat``.
struct EntryClock {
    let format: TimeFormat
    let zone: Zone
    /// The moments the cached offset is good for, and that offset.
    private let span: Range<Date>?
    private let offset: Int

    /// A clock for `zone`, fast for moments of `day`.
    init(format: TimeFormat, zone: Zone, day: LocalDay) {
        self.format = format
        self.zone = zone
        let start = day.start(in: zone)
        let end = day.end(in: zone)
        let first = zone.secondsFromGMT(for: start)
        let last = zone.secondsFromGMT(for: end.addingTimeInterval(-1))
        offset = first
        span = first == last && start < end ? start..<end : nil
    }

    /// `14:05` or `2:05 PM`, as ``TimeFormat/time(_:in:)``.
    func time(_ date: Date) -> String {
        let offset = span?.contains(date) == true ? offset : zone.secondsFromGMT(for: date)
        let seconds = (date.timeIntervalSince1970 + Double(offset)).rounded(.down)
        guard seconds.isFinite, abs(seconds) < 1e15 else { return format.time(date, in: zone) }
        let minuteOfDay = Self.floorModulo(Int(seconds), 86_400) / 60
        let hour = minuteOfDay / 60
        let minute = minuteOfDay % 60
        if format.uses24HourClock { return Self.twoDigits(hour) + ":" + Self.twoDigits(minute) }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return String(twelve) + ":" + Self.twoDigits(minute) + (hour < 12 ? " AM" : " PM")
    }

    /// `H:MM:SS`, negative as zero, as ``TimeFormat/duration(_:)``.
    static func duration(_ seconds: Int) -> String {
        let total = max(0, seconds)
        return String(total / 3600) + ":" + twoDigits((total % 3600) / 60) + ":" + twoDigits(total % 60)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0" + String(value) : String(value)
    }

    private static func floorModulo(_ value: Int, _ divisor: Int) -> Int {
        let remainder = value % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
