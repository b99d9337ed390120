import Foundation
import TogglModels

/// `POST /workspace/{wid}/search/time_entries`: one row per entry (or, with `grouped: true`, per
/// user/project/task/billable/description/tags combination), numbered from 1, paged by
/// `page_size` (default 50). When more rows follow, the response carries `X-Next-ID` (the first
/// entry of the next page) and `X-Next-Row-Number`; the client sends them back as `first_id` and
/// `first_row_number`. Times are in the caller's profile time zone (`+01:00`), `at` in UTC.
///
/// `order_by`: `date` (default), `user`, `duration`, `description`, `last_update`; `order_dir`
/// defaults to `DESC` for date, duration and last_update and `ASC` for user and description.
enum DetailedReportBuilder {
    static let defaultPageSize = 50
    static let orders = ["date", "user", "duration", "description", "last_update"]

    struct RowKey: Hashable {
        var userID: Int64
        var projectID: Int64?
        var taskID: Int64?
        var billable: Bool
        var description: String?
        var tagIDs: [Int64]
    }

    static func build(_ request: ReportRequest, scope: ReportScope, world: SandboxWorld) throws -> SandboxResponse {
        let orderBy = request.orderBy?.lowercased() ?? "date"
        guard orders.contains(orderBy) else { throw SummaryReportBuilder.invalid("order_by", orders) }
        let ascending: Bool
        switch request.orderDir?.uppercased() {
        case nil: ascending = orderBy == "user" || orderBy == "description"
        case "ASC"?: ascending = true
        case "DESC"?: ascending = false
        default: throw SummaryReportBuilder.invalid("order_dir", ["ASC", "DESC"])
        }
        let pageSize = request.pageSize ?? defaultPageSize
        guard pageSize > 0 else { throw SandboxFailure.badRequest("Invalid 'page_size' value, must be positive") }

        // Rows: entries, grouped when asked, in the requested order.
        var rows: [[TimeEntryRecord]]
        if request.grouped == true {
            var order: [RowKey] = []
            var byKey: [RowKey: [TimeEntryRecord]] = [:]
            for entry in scope.entries {
                let key = RowKey(userID: entry.userID, projectID: entry.projectID, taskID: entry.taskID,
                                 billable: entry.billable, description: entry.description, tagIDs: entry.tagIDs.sorted())
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append(entry)
            }
            rows = order.compactMap { byKey[$0] }
        } else {
            rows = scope.entries.map { [$0] }
        }
        rows.sort { a, b in
            let (x, y) = ascending ? (a, b) : (b, a)
            return precedes(x, y, orderBy, world)
        }

        // The page.
        var first = 0
        if let number = request.firstRowNumber, number >= 1 {
            first = number - 1
        }
        if let id = request.firstID, !(rows.indices.contains(first) && rows[first].contains { $0.id == id }) {
            first = rows.firstIndex { $0.contains { $0.id == id } } ?? (request.firstRowNumber == nil ? rows.count : first)
        }
        first = min(max(first, 0), rows.count)
        let end = first + min(pageSize, rows.count - first)
        let page = (first..<end).map { index in
            row(rows[index], number: index + 1, request: request, scope: scope, world: world)
        }

        let encoder = TogglJSON.makeEncoder()
        let timeZone = scope.timeZone
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            let key = encoder.codingPath.last?.stringValue
            try container.encode(key == "at" ? ReportClock.format(date, offsetSeconds: 0) : ReportClock.format(date, in: timeZone))
        }
        var response: SandboxResponse
        do {
            response = SandboxResponse(status: 200, headers: ["Content-Type": SandboxResponse.jsonContentType],
                                       body: try encoder.encode(page))
        } catch {
            return .error(500, "sandbox could not encode its answer")
        }
        response.headers.merge(scope.rangeHeaders) { _, new in new }
        if end < rows.count, let next = rows[end].first {
            response.headers["X-Next-ID"] = String(next.id)
            response.headers["X-Next-Row-Number"] = String(end + 1)
        }
        return response
    }

    /// Whether row `a` comes before row `b` in ascending `orderBy` (ties: start, then id).
    private static func precedes(_ a: [TimeEntryRecord], _ b: [TimeEntryRecord], _ orderBy: String,
                                 _ world: SandboxWorld) -> Bool {
        guard let x = a.first, let y = b.first else { return false }
        switch orderBy {
        case "user":
            let (p, q) = (world.users[x.userID]?.fullname ?? "", world.users[y.userID]?.fullname ?? "")
            if p != q { return p.localizedStandardCompare(q) == .orderedAscending }
        case "duration":
            let (p, q) = (SaturatingArithmetic.sum(a.map(\.duration)), SaturatingArithmetic.sum(b.map(\.duration)))
            if p != q { return p < q }
        case "description":
            let (p, q) = (x.description ?? "", y.description ?? "")
            if p != q { return p.localizedStandardCompare(q) == .orderedAscending }
        case "last_update":
            let (p, q) = (a.map(\.at).max() ?? x.at, b.map(\.at).max() ?? y.at)
            if p != q { return p < q }
        default:
            break
        }
        return (x.start, x.id) < (y.start, y.id)
    }

    private static func row(_ entries: [TimeEntryRecord], number: Int, request: ReportRequest, scope: ReportScope,
                            world: SandboxWorld) -> DetailedReportRow {
        let entry = entries[0]
        let seconds = SaturatingArithmetic.sum(entries.map(\.duration))
        var rate: Double?
        var amount: Int?
        if entry.billable, request.hideAmounts != true, let hourly = scope.hourlyRate(of: entry, in: world) {
            rate = hourly
            amount = SaturatingArithmetic.int((hourly * Double(seconds) / 36).rounded())
        }
        let enrich = request.enrichResponse == true
        let project = entry.projectID.flatMap { world.projects[$0] }
        let user = world.users[entry.userID]
        return DetailedReportRow(
            userID: entry.userID,
            username: user?.fullname,
            projectID: entry.projectID,
            taskID: entry.taskID,
            billable: entry.billable,
            description: entry.description,
            tagIDs: entry.tagIDs,
            billableAmountInCents: amount,
            hourlyRateInCents: rate.map { SaturatingArithmetic.int(($0 * 100).rounded()) },
            currency: scope.currency(of: entry, in: world),
            rowNumber: number,
            timeEntries: entries.map { item in
                DetailedReportRow.Entry(id: item.id, seconds: item.duration, start: item.start, stop: item.stop,
                                        at: item.at, atTz: item.at)
            },
            clientName: enrich ? project?.clientID.flatMap { world.clients[$0]?.name } : nil,
            projectName: enrich ? project?.name : nil,
            projectColor: enrich ? project?.color : nil,
            projectHex: enrich ? project?.color : nil,
            taskName: enrich ? entry.taskID.flatMap { world.tasks[$0]?.name } : nil,
            tagNames: enrich ? entry.tagIDs.compactMap { world.tags[$0]?.name } : nil,
            email: enrich ? user?.email : nil
        )
    }
}
