import Foundation
import TogglModels

/// The query of `GET /me/time_entries` (CONTRACT §3.3, §5.3), validated as Toggl does.
///
/// Date-only values (`2024-12-16`) mean midnight **UTC** of that day (Toggl does not say which
/// zone it uses; send RFC 3339 with an offset to be exact). `end_date` is exclusive.
struct TimeEntryListQuery: Equatable {
    /// Toggl lists at most this many rows.
    static let maximumRows = 1000
    /// Without parameters, entries that started within this many days before now.
    static let defaultWindowDays = 9

    var since: Date?
    var before: Date?
    var startDate: Date?
    var endDate: Date?
    var now: Date

    init(_ context: RouteContext) throws {
        now = context.now
        let request = context.request
        if let text = request.queryValue("since") {
            guard let seconds = Int64(text) else { throw SandboxFailure.badRequest("Invalid since: \(text)") }
            since = Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        before = try Self.instant(request.queryValue("before"), name: "before")
        if since != nil, before != nil {
            throw SandboxFailure.badRequest("'since' and 'before' can not be present simultaneously")
        }
        startDate = try Self.instant(request.queryValue("start_date"), name: "start_date")
        endDate = try Self.instant(request.queryValue("end_date"), name: "end_date")
        switch (startDate, endDate) {
        case (nil, nil):
            break
        case (let start?, let end?):
            let earliest = Self.earliestStartDate(now: now)
            if start < earliest {
                throw SandboxFailure.badRequest("start_date must not be earlier than \(TogglTimestamp.formatDay(earliest))")
            }
            guard end >= start else { throw SandboxFailure.badRequest("end_date must not be earlier than start_date") }
        default:
            throw SandboxFailure.badRequest("start_date and end_date must be used together")
        }
    }

    /// Midnight UTC three calendar months before `now`'s UTC day (2024-12-16 → 2024-09-16).
    static func earliestStartDate(now: Date) -> Date {
        let utc = ReportClock.calendar(TimeZone(secondsFromGMT: 0) ?? .gmt)
        let today = utc.startOfDay(for: now)
        return utc.date(byAdding: .month, value: -3, to: today) ?? today
    }

    private static func instant(_ text: String?, name: String) throws -> Date? {
        guard let text else { return nil }
        guard let date = TogglTimestamp.parse(text) else {
            throw SandboxFailure.badRequest("Invalid \(name): use YYYY-MM-DD or RFC 3339")
        }
        return date
    }

    /// The caller's matching entries, newest start first, at most ``maximumRows``. Deleted entries
    /// only appear through `since`.
    func select(from world: SandboxWorld, userID: Int64) -> [TimeEntryRecord] {
        let windowStart = now.addingTimeInterval(-TimeInterval(Self.defaultWindowDays) * 86_400)
        let unfiltered = since == nil && before == nil && startDate == nil
        let rows = world.timeEntries.filter { entry in
            guard entry.userID == userID else { return false }
            if let since {
                guard entry.at >= since else { return false }
            } else if entry.deletedAt != nil {
                return false
            }
            if let before, entry.start >= before { return false }
            if let startDate, let endDate, entry.start < startDate || entry.start >= endDate { return false }
            if unfiltered, entry.start < windowStart { return false }
            return true
        }
        let sorted = rows.sorted { ($0.start, $0.id) > ($1.start, $1.id) }
        return Array(sorted.prefix(Self.maximumRows))
    }
}
