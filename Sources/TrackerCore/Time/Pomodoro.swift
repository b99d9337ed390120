#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// `pomodoro = 25m/5m`: a running timer's time cut into focus spans with breaks between them,
/// counted from the timer's start — focus 0–25 min, break 25–30, focus 30–55, … The end of each
/// focus span rings (the timer keeps running); spans are counted per day from the entries.
public struct Pomodoro: Sendable, Hashable, CustomStringConvertible {
    /// Why a `pomodoro` value could not be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// The longest focus span or break: a day.
    public static let longestSpanSeconds = 86_400

    /// Seconds of focus before the bell.
    public let focusSeconds: Int
    /// Seconds of break after it (0: the next span starts at once).
    public let breakSeconds: Int

    /// A focus span of `focusSeconds` (at least a minute) and a break of `breakSeconds`, each at
    /// most a day.
    public init?(focusSeconds: Int, breakSeconds: Int) {
        guard (60...Self.longestSpanSeconds).contains(focusSeconds), (0...Self.longestSpanSeconds).contains(breakSeconds) else { return nil }
        self.focusSeconds = focusSeconds
        self.breakSeconds = breakSeconds
    }

    /// A focus span and the break after it.
    public var cycleSeconds: Int { focusSeconds + breakSeconds }

    /// `25m/5m`.
    public var description: String {
        "\(TimeFormat.shortDuration(focusSeconds).replacing(" ", with: ""))/"
            + TimeFormat.shortDuration(breakSeconds).replacing(" ", with: "")
    }

    /// Reads `focus/break` — durations as typed anywhere in the app (`25m/5m`, `50/10`,
    /// `1h/15m`, `25m/0`) — or `off` (nil).
    public static func parse(_ text: String) throws(ParseError) -> Pomodoro? {
        let trimmed = TextBasics.trimmingSpaces(text)
        if trimmed.lowercased() == "off" { return nil }
        let usage = "pomodoro must be a focus span and a break like 25m/5m (each at most 24h, focus at least 1m), or off"
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let focus = TimeInput.parseDuration(String(parts[0])), let pause = TimeInput.parseDuration(String(parts[1])),
              let pomodoro = Pomodoro(focusSeconds: focus, breakSeconds: pause)
        else { throw ParseError(description: "\(usage), not '\(text)'") }
        return pomodoro
    }

    /// How many focus spans of a timer started at `start` have ended by `end`.
    public func completedSpans(start: Date, end: Date) -> Int {
        let elapsed = end.timeIntervalSince(start)
        guard elapsed >= Double(focusSeconds) else { return 0 }
        let more = ((elapsed - Double(focusSeconds)) / Double(cycleSeconds)).rounded(.down)
        // An absurd elapsed time (a start decades back) stays a plain count.
        return 1 + Int(min(more, 1e9))
    }

    /// When focus span `number` (1 is the first) of a timer started at `start` ends.
    public func endOfSpan(_ number: Int, start: Date) -> Date {
        start.addingTimeInterval(Double(max(0, number - 1)) * Double(cycleSeconds) + Double(focusSeconds))
    }

    /// Focus spans of `entries` that ended within `day` and by `now` (each entry up to its end).
    public func spans(of entries: [TimeEntry], endingIn day: DateInterval, now: Date) -> Int {
        var count = 0
        for entry in entries {
            let end = min(entry.end(at: now), now, day.end)
            guard end >= day.start else { continue }
            let byEnd = completedSpans(start: entry.start, end: end)
            // Spans that ended before the day began belong to an earlier day.
            let beforeDay = day.start > entry.start ? completedSpans(start: entry.start, end: day.start.addingTimeInterval(-0.001)) : 0
            count += max(0, byEnd - beforeDay)
        }
        return count
    }

    /// Where a timer started at `start` stands at `now`: in focus span `number` until `until`, or
    /// in the break after it until `until`.
    public func phase(start: Date, now: Date) -> (number: Int, inFocus: Bool, until: Date) {
        let elapsed = max(0, now.timeIntervalSince(start))
        let cycle = (elapsed / Double(cycleSeconds)).rounded(.down)
        let cycleStart = start.addingTimeInterval(min(cycle, 1e9) * Double(cycleSeconds))
        let focusEnd = cycleStart.addingTimeInterval(Double(focusSeconds))
        let number = Int(min(cycle, 1e9)) + 1
        return now < focusEnd ? (number, true, focusEnd) : (number, false, cycleStart.addingTimeInterval(Double(cycleSeconds)))
    }
}
