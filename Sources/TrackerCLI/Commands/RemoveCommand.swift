import ArgumentParser
import Foundation
import TrackerStatus
import TogglModels

/// `rm ID|DESCRIPTION [--yes]`: deletes an entry, after asking unless `--yes`.
public struct RemoveCommand: CLICommand {
    public static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a time entry.")

    /// Id or description.
    @Argument(help: "The entry's id, or its description (a recent entry; must match one).")
    public var query: [String]

    /// Skip the question.
    @Flag(name: .shortAndLong, help: "Do not ask.")
    public var yes = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        let text = query.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        let entry: TimeEntry
        if let id = EntryReference.id(text) {
            entry = try await session.entry(id)
        } else {
            let recent = try await session.recentEntries()
            let presenter = session.presenter
            let resolver = NameResolver(kind: "recent entry", plural: "recent entries", candidates: recent.map {
                .init(id: $0.id, name: $0.description ?? "", detail: "\(presenter.day($0.start)) \(presenter.time($0.start))", item: $0)
            })
            entry = try resolver.resolve(text)
        }
        session.storedCatalogIfAny()
        let line = session.presenter.line(entry)
        try session.confirm("Delete \(line)?", yes: yes)
        try await session.writer().deleteEntry(entry.id, in: entry.workspaceID)
        if global.json { return try session.printJSON(entry) }
        session.report("Deleted \(line)")
    }
}
