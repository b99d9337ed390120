import ArgumentParser
import Foundation
import TogglModels
import TrackerCore

/// `ls [--today|--week|--since|--until] [-n N] [-p PROJECT] [-t TAG] [--fields …] [--csv]`: lists
/// entries, oldest first. One request (entries) with a local store; one without when the
/// window lies in the last week (the bootstrap brings those entries along). Days more than
/// three months back come from a Reports v3 detailed report of each workspace.
public struct ListCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "ls", abstract: "List time entries (default: the last 7 days).")

    @OptionGroup public var window: EntryWindowOptions

    /// At most this many (the newest).
    @Option(name: [.customShort("n"), .long], help: "Show at most N entries (the newest).")
    public var count: Int?

    /// Only this project.
    @Option(name: .shortAndLong, help: "Only entries of this project (name or id).")
    public var project: String?

    /// Only this tag.
    @Option(name: .shortAndLong, help: "Only entries with this tag.")
    public var tag: String?

    /// Columns.
    @Option(help: "Columns, comma-separated: \(EntryPresenter.Field.allCases.map(\.rawValue).joined(separator: ",")).")
    public var fields = "id,date,start,stop,duration,description,project,tags"

    /// CSV instead of a table.
    @Flag(help: "Print CSV: a header row of the field names, one row per entry.")
    public var csv = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    public func execute(in session: CLISession) async throws {
        guard !(csv && global.json) else { throw CLIError.usage("Choose --csv or --json, not both.") }
        let columns = try fields.split(separator: ",").map { name -> EntryPresenter.Field in
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let field = EntryPresenter.Field(rawValue: trimmed) else {
                throw CLIError.usage("Unknown field '\(trimmed)'; the fields are \(EntryPresenter.Field.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return field
        }
        try await session.loadCatalog()
        let range = try window.window(in: session, fallbackDays: 7)
        var entries = try await session.entries(from: range.start, to: range.end)
        if let project {
            let workspace = try await session.workspace(nil)
            let found = try await session.project(project, in: workspace.id)
            entries = entries.filter { $0.projectID == found.id }
        }
        if let tag { entries = entries.filter { $0.tags.contains { $0.lowercased() == tag.lowercased() } } }
        entries.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        if let count { entries = Array(entries.suffix(max(0, count))) }
        if global.json { return try session.printJSON(entries) }
        let presenter = session.presenter
        if csv {
            let rows = entries.map { entry in columns.map { CSVTable.Field.text(presenter.value($0, of: entry)) } }
            return session.context.output.write(CSVTable(header: columns.map(\.rawValue), rows: rows).render())
        }
        if entries.isEmpty { return session.report("No entries.") }
        var table = presenter.table(entries, fields: columns)
        let total = DurationLimit.sum(entries.lazy.map(presenter.seconds))
        table.footer = ["\(entries.count) \(entries.count == 1 ? "entry" : "entries"), \(TimeFormat.duration(total)) in all"]
        session.context.output.write(table.render())
    }
}
