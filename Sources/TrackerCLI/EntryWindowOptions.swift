import ArgumentParser
import Foundation
import TogglModels
import TrackerCore

/// Which days `ls` and `sum` look at.
public struct EntryWindowOptions: ParsableArguments, Sendable {
    /// Today only.
    @Flag(help: "Today only.")
    public var today = false

    /// This week.
    @Flag(help: "This week (weeks start on your Toggl profile's first day).")
    public var week = false

    /// From this day or time.
    @Option(help: "From this day or time (today, yesterday, 2026-11-01, 'yesterday 17:00').")
    public var since: String?

    /// Until this day (inclusive) or time.
    @Option(help: "Until this day (inclusive) or time.")
    public var until: String?

    /// Ask Toggl even while this machine's copy is fresh.
    @Flag(help: "Ask Toggl even when this machine's copy is fresh (synced within cli_max_age).")
    public var refresh = false

    /// Defaults: no window given.
    public init() {}

    /// The instants `start..<end` asked for; without options, `fallbackDays` days up to today
    /// (0 = this week).
    public func window(in session: CLISession, fallbackDays: Int) throws -> (start: Date, end: Date) {
        if refresh { session.refreshRequested = true }
        let parser = session.parser
        let zone = session.timeZone
        let today = parser.today
        let weekStart = today.startOfWeek(beginningOfWeek: session.catalog?.profile?.beginningOfWeek ?? 1)
        if self.today { return (today.start(in: zone), today.end(in: zone)) }
        if week { return (weekStart.start(in: zone), weekStart.adding(days: 7).start(in: zone)) }
        var start = fallbackDays > 0 ? today.adding(days: 1 - fallbackDays).start(in: zone) : weekStart.start(in: zone)
        var end = today.end(in: zone)
        if let since {
            start = try instant(since, parser: parser, zone: zone, endOfDay: false, what: "--since")
        }
        if let until {
            end = try instant(until, parser: parser, zone: zone, endOfDay: true, what: "--until")
        }
        guard start < end else { throw CLIError.usage("--since must come before --until.") }
        return (start, end)
    }

    private func instant(_ text: String, parser: TimeParser, zone: Zone, endOfDay: Bool, what: String) throws -> Date {
        let lower = text.lowercased()
        let isDay = ["today", "yesterday", "tomorrow"].contains(lower) || TimeInput.parseDay(lower) != nil
        if isDay, let day = parser.day(text) { return endOfDay ? day.end(in: zone) : day.start(in: zone) }
        return try parser.requireTime(text, for: what)
    }
}
