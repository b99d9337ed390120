import ArgumentParser
import Foundation
import TrackerStatus
import TogglModels

/// `continue [QUERY|ID] [--at TIME]`: starts a new timer like an earlier entry (the last one,
/// the newest whose description contains QUERY, or entry ID). One request with a local store.
public struct ContinueCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "continue", abstract: "Start again the last entry, or one matching a description or id.")

    /// Description words or an id.
    @Argument(help: "An entry id, or words of its description (default: the last entry).")
    public var query: [String] = []

    /// When it starts.
    @Option(help: "When it starts (default now).")
    public var at: String?

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        let start = try at.map { try session.parser.requireTime($0, for: "--at") } ?? session.now
        let text = query.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let recent = try await session.recentEntries()
        let source: TimeEntry
        if let id = EntryReference.id(text) {
            if let found = recent.first(where: { $0.id == id }) {
                source = found
            } else {
                source = try await session.entry(id)
            }
        } else if text.isEmpty {
            guard let last = recent.first(where: { !$0.isRunning }) ?? recent.first else {
                throw CLIError.notFound("No recent entry to continue.")
            }
            source = last
        } else {
            guard let match = recent.first(where: { ($0.description ?? "").lowercased().contains(text.lowercased()) }) else {
                throw CLIError.notFound("No recent entry mentions '\(text)'.")
            }
            source = match
        }
        let payload = TimeEntryPayload(
            start: Date(timeIntervalSince1970: start.timeIntervalSince1970.rounded(.down)), duration: -1,
            description: source.description.map { .set($0) }, projectID: source.projectID.map { .set($0) },
            taskID: source.taskID.map { .set($0) }, tags: source.tags.isEmpty ? nil : source.tags,
            billable: source.billable ? true : nil)
        let entry = try await session.writer().startEntry(in: source.workspaceID, payload)
        try EntryOutput.written(entry, verb: "Continued", in: session)
    }
}
