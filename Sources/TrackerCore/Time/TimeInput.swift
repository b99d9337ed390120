#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Reads times and durations as people type them, in the user's time zone.
///
/// Times: `9:30`, `09:30`, `14:05`, `2:10 PM`, `2:10pm`, `2pm`, `930`, `yesterday 17:00`,
/// `today 8:00`, `2026-11-23 09:30`, `2026-11-23T09:30:00+01:00` (ISO 8601). A bare time means
/// that time on the given day. Durations: `1h30m`, `1h`, `90m`, `45s`, `1:30` (h:mm),
/// `1:30:15`, `1.5h`, `90` (minutes).
public enum TimeInput {
    /// The moment a typed time means on `day`, or nil when it can't be read.
    public static func parseTime(_ input: String, on day: LocalDay, in timeZone: Zone) -> Date? {
        let text = TextBasics.trimmingSpaces(input)
        guard !text.isEmpty else { return nil }
        if text.count > 10, text.contains("T"), let exact = TogglTimestamp.parse(text) { return exact }
        var words = text.split(separator: " ").map(String.init)
        var base = day
        if let first = words.first?.lowercased() {
            if first == "yesterday" { base = day.adding(days: -1); words.removeFirst() }
            else if first == "today" { words.removeFirst() }
            else if first == "tomorrow" { base = day.adding(days: 1); words.removeFirst() }
            else if let explicit = parseDay(first) { base = explicit; words.removeFirst() }
        }
        guard !words.isEmpty else { return base.start(in: timeZone) }
        guard let (hour, minute) = parseClock(words.joined(separator: " ")) else { return nil }
        return timeZone.date(year: base.year, month: base.month, day: base.day, hour: hour, minute: minute)
    }

    /// `YYYY-MM-DD` as a day.
    public static func parseDay(_ text: String) -> LocalDay? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        // No 30 February or 31 April (the calendar would quietly roll them into the next month).
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        return LocalDay(year: year, month: month, day: day)
    }

    /// Hours and minutes of a clock time: `9:30`, `14:05`, `2:10 PM`, `2pm`, `930`, `1430`.
    public static func parseClock(_ input: String) -> (hour: Int, minute: Int)? {
        var text = input.lowercased().replacing(" ", with: "")
        var meridiem: String?
        for suffix in ["am", "pm", "a", "p"] where text.hasSuffix(suffix) {
            meridiem = suffix.hasPrefix("a") ? "am" : "pm"
            text.removeLast(suffix.count)
            break
        }
        var hour: Int
        var minute = 0
        if text.contains(":") || text.contains(".") {
            let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2 else { return nil }
            hour = h
            minute = m
        } else if let number = Int(text), text.allSatisfy(\.isNumber) {
            switch text.count {
            case 1, 2: hour = number
            case 3, 4: hour = number / 100; minute = number % 100
            default: return nil
            }
        } else {
            return nil
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "am", hour == 12 { hour = 0 }
            if meridiem == "pm", hour != 12 { hour += 12 }
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return (hour, minute)
    }

    /// The longest duration a user may type: 999 hours (Toggl's own timer shows at most
    /// `999:59:59`). Anything longer is refused, so no arithmetic on a typed number can overflow.
    public static let maximumDurationSeconds = 999 * 3600

    /// What reading a typed duration gave.
    public enum DurationReading: Sendable, Equatable {
        /// The duration in seconds (at most ``TimeInput/maximumDurationSeconds``).
        case seconds(Int)
        /// Readable, but longer than ``TimeInput/maximumDurationSeconds``.
        case tooLong
        /// Not a duration.
        case unreadable
    }

    /// Seconds in a typed duration, or nil (also when it is longer than
    /// ``maximumDurationSeconds``; ``readDuration(_:)`` tells the two apart).
    public static func parseDuration(_ input: String) -> Int? {
        if case .seconds(let seconds) = readDuration(input) { return seconds }
        return nil
    }

    /// Reads a typed duration: `1h30m`, `1h`, `90m`, `45s`, `1:30` (h:mm), `1:30:15`, `1.5h`,
    /// `90` (minutes). Huge numbers are `.tooLong`, never an overflow.
    public static func readDuration(_ input: String) -> DurationReading {
        let text = input.lowercased().replacing(" ", with: "")
        guard !text.isEmpty else { return .unreadable }
        let limit = Double(maximumDurationSeconds)
        // Plain ASCII digits only: no signs, no empty parts.
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
        // Digits read as a Double never overflow (a huge number is a huge Double, then too long).
        let number = { (part: Substring) in Double(String(part)) ?? .infinity }
        let checked = { (seconds: Double) -> DurationReading in
            seconds.isFinite && seconds <= limit ? .seconds(Int(seconds.rounded())) : .tooLong
        }
        if text.contains(":") {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.allSatisfy(isDigits) else { return .unreadable }
            let numbers = parts.map(number)
            // Minutes and seconds after the hours stay below 60.
            guard numbers.dropFirst().allSatisfy({ $0 < 60 }) else { return .unreadable }
            switch numbers.count {
            case 2: return checked(numbers[0] * 3600 + numbers[1] * 60)
            case 3: return checked(numbers[0] * 3600 + numbers[1] * 60 + numbers[2])
            default: return .unreadable
            }
        }
        if isDigits(Substring(text)) { return checked(number(Substring(text)) * 60) }
        var total = 0.0
        var digits = ""
        var sawUnit = false
        for character in text {
            if ("0"..."9").contains(character) || character == "." {
                digits.append(character)
            } else {
                guard let value = Double(digits), value.isFinite else { return .unreadable }
                switch character {
                case "h": total += value * 3600
                case "m": total += value * 60
                case "s": total += value
                default: return .unreadable
                }
                digits = ""
                sawUnit = true
            }
        }
        guard digits.isEmpty, sawUnit else { return .unreadable }
        return checked(total)
    }
}
