import ArgumentParser
import Foundation
import TogglModels

/// `start [DESCRIPTION] [-p PROJECT] [-t TAGS] [-b] [--task TASK] [-w WORKSPACE] [--at TIME]`:
/// starts a timer (Toggl stops the running one). One request when names resolve from the
/// local store (or nothing needs resolving and `default_wid` is set); two otherwise.
public struct StartCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Start a timer (the running one stops).")

    /// The description, as one or more words.
    @Argument(help: "What you are working on.")
    public var description: [String] = []

    @OptionGroup public var fields: EntryFields

    /// Billable.
    @Flag(name: .shortAndLong, help: "Mark the entry billable.")
    public var billable = false

    /// When it started.
    @Option(help: "When it started (default now): 10:10, 2:10 PM, -15m, yesterday 17:00, ISO 8601.")
    public var at: String?

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        let start = try at.map { try session.parser.requireTime($0, for: "--at") } ?? session.now
        let resolved = try await EntryResolution.resolve(fields.names, in: session)
        let text = description.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let payload = TimeEntryPayload(
            start: Date(timeIntervalSince1970: start.timeIntervalSince1970.rounded(.down)), duration: -1,
            description: text.isEmpty ? nil : .set(text), projectID: resolved.projectID.map { .set($0) },
            taskID: resolved.taskID.map { .set($0) }, tags: resolved.tags.isEmpty ? nil : resolved.tags,
            billable: billable ? true : nil)
        let entry = try await session.writer().startEntry(in: resolved.workspaceID, payload)
        try EntryOutput.written(entry, verb: "Started", in: session)
    }
}
