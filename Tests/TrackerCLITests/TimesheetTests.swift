import Foundation
import Testing
import TogglModels
import TrackerCore
import TrackerStore
@testable import TrackerCLI

/// The timesheet's arithmetic without a server: rounding, the workspace's own rounding, rates
/// and currencies, and CSV that no spreadsheet runs as a formula.
@Suite struct TimesheetTests {
    static let utc = Zone(identifier: "UTC")!
    static let monday = Date(timeIntervalSince1970: 1_795_392_000)  // 2026-11-23 00:00 UTC

    static func entry(_ id: Int64, workspace: Int64 = 1, project: Int64? = 10, minutes: Int, at hour: Int,
                      billable: Bool = true, tags: [String] = []) -> TimeEntry {
        let start = monday.addingTimeInterval(TimeInterval(hour * 3600))
        return TimeEntry(id: id, workspaceID: workspace, projectID: project, userID: 1, billable: billable, start: start,
                         stop: start.addingTimeInterval(TimeInterval(minutes * 60)), duration: minutes * 60,
                         description: "E\(id)", tags: tags)
    }

    static func presenter(workspaces: [Workspace], projects: [Project]) -> EntryPresenter {
        EntryPresenter(catalog: CatalogSnapshot(workspaces: workspaces, projects: projects), timeZone: utc,
                       format: TimeFormat(), now: monday.addingTimeInterval(86_400))
    }

    @Test func roundingGoesTheWayItIsAskedAndNeverBelowZero() {
        let quarter = 900
        #expect(TimesheetRounding(step: quarter, mode: .nearest).apply(449) == 0)
        #expect(TimesheetRounding(step: quarter, mode: .nearest).apply(450) == 900)
        #expect(TimesheetRounding(step: quarter, mode: .up).apply(1) == 900)
        #expect(TimesheetRounding(step: quarter, mode: .up).apply(900) == 900)
        #expect(TimesheetRounding(step: quarter, mode: .down).apply(1799) == 900)
        #expect(TimesheetRounding(step: quarter).apply(-50) == 0)
        #expect(TimesheetRounding(step: 0).step == 1)
        #expect(TimesheetRounding(step: quarter, mode: .up).apply(Int.max) == Int.max, "no overflow")
    }

    @Test func withoutRoundAskedEachEntryFollowsItsWorkspacesTogglSetting() {
        var rounded = Workspace(id: 1, name: "Rounds up to 15")
        rounded.rounding = 1
        rounded.roundingMinutes = 15
        let exact = Workspace(id: 2, name: "Exact")
        let projects = [Project(id: 10, workspaceID: 1, name: "A"), Project(id: 20, workspaceID: 2, name: "B")]
        let entries = [Self.entry(1, minutes: 7, at: 8), Self.entry(2, workspace: 2, project: 20, minutes: 7, at: 9)]
        let sheet = Timesheet(entries: entries, keys: [.project], rounding: nil,
                              presenter: Self.presenter(workspaces: [rounded, exact], projects: projects), beginningOfWeek: 1)
        #expect(sheet.groups.map(\.seconds) == [900, 420])
        #expect(sheet.totalSeconds == 1320)
        // --round off: exactly as tracked.
        let off = Timesheet(entries: entries, keys: [.project], rounding: TimesheetRounding(step: 1),
                            presenter: Self.presenter(workspaces: [rounded, exact], projects: projects), beginningOfWeek: 1)
        #expect(off.totalSeconds == 840)
    }

    @Test func amountsUseTheProjectRateElseTheWorkspaceRatePerCurrency() {
        var euro = Workspace(id: 1, name: "EU")
        euro.defaultHourlyRate = 60
        euro.defaultCurrency = "EUR"
        var priced = Project(id: 10, workspaceID: 1, name: "Priced")
        priced.rate = 150
        priced.currency = "USD"
        let plain = Project(id: 11, workspaceID: 1, name: "Plain")
        let entries = [Self.entry(1, minutes: 30, at: 8), Self.entry(2, project: 11, minutes: 90, at: 9),
                       Self.entry(3, project: 11, minutes: 60, at: 11, billable: false)]
        let sheet = Timesheet(entries: entries, keys: [.week], rounding: nil,
                              presenter: Self.presenter(workspaces: [euro], projects: [priced, plain]), beginningOfWeek: 1)
        // 0.5 h × 150 USD; 1.5 h × 60 EUR; the unbillable hour earns nothing.
        #expect(sheet.groups.map(\.name) == ["week of 2026-11-23"])
        #expect(sheet.totalAmountCents == ["USD": 7500, "EUR": 9000])
        #expect(TimesheetOutput.money(sheet.totalAmountCents) == "90.00 EUR + 75.00 USD")
        let csv = TimesheetOutput.csv(sheet).render()
        #expect(csv == "week,hours,h:mm,entries,amount EUR,amount USD\nweek of 2026-11-23,3.00,3:00,3,90.00,75.00\n")
    }

    @Test func absurdRatesEarnNothing() {
        var workspace = Workspace(id: 1, name: "W")
        workspace.defaultHourlyRate = .infinity
        var project = Project(id: 10, workspaceID: 1, name: "P")
        project.rate = -5
        let sheet = Timesheet(entries: [Self.entry(1, minutes: 60, at: 8)], keys: [.project], rounding: nil,
                              presenter: Self.presenter(workspaces: [workspace], projects: [project]), beginningOfWeek: 1)
        #expect(sheet.totalAmountCents.isEmpty)
    }

    @Test func csvQuotesWhatNeedsItAndDefusesFormulas() {
        let table = CSVTable(header: ["name", "hours"], rows: [
            [.text("=HYPERLINK(\"http://evil\")"), .number("1.00")],
            [.text("Acme, Inc."), .number("-2.00")],
            [.text("@sum"), .number("0.50")],
            [.text("plain"), .number("0.00")],
        ])
        #expect(table.render() == """
            name,hours
            "'=HYPERLINK(""http://evil"")",1.00
            "Acme, Inc.",-2.00
            '@sum,0.50
            plain,0.00

            """)
    }
}
