import ArgumentParser
import Foundation
import TrackerStatus
import TogglModels
import TrackerCore

/// `gaps [ls] [window] [--min 5m] [--csv]` lists the untracked stretches inside each day's
/// tracked span, and the stretches two entries both claim; `gaps fill [DAY:]N DESCRIPTION…
/// [-p] [-t]` adds an entry covering gap N, journaled like any `add`.
public struct GapsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gaps", abstract: "List the gaps between your entries and where they overlap; fill a gap.",
        subcommands: [List.self, Fill.self], defaultSubcommand: List.self)

    public init() {}

    /// The days `window` covers, in the user's zone.
    static func days(from start: Date, to end: Date, in zone: Zone) -> [LocalDay] {
        var days: [LocalDay] = []
        var day = LocalDay.containing(start, in: zone)
        while day.start(in: zone) < end, days.count < 3_660 {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days
    }

    /// `gaps ls`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(
            commandName: "ls", abstract: "List gaps and overlaps (default: today).",
            discussion: """
                Gaps are numbered per day (every gap of a second or more counts, so a number stays the same \
                whatever --min hides); `toggl-tui gaps fill 2 …` fills today's gap 2, `gaps fill yesterday:1 …` \
                yesterday's first.
                """)

        @OptionGroup public var window: EntryWindowOptions

        /// The shortest gap shown.
        @Option(help: "Hide gaps shorter than this (default 1m); overlaps are always shown.")
        public var min = "1m"

        /// CSV instead of a table.
        @Flag(help: "Print CSV: a header row, one row per gap or overlap.")
        public var csv = false

        @OptionGroup public var global: GlobalOptions

        public init() {}

        /// One row of `--json`.
        struct Row: Encodable {
            var day: String
            var kind: String
            var number: Int?
            var start: Date
            var end: Date
            var seconds: Int
            var before: Int64
            var after: Int64
        }

        public func execute(in session: CLISession) async throws {
            guard !(csv && global.json) else { throw CLIError.usage("Choose --csv or --json, not both.") }
            let minimum = try session.parser.requireDuration(min, for: "--min")
            try await session.loadCatalog()
            let range = try window.window(in: session, fallbackDays: 1)
            let zone = session.timeZone
            // An entry that began the day before may reach into the first day.
            let entries = try await session.entries(from: range.start.addingTimeInterval(-86_400), to: range.end)
            let presenter = session.presenter
            let stretches = GapsCommand.days(from: range.start, to: range.end, in: zone).flatMap { day in
                DayGaps(day: day, entries: entries, timeZone: zone, now: session.now).shown(minimumSeconds: minimum)
                    .map { (day: day, stretch: $0) }
            }
            if global.json {
                return try session.printJSON(stretches.map {
                    Row(day: $0.day.description, kind: $0.stretch.kind.rawValue, number: $0.stretch.number, start: $0.stretch.start,
                        end: $0.stretch.end, seconds: $0.stretch.seconds, before: $0.stretch.before.id, after: $0.stretch.after.id)
                })
            }
            func cells(_ day: LocalDay, _ stretch: DayGaps.Stretch) -> [String] {
                let what = stretch.kind == .gap ? "gap" : "overlap"
                let between = "\(presenter.description(stretch.before)) → \(presenter.description(stretch.after))"
                return [stretch.number.map(String.init) ?? "", presenter.format.day(day), presenter.time(stretch.start),
                        presenter.time(stretch.end), TimeFormat.duration(stretch.seconds), what, between]
            }
            if csv {
                let rows = stretches.map { item -> [CSVTable.Field] in
                    let row = cells(item.day, item.stretch)
                    return [.number(row[0]), .number(row[1]), .number(row[2]), .number(row[3]), .number(row[4]), .text(row[5]),
                            .text(presenter.description(item.stretch.before)), .text(presenter.description(item.stretch.after))]
                }
                let header = ["number", "date", "start", "end", "length", "kind", "before", "after"]
                return session.context.output.write(CSVTable(header: header, rows: rows).render())
            }
            if stretches.isEmpty { return session.report("No gaps or overlaps.") }
            var table = TextTable(columns: [.init("#", .right), .init("DATE"), .init("START"), .init("END"), .init("LENGTH", .right),
                                            .init("KIND"), .init("BETWEEN")])
            table.rows = stretches.map { cells($0.day, $0.stretch) }
            let gaps = stretches.filter { $0.stretch.kind == .gap }
            let overlaps = stretches.count - gaps.count
            var footer = "\(gaps.count) \(gaps.count == 1 ? "gap" : "gaps"), "
                + "\(TimeFormat.duration(DurationLimit.sum(gaps.map(\.stretch.seconds)))) untracked"
            if overlaps > 0 { footer += "; \(overlaps) \(overlaps == 1 ? "overlap" : "overlaps")" }
            table.footer = [footer + ". Fill one: toggl-tui gaps fill [DAY:]N DESCRIPTION -p PROJECT"]
            session.context.output.write(table.render())
        }
    }

    /// `gaps fill [DAY:]N DESCRIPTION…`.
    public struct Fill: CLICommand {
        public static let configuration = CommandConfiguration(
            commandName: "fill", abstract: "Add an entry covering a gap (numbered as `gaps` lists them).",
            discussion: "Example: toggl-tui gaps fill 2 Code review -p Website · toggl-tui gaps fill yesterday:1 Lunch")

        /// Which gap.
        @Argument(help: "The gap's number on today's list, or DAY:N (yesterday:2, 2026-11-20:1).")
        public var gap: String

        /// The description.
        @Argument(help: "What was done.")
        public var description: [String] = []

        @OptionGroup public var fields: EntryFields

        /// Billable.
        @Flag(name: .shortAndLong, help: "Mark the entry billable.")
        public var billable = false

        @OptionGroup public var global: GlobalOptions

        public init() {}

        public func execute(in session: CLISession) async throws {
            let parser = session.parser
            let parts = gap.split(separator: ":", omittingEmptySubsequences: false)
            let dayText = parts.count > 1 ? parts.dropLast().joined(separator: ":") : "today"
            guard let number = parts.last.flatMap({ Int($0) }), number > 0 else {
                throw CLIError.usage("Cannot read the gap '\(gap)': give its number from `toggl-tui gaps`, like 2 or yesterday:2.")
            }
            guard let day = parser.day(dayText) else {
                throw CLIError.usage("Cannot read the day '\(dayText)': use today, yesterday or 2026-11-20.")
            }
            try await session.loadCatalog()
            let zone = session.timeZone
            let entries = try await session.entries(from: day.start(in: zone).addingTimeInterval(-86_400), to: day.end(in: zone))
            let gaps = DayGaps(day: day, entries: entries, timeZone: zone, now: session.now)
            guard let found = gaps.gap(number) else {
                let count = gaps.stretches.filter { $0.kind == .gap }.count
                throw CLIError.notFound("\(session.presenter.format.day(day)) has \(count == 0 ? "no gaps" : count == 1 ? "one gap" : "\(count) gaps"); "
                    + "there is no gap \(number). See `toggl-tui gaps`.")
            }
            try await AddCommand.addFinished(from: found.start, to: found.end, description: description, fields: fields,
                                             billable: billable, in: session)
        }
    }
}
