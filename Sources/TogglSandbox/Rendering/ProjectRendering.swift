import Foundation
import TogglModels

extension ProjectRecord {
    /// Toggl's project `status`: `deleted`, `archived`, `upcoming` (starts after today),
    /// `ended` (ended before today) or `active`.
    func status(now: Date) -> String {
        if deletedAt != nil { return "deleted" }
        if !active { return "archived" }
        let today = WorkspaceRecord.startOfUTCDay(now)
        if WorkspaceRecord.startOfUTCDay(startDate) > today { return "upcoming" }
        if let endDate, WorkspaceRecord.startOfUTCDay(endDate) < today { return "ended" }
        return "active"
    }

    /// The project in Toggl's read shape, with `wid`/`cid` mirrors.
    ///
    /// Premium settings (`template`, `auto_estimates`, `estimated_hours`, `rate`, `currency`,
    /// `fixed_fee`, `tasks_count`) are `null` in a Free workspace, as recorded; `billable` is
    /// always a boolean. `actual_seconds`/`actual_hours` sum the project's time entries (running
    /// ones up to `now`).
    func rendered(in world: SandboxWorld, totals: TrackedTotals, now: Date) -> Project {
        let paid = world.plan(ofWorkspace: workspaceID).isPaid
        let tracked = totals.secondsByProject[id] ?? 0
        return Project(
            id: id,
            workspaceID: workspaceID,
            clientID: clientID,
            name: name,
            isPrivate: isPrivate,
            active: active,
            status: status(now: now),
            color: color,
            at: at,
            createdAt: createdAt,
            serverDeletedAt: deletedAt,
            billable: billable,
            template: paid ? isTemplate : nil,
            autoEstimates: paid ? autoEstimates : nil,
            estimatedHours: paid ? estimatedHours : nil,
            estimatedSeconds: paid ? estimatedHours.map { SaturatingArithmetic.multiply($0, 3600) } : nil,
            actualHours: tracked / 3600,
            actualSeconds: tracked,
            rate: paid ? rate : nil,
            currency: paid ? (currency ?? world.workspaces[workspaceID]?.defaultCurrency) : nil,
            fixedFee: paid ? fixedFee : nil,
            startDate: WorkspaceRecord.startOfUTCDay(startDate),
            endDate: endDate.map(WorkspaceRecord.startOfUTCDay),
            canTrackTime: active && deletedAt == nil,
            pinned: pinned,
            tasksCount: paid ? (totals.tasksByProject[id] ?? 0) : nil,
            externalReference: externalReference
        )
    }
}
