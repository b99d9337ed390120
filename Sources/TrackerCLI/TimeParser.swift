import Foundation
import TogglModels
import TrackerCore

/// Reads the times and durations typed on the command line, in the user's time zone, and says
/// what it accepts when it cannot read one.
///
/// Times: `now`, `10:10`, `2:10 PM`, `2pm`, `yesterday 17:00`, `today 8:00`, `2026-11-23 09:30`,
/// ISO 8601 (`2026-11-23T09:30:00+01:00`), and offsets from now (`-15m`, `15m ago`, `+1h`).
/// Durations: `1h30m`, `90m`, `1:30`, `1.5h`, `45s`, `90` (minutes).
public struct TimeParser: Sendable {
    /// The current moment.
    public var now: Date
    /// The user's time zone: bare times and day names are read in it.
    public var timeZone: Zone

    /// A parser for `now` in `timeZone`.
    public init(now: Date, timeZone: Zone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// What the time formats look like, for error messages.
    public static let timeHelp = "use e.g. 10:10, 2:10 PM, yesterday 17:00, 2026-11-23 09:30, an ISO 8601 time, or -15m"
    /// What the duration formats look like, for error messages.
    public static let durationHelp = "use e.g. 1h30m, 90m, 1:30 or 1.5h"
    /// What is said of a duration longer than ``TimeInput/maximumDurationSeconds``.
    public static let durationLimitHelp = "a duration can be at most \(TimeInput.maximumDurationSeconds / 3600) hours"

    /// Today in the user's time zone.
    public var today: LocalDay { LocalDay.containing(now, in: timeZone) }

    /// The moment `input` means, or nil.
    public func time(_ input: String) -> Date? {
        let text = input.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        if lower == "now" { return now }
        if let offset = relativeOffset(lower) { return now.addingTimeInterval(offset) }
        return TimeInput.parseTime(text, on: today, in: timeZone)
    }

    /// The moment `input` means.
    /// - Throws: ``CLIError`` (usage) naming the option and the accepted formats.
    public func requireTime(_ input: String, for what: String) throws -> Date {
        guard let date = time(input) else {
            throw CLIError.usage("Cannot read \(what) '\(input)': \(Self.timeHelp).")
        }
        return date
    }

    /// Seconds in a duration, or nil (zero and negative durations are refused).
    public func duration(_ input: String) -> Int? {
        guard let seconds = TimeInput.parseDuration(input), seconds > 0 else { return nil }
        return seconds
    }

    /// Seconds in a duration.
    /// - Throws: ``CLIError`` (usage).
    public func requireDuration(_ input: String, for what: String) throws -> Int {
        if TimeInput.readDuration(input) == .tooLong {
            throw CLIError.usage("Cannot use \(what) '\(input)': \(Self.durationLimitHelp).")
        }
        guard let seconds = duration(input) else {
            throw CLIError.usage("Cannot read \(what) '\(input)': \(Self.durationHelp).")
        }
        return seconds
    }

    /// A day: `today`, `yesterday`, `tomorrow`, `YYYY-MM-DD`, or a time (its day).
    public func day(_ input: String) -> LocalDay? {
        let lower = input.trimmingCharacters(in: .whitespaces).lowercased()
        switch lower {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        case "tomorrow": return today.adding(days: 1)
        default:
            if let day = TimeInput.parseDay(lower) { return day }
            return time(input).map { LocalDay.containing($0, in: timeZone) }
        }
    }

    /// `-15m`, `+1h`, `15m ago` as seconds from now.
    private func relativeOffset(_ text: String) -> TimeInterval? {
        var body = text
        var sign = 0.0
        if body.hasSuffix(" ago") {
            body.removeLast(4)
            sign = -1
        } else if body.hasPrefix("-") {
            body.removeFirst()
            sign = -1
        } else if body.hasPrefix("+") {
            body.removeFirst()
            sign = 1
        }
        guard sign != 0, body.contains(where: \.isLetter), let seconds = TimeInput.parseDuration(body) else { return nil }
        return sign * TimeInterval(seconds)
    }
}
