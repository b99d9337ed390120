import Foundation
import TogglModels
import Testing
import TrackerCore
@testable import TerminalUI

/// The entries table's fast clock writes exactly what ``TimeFormat`` writes.
@Suite struct EntryClockTests {
    static let formats = [TimeFormat(uses24HourClock: true), TimeFormat(uses24HourClock: false)]

    /// Every minute (and some odd seconds) from the day before to the day after, in zones with
    /// and without a DST change on that day.
    @Test(arguments: [
        ("Europe/Berlin", LocalDay(year: 2026, month: 3, day: 29)),
        ("Europe/Berlin", LocalDay(year: 2026, month: 10, day: 25)),
        ("America/New_York", LocalDay(year: 2026, month: 11, day: 1)),
        ("Asia/Kolkata", LocalDay(year: 2026, month: 11, day: 23)),
        ("UTC", LocalDay(year: 1969, month: 12, day: 31)),
    ])
    func timesMatchTimeFormat(zoneName: String, day: LocalDay) throws {
        let zone = try #require(Zone(identifier: zoneName))
        for format in Self.formats {
            let clock = EntryClock(format: format, zone: zone, day: day)
            let start = day.adding(days: -1).start(in: zone)
            var mismatches: [String] = []
            for minute in stride(from: 0, to: 3 * 24 * 60, by: 7) {
                for second in [0, 59] {
                    let date = start.addingTimeInterval(TimeInterval(minute * 60 + second))
                    let expected = format.time(date, in: zone)
                    if clock.time(date) != expected { mismatches.append("\(date): \(clock.time(date)) ≠ \(expected)") }
                }
            }
            #expect(mismatches.isEmpty, "\(zoneName) \(format.uses24HourClock ? "24 h" : "12 h"): \(mismatches.prefix(3))")
        }
    }

    @Test func durationsMatchTimeFormat() {
        for seconds in [-5, 0, 1, 59, 60, 61, 599, 3599, 3600, 3661, 35_999, 36_000, 86_399, 360_000, 1_234_567] {
            #expect(EntryClock.duration(seconds) == TimeFormat.duration(seconds))
        }
    }
}
