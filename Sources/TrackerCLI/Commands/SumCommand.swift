import ArgumentParser
import Foundation
import TogglModels
import TrackerCore

/// `sum [--by day|project|client|description] [--round 15m] [window]`: totals, by default of
/// this week by project.
public struct SumCommand: CLICommand {
    /// What totals are grouped by.
    public enum Grouping: String, ExpressibleByArgument, CaseIterable, Sendable {
        case day, project, client, description
    }

    public static let configuration = CommandConfiguration(
        commandName: "sum", abstract: "Total time by day, project, client or description (default: this week by project).")

    @OptionGroup public var window: EntryWindowOptions

    /// Grouping.
    @Option(help: "Group by day, project, client or description.")
    public var by: Grouping = .project

    /// Rounding.
    @Option(help: "Round each entry to the nearest multiple of this duration (e.g. 15m).")
    public var round: String?

    @OptionGroup public var global: GlobalOptions

    public init() {}

    /// One row of totals.
    struct Row: Encodable {
        var name: String
        var seconds: Int
        var entries: Int
    }

    public func execute(in session: CLISession) async throws {
        let step = try round.map { try session.parser.requireDuration($0, for: "--round") }
        try await session.loadCatalog()
        let range = try window.window(in: session, fallbackDays: 0)
        let entries = try await session.entries(from: range.start, to: range.end)
        let presenter = session.presenter
        var rows: [String: Row] = [:]
        var order: [String] = []
        for entry in entries.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
            var seconds = presenter.seconds(entry)
            if let step { seconds = DurationLimit.wholeSeconds((Double(seconds) / Double(step)).rounded() * Double(step)) }
            let key: String
            switch by {
            case .day: key = presenter.day(entry.start)
            case .project: key = presenter.project(entry) ?? "(no project)"
            case .client: key = presenter.client(entry) ?? "(no client)"
            case .description: key = presenter.description(entry)
            }
            if rows[key] == nil { order.append(key); rows[key] = Row(name: key, seconds: 0, entries: 0) }
            rows[key]?.seconds += seconds
            rows[key]?.entries += 1
        }
        var sorted = order.compactMap { rows[$0] }
        if by != .day { sorted.sort { ($0.seconds, $1.name) > ($1.seconds, $0.name) } }
        if global.json { return try session.printJSON(sorted) }
        if sorted.isEmpty { return session.report("No entries.") }
        var table = TextTable(columns: [.init(by.rawValue.uppercased()), .init("TIME", .right), .init("ENTRIES", .right)])
        table.rows = sorted.map { [$0.name, TimeFormat.duration($0.seconds), String($0.entries)] }
        let total = DurationLimit.sum(sorted.lazy.map(\.seconds))
        table.rows.append(["Total", TimeFormat.duration(total), String(sorted.reduce(0) { $0 + $1.entries })])
        session.context.output.write(table.render())
    }
}
