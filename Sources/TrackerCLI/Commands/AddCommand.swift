import ArgumentParser
import Foundation
import TogglModels
import TrackerCore

/// `add START (STOP|DURATION) DESCRIPTION… [-p] [-t] [-b] [--task] [-w]`: records a finished
/// entry. One request with a local store (or without names and with `default_wid`).
public struct AddCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a finished entry.",
        discussion: """
            END is a stop time or a duration (1h30m, 90m, 1:30). A time that would fall before START \
            (like 1:30 after 9:00) is read as a duration.
            Example: toggl-tui add 9:00 10:30 Design review -p Website -t meeting
            """)

    /// When it started.
    @Argument(help: "When it started: 9:00, 2:10 PM, 'yesterday 17:00', ISO 8601.")
    public var start: String

    /// When it stopped, or how long it took.
    @Argument(help: "When it stopped, or how long it took.")
    public var end: String

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
        let startDate = try parser.requireTime(start, for: "START")
        let stopDate: Date
        // A bare clock time is on START's day.
        let startDay = LocalDay.containing(startDate, in: session.timeZone)
        let endTime = TimeInput.parseClock(end) != nil
            ? TimeInput.parseTime(end, on: startDay, in: session.timeZone) : parser.time(end)
        if let time = endTime, time > startDate, !end.contains(where: { "hms".contains($0) }) {
            stopDate = time
        } else if let seconds = parser.duration(end) {
            stopDate = startDate.addingTimeInterval(TimeInterval(seconds))
        } else if TimeInput.readDuration(end) == .tooLong {
            throw CLIError.usage("Cannot use END '\(end)': \(TimeParser.durationLimitHelp).")
        } else {
            throw CLIError.usage("Cannot read END '\(end)': give a stop time after START or a duration (\(TimeParser.durationHelp)).")
        }
        try await Self.addFinished(from: startDate, to: stopDate, description: description, fields: fields, billable: billable,
                                   in: session)
    }

    /// Writes a finished entry `from`–`to` with the description words and fields given (names
    /// resolved, journaled like every write) and reports it: `add`'s work, and `gaps fill`'s.
    static func addFinished(from start: Date, to stop: Date, description: [String], fields: EntryFields, billable: Bool,
                            in session: CLISession) async throws {
        let resolved = try await EntryResolution.resolve(fields.names, in: session)
        let text = description.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let payload = TimeEntryPayload(
            start: start, stop: .set(stop), description: text.isEmpty ? nil : .set(text),
            projectID: resolved.projectID.map { .set($0) }, taskID: resolved.taskID.map { .set($0) },
            tags: resolved.tags.isEmpty ? nil : resolved.tags, billable: billable ? true : nil)
        let entry = try await session.writer().createEntry(in: resolved.workspaceID, payload)
        try EntryOutput.written(entry, verb: "Added", in: session)
    }
}
