import Foundation
import TogglModels

extension SandboxRoutes {
    /// The Reports v3 routes (root `/reports/api/v3`), computed from the workspace's stopped entries.
    ///
    /// All three reports work on every plan (Toggl gates some report features behind paid plans;
    /// the sandbox keeps the reports themselves available), but the premium-only filters
    /// `billable`, `min_duration_seconds` and `max_duration_seconds` answer 402 on a Free workspace.
    static let reports: [SandboxRoute] = [
        report("summary") { request, scope, world in
            try SummaryReportBuilder.build(request, scope: scope, world: world)
        },
        report("search") { request, scope, world in
            try DetailedReportBuilder.build(request, scope: scope, world: world)
        },
        report("weekly", fixedDays: WeeklyReportBuilder.days) { request, scope, world in
            try WeeklyReportBuilder.build(request, scope: scope, world: world)
        },
    ]

    private static func report(
        _ kind: String, fixedDays: Int? = nil,
        _ build: @escaping @Sendable (ReportRequest, ReportScope, SandboxWorld) throws -> SandboxResponse
    ) -> SandboxRoute {
        SandboxRoute("POST", "/workspace/{workspace_id}/\(kind)/time_entries", root: .reports) { world, context in
            let workspaceID = try context.id("workspace_id")
            let request = try ReportRequest.decode(context)
            let scope = try ReportScope(request, workspaceID: workspaceID, world: world, userID: context.userID,
                                        now: context.now, fixedDays: fixedDays)
            return try build(request, scope, world)
        }
    }
}
