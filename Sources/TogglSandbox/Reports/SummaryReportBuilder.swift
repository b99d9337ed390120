import Foundation
import TogglModels

/// `POST /workspace/{wid}/summary/time_entries`: seconds grouped by `grouping` (projects, clients,
/// users) and sub-grouped by `sub_grouping` (time_entries — titled by description — tasks,
/// projects, clients, users). Groups and sub-groups are ordered by seconds, most first, then id.
enum SummaryReportBuilder {
    /// Grouping values Toggl accepts.
    static let groupings = ["projects", "clients", "users"]
    /// Sub-grouping values the sandbox serves.
    static let subGroupings = ["time_entries", "tasks", "projects", "clients", "users"]

    struct Key: Hashable {
        var id: Int64?
        var title: String?
    }

    static func build(_ request: ReportRequest, scope: ReportScope, world: SandboxWorld) throws -> SandboxResponse {
        let grouping = request.grouping ?? "projects"
        guard groupings.contains(grouping) else { throw invalid("grouping", groupings) }
        let subGrouping = request.subGrouping ?? "time_entries"
        guard subGroupings.contains(subGrouping), subGrouping != grouping else {
            throw invalid("sub_grouping", subGroupings.filter { $0 != grouping })
        }

        var groups: [Key: [Key: [TimeEntryRecord]]] = [:]
        for entry in scope.entries {
            groups[key(entry, grouping, world), default: [:]][key(entry, subGrouping, world), default: []].append(entry)
        }
        let includeIDs = request.includeTimeEntryIDs == true
        let report = SummaryReport(groups: groups.map { groupKey, subGroups in
            let rows = subGroups.map { subKey, entries in
                SummarySubGroup(id: subKey.id, title: subKey.title, seconds: SaturatingArithmetic.sum(entries.map(\.duration)),
                                ids: includeIDs ? entries.map(\.id) : nil)
            }
            return SummaryGroup(id: groupKey.id, subGroups: rows.sorted(by: bySecondsThenID))
        }.sorted { a, b in
            // Most seconds first, then the smaller id (no id last). Sums saturate and ids are not
            // negated: both may come from a loaded world (`SummaryGroup.seconds` would trap).
            let (p, q) = (SaturatingArithmetic.sum(a.subGroups.map(\.seconds)), SaturatingArithmetic.sum(b.subGroups.map(\.seconds)))
            return p != q ? p > q : (a.id ?? Int64.max) < (b.id ?? Int64.max)
        })

        var response = SandboxResponse.json(report)
        response.headers.merge(scope.rangeHeaders) { _, new in new }
        response.headers["X-Grouping"] = grouping
        response.headers["X-Sub-Grouping"] = subGrouping
        return response
    }

    private static func bySecondsThenID(_ a: SummarySubGroup, _ b: SummarySubGroup) -> Bool {
        if a.seconds != b.seconds { return a.seconds > b.seconds }
        if a.id != b.id { return (a.id ?? Int64.max) < (b.id ?? Int64.max) }
        return (a.title ?? "") < (b.title ?? "")
    }

    static func invalid(_ parameter: String, _ allowed: [String]) -> SandboxFailure {
        let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
        return SandboxFailure.badRequest("Invalid '\(parameter)' value, allowed values are: \(list)")
    }

    /// The id and title of `entry` along `dimension`.
    static func key(_ entry: TimeEntryRecord, _ dimension: String, _ world: SandboxWorld) -> Key {
        switch dimension {
        case "time_entries":
            return Key(id: nil, title: entry.description ?? "")
        case "tasks":
            return Key(id: entry.taskID, title: entry.taskID.flatMap { world.tasks[$0]?.name })
        case "clients":
            let client = entry.projectID.flatMap { world.projects[$0]?.clientID }.flatMap { world.clients[$0] }
            return Key(id: client?.id, title: client?.name)
        case "users":
            return Key(id: entry.userID, title: world.users[entry.userID]?.fullname)
        default: // projects
            return Key(id: entry.projectID, title: entry.projectID.flatMap { world.projects[$0]?.name })
        }
    }
}
