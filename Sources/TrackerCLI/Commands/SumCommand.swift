import ArgumentParser
import Foundation
import TogglModels
import TrackerCore

/// `sum [--by KEY[,KEY]] [--round 15m [--round-mode up] [--round-per group]] [--billable]
/// [--csv] [window]`: a timesheet — totals grouped by one or two of day, week, project,
/// client, task, tag and description (default: this week by project), with amounts where
/// rates are known.
public struct SumCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "sum", abstract: "Total time by day, week, project, client, task, tag or description (default: this week by project).",
        discussion: """
            Group by one key or two (--by project,description). An entry with several tags counts once \
            for each tag; the total counts it once. Without --round, entries are rounded as their \
            workspace's Toggl rounding setting says, if it is set (--round off: not at all). Amounts are \
            shown for billable entries whose project or workspace has a rate.
            Examples: toggl-tui sum --week --by day · toggl-tui sum --since 2026-11-01 --by client,project --round 15m --round-mode up --csv
            """)

    @OptionGroup public var window: EntryWindowOptions

    /// Grouping: one or two keys.
    @Option(help: "Group by one or two (comma-separated) of: \(Timesheet.Key.allCases.map(\.rawValue).joined(separator: ", ")).")
    public var by = "project"

    /// Rounding step.
    @Option(help: "Round to a multiple of this duration (e.g. 15m, 6m); 'off' to round nothing, not even as the workspace says.")
    public var round: String?

    /// Rounding direction.
    @Option(name: .customLong("round-mode"), help: "Round to the nearest, up or down.")
    public var roundMode: TimesheetRounding.Mode = .nearest

    /// Rounding scope.
    @Option(name: .customLong("round-per"), help: "Round each entry (as Toggl's reports do) or each group's total.")
    public var roundPer: TimesheetRounding.Scope = .entry

    /// Only billable entries.
    @Flag(help: "Only billable entries.")
    public var billable = false

    /// CSV instead of a table.
    @Flag(help: "Print CSV: a header row, one row per group, hours as a decimal and as h:mm.")
    public var csv = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    /// The keys `--by` names.
    func keys() throws -> [Timesheet.Key] {
        let names = by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let keys = try names.map { name -> Timesheet.Key in
            guard let key = Timesheet.Key(rawValue: name) else {
                throw CLIError.usage("Cannot group by '\(name)'; --by takes one or two of \(Timesheet.Key.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return key
        }
        guard (1...2).contains(keys.count) else { throw CLIError.usage("--by takes one or two keys, like --by project,description.") }
        guard keys.count == 1 || keys[0] != keys[1] else { throw CLIError.usage("--by names '\(keys[0].rawValue)' twice.") }
        return keys
    }

    /// The rounding asked for: nil to follow each workspace, `.off` to round nothing.
    func rounding(in session: CLISession) throws -> TimesheetRounding?? {
        guard let round else {
            if roundMode != .nearest || roundPer != .entry { throw CLIError.usage("--round-mode and --round-per need --round.") }
            return nil
        }
        if ["off", "none", "0"].contains(round.lowercased()) { return .some(nil) }
        let step = try session.parser.requireDuration(round, for: "--round")
        guard step > 0 else { return .some(nil) }
        return .some(TimesheetRounding(step: step, mode: roundMode, scope: roundPer))
    }

    public func execute(in session: CLISession) async throws {
        guard !(csv && global.json) else { throw CLIError.usage("Choose --csv or --json, not both.") }
        let keys = try keys()
        let asked = try rounding(in: session)
        try await session.loadCatalog()
        let range = try window.window(in: session, fallbackDays: 0)
        var entries = try await session.entries(from: range.start, to: range.end)
        if billable { entries = entries.filter(\.billable) }
        let presenter = session.presenter
        // Following the workspaces' settings is `nil` to the timesheet; `--round off` rounds by one second.
        let rounding: TimesheetRounding? = switch asked {
        case .none: nil
        case .some(.none): TimesheetRounding(step: 1)
        case .some(.some(let rounding)): rounding
        }
        let sheet = Timesheet(entries: entries, keys: keys, rounding: rounding, presenter: presenter,
                              beginningOfWeek: session.catalog?.profile?.beginningOfWeek ?? 1)
        if global.json { return try session.printJSON(sheet.groups) }
        if csv { return session.context.output.write(TimesheetOutput.csv(sheet).render()) }
        if sheet.groups.isEmpty { return session.report("No entries.") }
        var notes: [String] = []
        if let rounding, rounding.step > 1 {
            notes.append("Times \(rounding.summary)."
                + (rounding.scope == .group && !sheet.totalAmountCents.isEmpty ? " Amounts are from each entry's own time." : ""))
        } else if rounding == nil, entries.contains(where: { entry in
            session.catalog?.workspaces.first { $0.id == entry.workspaceID }.flatMap(TimesheetRounding.of) != nil
        }) {
            notes.append("Times rounded as each workspace's Toggl setting says (--round off: exact).")
        }
        session.context.output.write(TimesheetOutput.table(sheet, notes: notes).render())
    }
}
