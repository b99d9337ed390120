import Foundation
import Testing
@testable import TogglModels

/// Epoch seconds of 2024-12-16T01:55:24Z (the recorded start of entry 3730303299).
private let recordedStart: TimeInterval = 1_734_314_124

@Suite struct TogglTimestampTests {
    @Test(arguments: [
        "2024-12-16T01:55:24Z",
        "2024-12-16T01:55:24+00:00",
        "2024-12-16T01:55:24-00:00",
        "2024-12-16t01:55:24z",
        "2024-12-16 01:55:24Z",
        "2024-12-16T04:55:24+03:00",
        "2024-12-16T04:55:24+0300",
        "2024-12-16T04:55:24+03",
        "2024-12-15T20:25:24-05:30",
        "2024-12-15T20:25:24-0530",
    ])
    func spellingsOfTheSameInstant(_ string: String) {
        #expect(TogglTimestamp.parse(string)?.timeIntervalSince1970 == recordedStart)
    }

    @Test func fractionalSecondsOfAnyLength() throws {
        let cases: [(String, Double)] = [
            ("2024-12-13T00:18:26.8Z", 0.8),
            ("2024-12-13T00:18:26.83Z", 0.83),
            ("2024-12-13T00:18:26.835197Z", 0.835197),
            ("2024-12-13T00:18:26.835197+00:00", 0.835197),
            ("2024-12-13T00:18:26,5Z", 0.5),
            ("2024-12-13T00:18:26.123456789Z", 0.123456789),
            ("2024-12-13T00:18:26.1234567891234Z", 0.123456789),
        ]
        let whole = try #require(TogglTimestamp.parse("2024-12-13T00:18:26Z")).timeIntervalSince1970
        #expect(whole == 1_734_049_106)
        for (string, fraction) in cases {
            let parsed = try #require(TogglTimestamp.parse(string), "\(string)")
            #expect(abs(parsed.timeIntervalSince1970 - whole - fraction) < 1e-6, "\(string)")
        }
    }

    @Test func offsetsConvertToUTC() {
        // Reports v3 sends local offsets: 11:13:46+03:00 is 08:13:46Z.
        #expect(TogglTimestamp.parse("2024-07-30T11:13:46+03:00")
            == TogglTimestamp.parse("2024-07-30T08:13:46Z"))
        // A negative offset can move the instant to the next day.
        #expect(TogglTimestamp.parse("2024-12-31T23:30:00-05:30")
            == TogglTimestamp.parse("2025-01-01T05:00:00Z"))
        // A positive offset can move it to the previous day (and year).
        #expect(TogglTimestamp.parse("2025-01-01T01:00:00+02:00")
            == TogglTimestamp.parse("2024-12-31T23:00:00Z"))
    }

    @Test func plainDateIsMidnightUTC() {
        #expect(TogglTimestamp.parse("2017-08-28")?.timeIntervalSince1970 == 1_503_878_400)
        #expect(TogglTimestamp.parse("1970-01-01")?.timeIntervalSince1970 == 0)
        #expect(TogglTimestamp.parse("2017-08-28") == TogglTimestamp.parse("2017-08-28T00:00:00Z"))
    }

    @Test func leapYears() {
        #expect(TogglTimestamp.parse("2024-02-29T12:00:00Z") != nil)
        #expect(TogglTimestamp.parse("2000-02-29") != nil)
        #expect(TogglTimestamp.parse("2023-02-29T12:00:00Z") == nil)
        #expect(TogglTimestamp.parse("1900-02-29") == nil)
        #expect(TogglTimestamp.parse("2100-02-29") == nil)
        // 2024-03-01 is exactly one day after 2024-02-29.
        let feb29 = TogglTimestamp.parse("2024-02-29")?.timeIntervalSince1970
        let mar01 = TogglTimestamp.parse("2024-03-01")?.timeIntervalSince1970
        #expect(feb29.map { $0 + 86_400 } == mar01)
        #expect(TogglTimestamp.parse("2024-12-31T00:00:00Z")?.timeIntervalSince1970 == 1_735_603_200)
    }

    @Test func daysFromCivilAgreesWithCalendarAcrossCenturies() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for year in stride(from: 1601, through: 2401, by: 37) {
            for month in [1, 2, 3, 7, 12] {
                let components = DateComponents(year: year, month: month, day: 28)
                let expected = try #require(calendar.date(from: components))
                let string = String(format: "%04d-%02d-28", year, month)
                #expect(TogglTimestamp.parse(string) == expected, "\(string)")
            }
        }
    }

    @Test(arguments: [
        "", "2024", "2024-12-1", "2024-12-16T", "2024-12-16T01:55Z", "2024-12-16T01:55:24",
        "2024-13-01", "2024-00-10", "2024-04-31", "2024-12-00", "2024-12-32",
        "2024-12-16T24:00:00Z", "2024-12-16T23:60:00Z", "2024-12-16T23:59:61Z",
        "2024-12-16T01:55:24+24:00", "2024-12-16T01:55:24+03:60", "2024-12-16T01:55:24+3",
        "2024-12-16T01:55:24+03:", "2024-12-16T01:55:24.Z", "2024-12-16T01:55:24ZZ",
        "2024-12-16X01:55:24Z", "2024/12/16", " 2024-12-16", "2024-12-16 ", "2024-12-16T01:55:24 Z",
        "abcd-ef-ghTij:kl:mnZ", "2024-12-16T01:55:24.12a3Z", "2024-1２-16", "null",
    ])
    func rejectsGarbage(_ string: String) {
        #expect(TogglTimestamp.parse(string) == nil)
    }

    @Test func acceptsLeapSecond() {
        #expect(TogglTimestamp.parse("2016-12-31T23:59:60Z")
            == TogglTimestamp.parse("2017-01-01T00:00:00Z"))
    }

    @Test func formatWholeSecondsUTC() {
        #expect(TogglTimestamp.format(Date(timeIntervalSince1970: recordedStart)) == "2024-12-16T01:55:24Z")
        #expect(TogglTimestamp.format(Date(timeIntervalSince1970: recordedStart + 0.999)) == "2024-12-16T01:55:24Z")
        #expect(TogglTimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(TogglTimestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(TogglTimestamp.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }

    @Test func formatExactKeepsMicroseconds() throws {
        let at = try #require(TogglTimestamp.parse("2024-12-13T00:18:26.835197Z"))
        #expect(TogglTimestamp.formatExact(at) == "2024-12-13T00:18:26.835197Z")
        #expect(TogglTimestamp.formatExact(Date(timeIntervalSince1970: recordedStart)) == "2024-12-16T01:55:24Z")
        #expect(TogglTimestamp.formatExact(Date(timeIntervalSince1970: 1.5)) == "1970-01-01T00:00:01.500000Z")
    }

    @Test func formatDay() {
        #expect(TogglTimestamp.formatDay(Date(timeIntervalSince1970: recordedStart)) == "2024-12-16")
        #expect(TogglTimestamp.formatDay(Date(timeIntervalSince1970: 1_503_878_400)) == "2017-08-28")
        #expect(TogglTimestamp.formatDay(Date(timeIntervalSince1970: -1)) == "1969-12-31")
    }

    @Test func roundTrips() throws {
        let strings = [
            "2024-12-16T01:55:24Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z",
            "2030-12-31T12:34:56Z", "2006-01-01T00:00:00Z", "1999-12-31T23:59:59Z",
        ]
        for string in strings {
            let date = try #require(TogglTimestamp.parse(string))
            #expect(TogglTimestamp.format(date) == string)
            #expect(TogglTimestamp.formatExact(date) == string)
        }
        let micros = [
            "2024-12-16T01:38:02.034497Z", "2024-12-15T23:18:30.622070Z", "2024-12-16T02:24:56.566700Z",
            "2016-03-20T20:40:08.017845Z", "2024-12-16T02:11:58.000001Z", "2024-12-16T02:11:58.999999Z",
        ]
        for string in micros {
            let date = try #require(TogglTimestamp.parse(string))
            #expect(TogglTimestamp.formatExact(date) == string)
            #expect(TogglTimestamp.parse(TogglTimestamp.formatExact(date)) == date)
        }
        // Every second of a leap day and a range of epoch values survive format → parse.
        for t in stride(from: 951_782_400, to: 951_782_400 + 86_400, by: 997) {
            let date = Date(timeIntervalSince1970: TimeInterval(t))
            #expect(TogglTimestamp.parse(TogglTimestamp.format(date)) == date)
        }
    }

    @Test func parsesTwentyThousandTimestamps() {
        // Sanity only: DESIGN.md §8 wants this fast, but tests assert no timings.
        var strings: [String] = []
        strings.reserveCapacity(20_000)
        for i in 0..<20_000 {
            let date = Date(timeIntervalSince1970: 1_700_000_000 + TimeInterval(i * 3_607) + 0.25)
            strings.append(i.isMultiple(of: 2)
                ? TogglTimestamp.formatExact(date)
                : TogglTimestamp.format(date).replacingOccurrences(of: "Z", with: "+00:00"))
        }
        var parsed = 0
        for string in strings where TogglTimestamp.parse(string) != nil {
            parsed += 1
        }
        #expect(parsed == 20_000)
    }
}
