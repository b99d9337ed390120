import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// `TogglAPIClient.reports` against a real sandbox server: summary, weekly, and the detailed
/// report paged through `X-Next-ID` / `X-Next-Row-Number`.
@Suite(.serialized) struct ClientIntegrationReportTests {
    /// The days 2026-11-09 … 2026-11-22 (the demo's past two weeks, today left out).
    static let firstDay = IntegrationHarness.now.addingTimeInterval(-14 * 86_400)
    static let lastDay = IntegrationHarness.now.addingTimeInterval(-86_400)

    /// Midnight UTC of the day of `date` (the demo user's profile zone is UTC).
    static func startOfDay(_ date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = IntegrationHarness.utc
        return calendar.startOfDay(for: date)
    }

    /// The stopped Northwind entries that start in `first`…`last` (whole UTC days).
    private func entries(_ h: IntegrationHarness, from first: Date, through last: Date) -> [TimeEntryRecord] {
        let start = Self.startOfDay(first)
        let end = Self.startOfDay(last).addingTimeInterval(86_400)
        return h.sandbox.world.timeEntries.filter {
            $0.workspaceID == h.northwind && $0.deletedAt == nil && !$0.isRunning && $0.start >= start && $0.start < end
        }
    }

    @Test func detailedFollowsTheNextIDHeadersAcrossPages() async throws {
        try await withHarness { h in
            let api = h.client()
            let expected = entries(h, from: Self.firstDay, through: Self.lastDay)
            #expect(expected.count > 25)
            let filter = ReportFilter(startDate: Self.firstDay, endDate: Self.lastDay, pageSize: 10)

            let first = try await api.reports.detailedPage(in: h.northwind, filter: filter)
            #expect(first.rows.count == 10)
            let cursor = try #require(first.next)
            #expect(cursor.firstRowNumber == 11)
            let second = try await api.reports.detailedPage(in: h.northwind, filter: filter, after: cursor)
            #expect(second.rows.first?.timeEntries.first?.id == cursor.firstID)

            h.sandbox.clearRequestLog()
            let rows = try await api.reports.detailed(in: h.northwind, filter: filter)
            let ids = rows.flatMap { $0.timeEntries.map(\.id) }
            #expect(ids.count == expected.count)
            #expect(Set(ids) == Set(expected.map(\.id)))
            let pages = (expected.count + 9) / 10
            let log = h.sandbox.requestLog
            #expect(log.count == pages)
            #expect(log.allSatisfy { $0.method == "POST" && $0.path == "/reports/api/v3/workspace/\(h.northwind)/search/time_entries" })
            #expect(!log[0].body.contains("first_id"))
            #expect(log.dropFirst().allSatisfy { $0.body.contains("first_id") && $0.body.contains("first_row_number") })
            #expect(log.allSatisfy { $0.bucket == "organization:\(h.northwindOrganization)" })

            // A safety bound smaller than the report is an error, not half the rows.
            let bounded = await apiError { try await api.reports.detailed(in: h.northwind, filter: filter, maxPages: 2) }
            #expect(bounded?.status == nil)
            if case .invalidRequest = bounded {} else { Issue.record("expected invalidRequest, got \(String(describing: bounded))") }
        }
    }

    @Test func summaryAndWeeklyAddUpTheWorld() async throws {
        try await withHarness { h in
            let api = h.client()
            let expected = entries(h, from: Self.firstDay, through: Self.lastDay)
            let summary = try await api.reports.summary(
                in: h.northwind, filter: ReportFilter(startDate: Self.firstDay, endDate: Self.lastDay, grouping: "projects"))
            #expect(summary.totalSeconds == expected.reduce(0) { $0 + $1.duration })
            #expect(Set(summary.groups.compactMap(\.id)) == Set(expected.compactMap(\.projectID)))

            // The week of Monday 2026-11-16.
            let monday = IntegrationHarness.now.addingTimeInterval(-7 * 86_400)
            let week = entries(h, from: monday, through: monday.addingTimeInterval(6 * 86_400))
            let weekly = try await api.reports.weekly(in: h.northwind, filter: ReportFilter(startDate: monday))
            #expect(weekly.reduce(0) { $0 + $1.totalSeconds } == week.reduce(0) { $0 + $1.duration })
            #expect(weekly.allSatisfy { $0.seconds.count == 7 })
            #expect(h.sandbox.requestLog.map(\.path) == [
                "/reports/api/v3/workspace/\(h.northwind)/summary/time_entries",
                "/reports/api/v3/workspace/\(h.northwind)/weekly/time_entries",
            ])
        }
    }

    @Test func aBillableFilterOnTheFreeWorkspaceIsPremiumRequired() async throws {
        try await withHarness { h in
            let api = h.client()
            let error = await apiError {
                try await api.reports.summary(in: h.personal, filter: ReportFilter(startDate: Self.firstDay, billable: true))
            }
            #expect(error == .premiumRequired(message: "Workspace needs to have this feature enabled"))
            let free = try await api.reports.summary(in: h.personal, filter: ReportFilter(startDate: Self.firstDay))
            let personal = h.sandbox.world.timeEntries.filter {
                $0.workspaceID == h.personal && !$0.isRunning && $0.start >= Self.startOfDay(Self.firstDay)
            }
            #expect(free.totalSeconds == personal.reduce(0) { $0 + $1.duration })
        }
    }
}
