import Foundation
import TogglModels

/// `POST /workspace/{wid}/weekly/time_entries`: one row per user and project with the seconds of
/// each of the 7 days from `start_date` (default: this week, by the caller's `beginning_of_week`),
/// days counted in the caller's time zone. Rows ordered by user, then project name, "no project" last.
enum WeeklyReportBuilder {
    static let days = 7

    struct RowKey: Hashable {
        var userID: Int64
        var projectID: Int64?
    }

    static func build(_ request: ReportRequest, scope: ReportScope, world: SandboxWorld) throws -> SandboxResponse {
        let calendar = ReportClock.calendar(scope.timeZone)
        var seconds: [RowKey: [Int]] = [:]
        var billableSeconds: [RowKey: [Int]] = [:]
        var amounts: [RowKey: [Double]] = [:]
        for entry in scope.entries {
            let day = calendar.dateComponents([.day], from: scope.rangeStart, to: calendar.startOfDay(for: entry.start)).day ?? 0
            guard (0..<days).contains(day) else { continue }
            let key = RowKey(userID: entry.userID, projectID: entry.projectID)
            // Durations may come from a loaded world: the sums saturate rather than trap.
            seconds[key, default: Array(repeating: 0, count: days)][day] =
                SaturatingArithmetic.add(seconds[key]?[day] ?? 0, entry.duration)
            billableSeconds[key, default: Array(repeating: 0, count: days)][day] =
                SaturatingArithmetic.add(billableSeconds[key]?[day] ?? 0, entry.billable ? entry.duration : 0)
            let rate = entry.billable ? scope.hourlyRate(of: entry, in: world) ?? 0 : 0
            amounts[key, default: Array(repeating: 0, count: days)][day] += rate * Double(entry.duration) / 36
        }
        let rows = seconds.keys.sorted { a, b in
            if a.userID != b.userID { return a.userID < b.userID }
            let p = a.projectID.flatMap { world.projects[$0]?.name }
            let q = b.projectID.flatMap { world.projects[$0]?.name }
            switch (p, q) {
            case (let p?, let q?) where p != q: return p.localizedStandardCompare(q) == .orderedAscending
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.projectID ?? 0) < (b.projectID ?? 0)
            }
        }.map { key in
            let project = key.projectID.flatMap { world.projects[$0] }
            let sample = scope.entries.first { $0.userID == key.userID && $0.projectID == key.projectID }
            let rate = sample.flatMap { scope.hourlyRate(of: $0, in: world) }
            return WeeklyReportRow(
                userID: key.userID,
                userName: world.users[key.userID]?.fullname,
                projectID: key.projectID,
                projectName: project?.name,
                clientName: project?.clientID.flatMap { world.clients[$0]?.name },
                projectColor: project?.color,
                projectHexColor: project?.color,
                currency: sample.map { scope.currency(of: $0, in: world) } ?? scope.workspace.defaultCurrency,
                hourlyRateInCents: rate.map { SaturatingArithmetic.int(($0 * 100).rounded()) },
                seconds: seconds[key] ?? [],
                billableSeconds: billableSeconds[key] ?? [],
                billableAmountsInCents: (amounts[key] ?? []).map { SaturatingArithmetic.int($0.rounded()) }
            )
        }
        var response = SandboxResponse.json(rows)
        response.headers.merge(scope.rangeHeaders) { _, new in new }
        return response
    }
}
