import Foundation
import TogglModels

extension WorkspaceRecord {
    /// The workspace as `userID` sees it (`role`/`admin` are the caller's), in Toggl's read shape.
    ///
    /// Settings the record does not hold are rendered with Toggl's initial values
    /// (`projects_private_by_default: true`, `reports_collapse: true`, rounding 0, no iCal feed).
    /// The deprecated workspace `api_token` is `null`, as in newer recordings.
    func rendered(in world: SandboxWorld, for userID: Int64, activeProjectCount: Int? = nil) -> Workspace {
        let plan = world.organizations[organizationID]?.plan ?? .free
        let isAdmin = world.isWorkspaceAdmin(userID, of: id)
        return Workspace(
            id: id,
            organizationID: organizationID,
            name: name,
            premium: plan.isPaid,
            businessWs: plan == .premium || plan == .enterprise,
            admin: isAdmin,
            role: isAdmin ? "admin" : "user",
            defaultHourlyRate: defaultHourlyRate,
            defaultCurrency: defaultCurrency,
            onlyAdminsMayCreateProjects: onlyAdminsMayCreateProjects,
            onlyAdminsMayCreateTags: onlyAdminsMayCreateTags,
            projectsBillableByDefault: projectsBillableByDefault,
            projectsPrivateByDefault: true,
            lastModified: Self.startOfUTCDay(at),
            reportsCollapse: true,
            at: at,
            logoURL: "https://assets.track.toggl.com/images/workspace.jpg",
            profile: 0,
            activeProjectCount: activeProjectCount
        )
    }

    /// Midnight UTC of the day of `date` (Toggl's `last_modified` is day-granular).
    static func startOfUTCDay(_ date: Date) -> Date {
        let seconds = date.timeIntervalSince1970
        return Date(timeIntervalSince1970: (seconds / 86_400).rounded(.down) * 86_400)
    }
}
