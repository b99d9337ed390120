#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Fast RFC 3339 timestamp parsing and formatting for Toggl payloads.
///
/// Toggl sends several spellings of the same instant: `2024-12-16T01:55:24Z` (write echoes),
/// `2024-12-13T00:18:26+00:00` (reads), `2024-12-13T00:18:26.835197Z` (`at`),
/// local offsets such as `2024-07-30T11:13:46+03:00` (Reports v3) and plain dates such as
/// `2017-08-28` (project `start_date`). ``parse(_:)`` accepts all of them by reading the UTF-8
/// bytes directly — no `DateFormatter`, no `ISO8601DateFormatter` — because a bootstrap decodes
/// tens of thousands of timestamps.
public enum TogglTimestamp {
    /// Parses an RFC 3339 timestamp or a plain `YYYY-MM-DD` date.
    ///
    /// Accepted grammar:
    /// - `YYYY-MM-DD` alone (midnight UTC of that day), or
    /// - `YYYY-MM-DD` `T`/`t`/space `hh:mm:ss`, optional fraction (`.` or `,` followed by any
    ///   number of digits; precision beyond nanoseconds is ignored), then a zone: `Z`/`z`,
    ///   `±hh:mm`, `±hhmm` or `±hh`.
    ///
    /// Fields are range-checked (month 1–12, day within the month incl. leap years, hour < 24,
    /// minute < 60, second ≤ 60, offset hour < 24 and minute < 60).
    ///
    /// - Returns: the instant, or `nil` for anything else (including surrounding whitespace).
    public static func parse(_ string: String) -> Date? {
        if let result = string.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0) }) {
            return result
        }
        var copy = string
        return copy.withUTF8 { parse(bytes: $0) }
    }

    /// Parses the UTF-8 bytes of a timestamp, as ``parse(_:)`` parses a string (same grammar,
    /// same result), without making a `String` first — for readers that hold the bytes.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        parse(bytes: bytes)
    }

    /// Formats `date` as RFC 3339 UTC with whole seconds, e.g. `2024-12-16T01:55:24Z`.
    ///
    /// Sub-second parts are dropped (rounded toward the past).
    public static func format(_ date: Date) -> String {
        let (seconds, _) = split(date, fractionScale: 1)
        return render(epochSeconds: seconds, microseconds: nil)
    }

    /// Formats `date` as RFC 3339 UTC, keeping microseconds only when the date has a sub-second
    /// part: `2024-12-16T01:55:24Z` or `2024-12-13T00:18:26.835197Z`.
    ///
    /// This is the spelling Toggl itself uses for `at`; ``TogglJSON/makeEncoder()`` uses it so that
    /// a decoded value encodes back to the same instant.
    public static func formatExact(_ date: Date) -> String {
        let (seconds, micros) = split(date, fractionScale: 1_000_000)
        return render(epochSeconds: seconds, microseconds: micros == 0 ? nil : micros)
    }

    /// Formats the UTC calendar day of `date` as `YYYY-MM-DD`, e.g. `2017-08-28`.
    public static func formatDay(_ date: Date) -> String {
        let (seconds, _) = split(date, fractionScale: 1)
        let days = floorDiv(seconds, 86_400)
        let (year, month, day) = civil(fromDays: days)
        var out: [UInt8] = []
        out.reserveCapacity(10)
        appendYear(year, to: &out)
        out.append(UInt8(ascii: "-"))
        append2(month, to: &out)
        out.append(UInt8(ascii: "-"))
        append2(day, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian, Howard Hinnant's algorithms)

    /// Days since 1970-01-01 for a civil date.
    package static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date for a count of days since 1970-01-01.
    package static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    package static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: - Parsing

    private static let nanosecondScale: [Int] = [
        1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1,
    ]

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        let n = b.count
        guard n >= 10 else { return nil }

        @inline(__always) func digit(_ i: Int) -> Int? {
            let c = b[i]
            return c >= 48 && c <= 57 ? Int(c &- 48) : nil
        }
        @inline(__always) func two(_ i: Int) -> Int? {
            guard i + 1 < n, let hi = digit(i), let lo = digit(i + 1) else { return nil }
            return hi * 10 + lo
        }

        // Date: YYYY-MM-DD
        guard let y1 = two(0), let y2 = two(2), b[4] == UInt8(ascii: "-"),
              let month = two(5), b[7] == UInt8(ascii: "-"), let day = two(8)
        else { return nil }
        let year = y1 * 100 + y2
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year, month) else { return nil }
        let dayCount = days(fromCivil: year, month, day)
        if n == 10 {
            return Date(timeIntervalSince1970: TimeInterval(dayCount * 86_400))
        }

        // Separator and time: Thh:mm:ss
        let sep = b[10]
        guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: "t") || sep == UInt8(ascii: " "),
              n >= 19,
              let hour = two(11), b[13] == UInt8(ascii: ":"),
              let minute = two(14), b[16] == UInt8(ascii: ":"),
              let second = two(17),
              hour < 24, minute < 60, second <= 60
        else { return nil }

        // Optional fraction.
        var i = 19
        var nanos = 0
        if i < n, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
            i += 1
            let start = i
            while i < n, let d = digit(i) {
                if i - start < 9 { nanos = nanos * 10 + d }
                i += 1
            }
            let count = i - start
            guard count > 0 else { return nil }
            nanos *= nanosecondScale[min(count, 9)]
        }

        // Zone.
        guard i < n else { return nil }
        var offset = 0
        let z = b[i]
        if z == UInt8(ascii: "Z") || z == UInt8(ascii: "z") {
            i += 1
        } else if z == UInt8(ascii: "+") || z == UInt8(ascii: "-") {
            guard let oh = two(i + 1), oh < 24 else { return nil }
            i += 3
            var om = 0
            if i < n {
                if b[i] == UInt8(ascii: ":") { i += 1 }
                guard let m = two(i), m < 60 else { return nil }
                om = m
                i += 2
            }
            offset = (oh * 3600 + om * 60) * (z == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        guard i == n else { return nil }

        let seconds = dayCount * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(nanos) / 1e9)
    }

    // MARK: - Formatting

    /// Whole epoch seconds (floored) and the remaining fraction scaled and rounded.
    private static func split(_ date: Date, fractionScale: Int) -> (seconds: Int, fraction: Int) {
        let t = date.timeIntervalSince1970
        guard t.isFinite, abs(t) < 1e15 else { return (0, 0) }
        var whole = t.rounded(.down)
        guard fractionScale > 1 else { return (Int(whole), 0) }
        var fraction = Int(((t - whole) * Double(fractionScale)).rounded())
        if fraction >= fractionScale {
            whole += 1
            fraction -= fractionScale
        }
        return (Int(whole), fraction)
    }

    private static func render(epochSeconds: Int, microseconds: Int?) -> String {
        let days = floorDiv(epochSeconds, 86_400)
        let secondOfDay = epochSeconds - days * 86_400
        let (year, month, day) = civil(fromDays: days)
        var out: [UInt8] = []
        out.reserveCapacity(27)
        appendYear(year, to: &out)
        out.append(UInt8(ascii: "-"))
        append2(month, to: &out)
        out.append(UInt8(ascii: "-"))
        append2(day, to: &out)
        out.append(UInt8(ascii: "T"))
        append2(secondOfDay / 3600, to: &out)
        out.append(UInt8(ascii: ":"))
        append2(secondOfDay / 60 % 60, to: &out)
        out.append(UInt8(ascii: ":"))
        append2(secondOfDay % 60, to: &out)
        if let micros = microseconds {
            out.append(UInt8(ascii: "."))
            var divisor = 100_000
            while divisor > 0 {
                out.append(UInt8(48 + micros / divisor % 10))
                divisor /= 10
            }
        }
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `a / b` rounded towards negative infinity (days before 1970 stay days before 1970).
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func append2(_ value: Int, to out: inout [UInt8]) {
        out.append(UInt8(48 + value / 10 % 10))
        out.append(UInt8(48 + value % 10))
    }

    private static func appendYear(_ year: Int, to out: inout [UInt8]) {
        if (0...9999).contains(year) {
            append2(year / 100, to: &out)
            append2(year % 100, to: &out)
        } else {
            out.append(contentsOf: Array(String(year).utf8))
        }
    }
}
