import Foundation
import TogglModels

/// The body of a Reports v3 request (summary, detailed, weekly): the common filters plus each
/// report's own fields. Unknown keys are ignored; `[null]` in an id list means "none".
struct ReportRequest: Decodable, Equatable {
    var startDate: String?
    var endDate: String?
    var userIDs: [Int64?]?
    var projectIDs: [Int64?]?
    var clientIDs: [Int64?]?
    var taskIDs: [Int64?]?
    var tagIDs: [Int64?]?
    var groupIDs: [Int64?]?
    var timeEntryIDs: [Int64]?
    var description: String?
    var billable: Bool?
    var minDurationSeconds: Int?
    var maxDurationSeconds: Int?
    // Summary.
    var grouping: String?
    var subGrouping: String?
    var includeTimeEntryIDs: Bool?
    // Detailed.
    var pageSize: Int?
    var firstID: Int64?
    var firstRowNumber: Int?
    var orderBy: String?
    var orderDir: String?
    var grouped: Bool?
    var hideAmounts: Bool?
    var enrichResponse: Bool?

    enum CodingKeys: String, CodingKey {
        case startDate = "start_date"
        case endDate = "end_date"
        case userIDs = "user_ids"
        case projectIDs = "project_ids"
        case clientIDs = "client_ids"
        case taskIDs = "task_ids"
        case tagIDs = "tag_ids"
        case groupIDs = "group_ids"
        case timeEntryIDs = "time_entry_ids"
        case description, billable
        case minDurationSeconds = "min_duration_seconds"
        case maxDurationSeconds = "max_duration_seconds"
        case grouping
        case subGrouping = "sub_grouping"
        case includeTimeEntryIDs = "include_time_entry_ids"
        case pageSize = "page_size"
        case firstID = "first_id"
        case firstRowNumber = "first_row_number"
        case orderBy = "order_by"
        case orderDir = "order_dir"
        case grouped
        case hideAmounts = "hide_amounts"
        case enrichResponse = "enrich_response"
    }

    /// The body of `context`; an empty body is `{}`, anything undecodable is a 400.
    static func decode(_ context: RouteContext) throws -> ReportRequest {
        let body = context.request.body
        if String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return try JSONDecoder().decode(ReportRequest.self, from: Data("{}".utf8))
        }
        return try context.body(ReportRequest.self)
    }

    /// Whether any filter is set (Toggl answers 400 "At least one parameter must be set" otherwise).
    var hasFilter: Bool {
        let lists: [[Int64?]?] = [userIDs, projectIDs, clientIDs, taskIDs, tagIDs, groupIDs, timeEntryIDs?.map { $0 }]
        return startDate != nil || endDate != nil || description != nil || billable != nil
            || minDurationSeconds != nil || maxDurationSeconds != nil
            || lists.contains { !($0 ?? []).isEmpty }
    }
}

/// The entries a report covers, and the context to render them: the validated date range in the
/// caller's time zone, the filters applied, the workspace and its plan.
struct ReportScope {
    var workspace: WorkspaceRecord
    var caller: UserRecord
    var timeZone: TimeZone
    /// Midnight of the first day, local.
    var rangeStart: Date
    /// Midnight after the last day (exclusive), local.
    var rangeEnd: Date
    var firstDay: String
    var lastDay: String
    /// Matching stopped entries, oldest first.
    var entries: [TimeEntryRecord]

    static let atLeastOneParameter = SandboxFailure.badRequest("At least one parameter must be set")

    /// Validates `request` for `workspaceID` and selects the entries.
    ///
    /// Days are the caller's profile time zone; `end_date` is inclusive; `start_date` must be before
    /// `end_date`. Missing dates default to a 7-day range ending today (or `end_date`), or, with only
    /// `start_date`, to the range up to today. `fixedDays` (weekly) forces that many days from the start.
    /// Running and deleted entries are left out. Admins see everyone's entries, members their own.
    init(_ request: ReportRequest, workspaceID: Int64, world: SandboxWorld, userID: Int64, now: Date,
         fixedDays: Int? = nil) throws {
        guard let workspace = world.workspaces[workspaceID], let membership = world.membership(of: userID, in: workspaceID),
              let caller = world.users[userID]
        else { throw SandboxFailure.forbidden("Workspace not found/accessible") }
        guard request.hasFilter else { throw Self.atLeastOneParameter }
        let paid = world.plan(ofWorkspace: workspaceID).isPaid
        if !paid, request.billable != nil || request.minDurationSeconds != nil || request.maxDurationSeconds != nil {
            throw SandboxFailure.premiumRequired
        }
        self.workspace = workspace
        self.caller = caller
        let timeZone = TimeZone(identifier: caller.timezone) ?? TimeZone(secondsFromGMT: 0) ?? .gmt
        self.timeZone = timeZone

        let start = try request.startDate.map { try Self.day($0, "start_date", timeZone) }
        let end = try request.endDate.map { try Self.day($0, "end_date", timeZone) }
        if let start, let end, end <= start {
            throw SandboxFailure.badRequest("end_date should be greater than start_date")
        }
        let today = ReportClock.calendar(timeZone).startOfDay(for: now)
        var first: Date
        var last: Date
        switch (start, end) {
        case (let start?, let end?): (first, last) = (start, end)
        case (let start?, nil): (first, last) = (start, max(start, today))
        case (nil, let end?): (first, last) = (ReportClock.adding(days: -6, to: end, in: timeZone), end)
        case (nil, nil): (first, last) = (ReportClock.adding(days: -6, to: today, in: timeZone), today)
        }
        if let fixedDays {
            if start == nil, end == nil {
                first = Self.startOfWeek(today, beginningOfWeek: caller.beginningOfWeek, timeZone: timeZone)
            }
            last = ReportClock.adding(days: fixedDays - 1, to: first, in: timeZone)
        }
        rangeStart = first
        rangeEnd = ReportClock.adding(days: 1, to: last, in: timeZone)
        firstDay = ReportClock.dayString(first, in: timeZone)
        lastDay = ReportClock.dayString(last, in: timeZone)

        let seesEveryone = membership.isAdmin
        let (rangeStart, rangeEnd) = (rangeStart, rangeEnd)
        entries = world.timeEntries.filter { entry in
            guard entry.workspaceID == workspaceID, entry.deletedAt == nil, !entry.isRunning,
                  entry.start >= rangeStart, entry.start < rangeEnd,
                  seesEveryone || entry.userID == userID
            else { return false }
            return Self.matches(entry, request, world)
        }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }

    private static func day(_ text: String, _ name: String, _ timeZone: TimeZone) throws -> Date {
        guard let components = ReportClock.parseDay(text) else {
            throw SandboxFailure.badRequest("Invalid '\(name)' value, expected YYYY-MM-DD")
        }
        return ReportClock.startOfDay(components, in: timeZone)
    }

    private static func startOfWeek(_ day: Date, beginningOfWeek: Int, timeZone: TimeZone) -> Date {
        let weekday = ReportClock.calendar(timeZone).component(.weekday, from: day) - 1 // 0 = Sunday
        // The week start may come from a loaded world: reduce it first, so nothing overflows.
        let back = ((weekday - beginningOfWeek % 7) % 7 + 7) % 7
        return ReportClock.adding(days: -back, to: day, in: timeZone)
    }

    /// Whether `entry` passes the id, description, billable and duration filters.
    private static func matches(_ entry: TimeEntryRecord, _ request: ReportRequest, _ world: SandboxWorld) -> Bool {
        func passes(_ list: [Int64?]?, _ value: Int64?) -> Bool {
            guard let list, !list.isEmpty else { return true }
            return list.contains(value)
        }
        let clientID = entry.projectID.flatMap { world.projects[$0]?.clientID }
        guard passes(request.userIDs, entry.userID), passes(request.projectIDs, entry.projectID),
              passes(request.clientIDs, clientID), passes(request.taskIDs, entry.taskID)
        else { return false }
        if let tagIDs = request.tagIDs, !tagIDs.isEmpty {
            let wantsUntagged = tagIDs.contains(nil)
            let matchesTag = entry.tagIDs.contains { tagIDs.contains($0) }
            guard matchesTag || (wantsUntagged && entry.tagIDs.isEmpty) else { return false }
        }
        if let ids = request.timeEntryIDs, !ids.isEmpty, !ids.contains(entry.id) { return false }
        if let text = request.description, !text.isEmpty {
            guard let description = entry.description, description.range(of: text, options: .caseInsensitive) != nil
            else { return false }
        }
        if let billable = request.billable, entry.billable != billable { return false }
        if let minimum = request.minDurationSeconds, entry.duration < minimum { return false }
        if let maximum = request.maxDurationSeconds, entry.duration > maximum { return false }
        return true
    }

    /// The hourly rate of an entry: its project's, else the member's, else the workspace default.
    func hourlyRate(of entry: TimeEntryRecord, in world: SandboxWorld) -> Double? {
        entry.projectID.flatMap { world.projects[$0]?.rate }
            ?? world.membership(of: entry.userID, in: entry.workspaceID)?.rate
            ?? workspace.defaultHourlyRate
    }

    /// The currency of an entry: its project's, else the workspace's.
    func currency(of entry: TimeEntryRecord, in world: SandboxWorld) -> String {
        entry.projectID.flatMap { world.projects[$0]?.currency } ?? workspace.defaultCurrency
    }

    /// The headers every report sends about its range.
    var rangeHeaders: [String: String] {
        ["X-Range-Start": firstDay, "X-Range-End": lastDay]
    }
}
