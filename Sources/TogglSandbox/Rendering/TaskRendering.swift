import Foundation
import TogglModels

extension TaskRecord {
    /// The task in Toggl's read shape. `tracked_seconds` is in milliseconds, as Toggl sends it.
    /// With `meta`, the project's name, colour, billable flag and client are added.
    func rendered(in world: SandboxWorld, totals: TrackedTotals, meta: Bool) -> ProjectTask {
        let project = world.projects[projectID]
        let client = project?.clientID.flatMap { world.clients[$0] }
        return ProjectTask(
            id: id,
            name: name,
            projectID: projectID,
            workspaceID: workspaceID,
            active: active,
            at: at,
            estimatedSeconds: estimatedSeconds,
            trackedSeconds: SaturatingArithmetic.multiply(totals.secondsByTask[id] ?? 0, 1000),
            userID: userID,
            userName: userID.flatMap { world.users[$0]?.fullname },
            projectName: meta ? project?.name : nil,
            projectColor: meta ? project?.color : nil,
            projectBillable: meta ? project?.billable : nil,
            projectIsPrivate: meta ? project?.isPrivate : nil,
            clientID: meta ? client?.id : nil,
            clientName: meta ? client?.name : nil,
            externalReference: externalReference
        )
    }
}

/// A task as the sandbox sends it: the model's shape plus `server_deleted_at` for a deleted
/// task (only `since` queries return those; ``ProjectTask`` has no such field, so it is added
/// here). Rows that are not deleted encode exactly as ``ProjectTask``.
struct RenderedTask: Encodable, Sendable {
    var task: ProjectTask
    var serverDeletedAt: Date?

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try task.encode(to: encoder)
        if let serverDeletedAt {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(serverDeletedAt, forKey: Key(stringValue: "server_deleted_at"))
        }
    }
}

extension TaskRecord {
    /// ``rendered(in:totals:meta:)`` with the deletion time when the task is deleted.
    func renderedRow(in world: SandboxWorld, totals: TrackedTotals, meta: Bool) -> RenderedTask {
        RenderedTask(task: rendered(in: world, totals: totals, meta: meta), serverDeletedAt: deletedAt)
    }
}

/// The envelope of `GET /workspaces/{wid}/tasks` (``WorkspaceTasksPage``'s shape), holding
/// ``RenderedTask`` rows so deleted tasks returned by `since` keep their `server_deleted_at`.
struct WorkspaceTasksBody: Encodable, Sendable {
    var data: [RenderedTask]
    var page: Int
    var perPage: Int
    var sortField: String
    var sortOrder: String
    var totalCount: Int

    enum CodingKeys: String, CodingKey {
        case data, page
        case perPage = "per_page"
        case sortField = "sort_field"
        case sortOrder = "sort_order"
        case totalCount = "total_count"
    }
}
