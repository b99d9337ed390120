import Foundation
import TogglModels

/// Reports API v3: summary, detailed and weekly time-entry reports of one workspace.
///
/// Reports are `POST`s to the Reports root (`…/reports/api/v3`) that change nothing, so they are
/// retried like reads. They count against the workspace's organization quota bucket, and some
/// need a paid plan (402 ``APIError/premiumRequired(message:)``).
public struct ReportsEndpoint: Sendable {
    let api: TogglAPIClient

    /// The header naming the id of the next detailed-report page's first item.
    public static let nextIDHeader = "X-Next-ID"
    /// The header naming the row number of the next detailed-report page's first item.
    public static let nextRowNumberHeader = "X-Next-Row-Number"

    /// `POST /workspace/{wid}/summary/time_entries`: tracked time grouped by `filter.grouping`
    /// and `filter.subGrouping`.
    /// - Throws: ``APIError/invalidRequest(_:)`` (nothing sent) for an empty filter or
    ///   detailed-only fields; otherwise ``APIError``.
    public func summary(in workspaceID: Int64, filter: ReportFilter) async throws -> SummaryReport {
        try Self.validate(filter, report: "summary", refusing: ReportFilter.detailedOnlyFieldNames)
        return try await api.send(try request("summary", workspaceID, filter))
    }

    /// `POST /workspace/{wid}/weekly/time_entries`: seconds per user and project for each day
    /// of the week starting at `filter.startDate`.
    /// - Throws: ``APIError/invalidRequest(_:)`` (nothing sent) for an empty filter or fields
    ///   only the summary or detailed report takes; otherwise ``APIError``.
    public func weekly(in workspaceID: Int64, filter: ReportFilter) async throws -> [WeeklyReportRow] {
        try Self.validate(
            filter, report: "weekly",
            refusing: ReportFilter.summaryOnlyFieldNames.union(ReportFilter.detailedOnlyFieldNames))
        return try await api.send(try request("weekly", workspaceID, filter))
    }

    /// `POST /workspace/{wid}/search/time_entries`, one page: the rows from `cursor` on (from
    /// the filter's own `firstID`/`firstRowNumber` when `cursor` is `nil`), and the cursor of the
    /// next page when the `X-Next-ID` / `X-Next-Row-Number` headers say there is one.
    /// - Throws: ``APIError/invalidRequest(_:)`` (nothing sent) for an empty filter or
    ///   summary-only fields; ``APIError/undecodable(path:snippet:)`` for a malformed paging
    ///   header; otherwise ``APIError``.
    public func detailedPage(
        in workspaceID: Int64, filter: ReportFilter, after cursor: DetailedReportPage.Cursor? = nil
    ) async throws -> DetailedReportPage {
        var filter = filter
        if let cursor {
            filter.firstID = cursor.firstID
            filter.firstRowNumber = cursor.firstRowNumber
        }
        try Self.validate(filter, report: "detailed", refusing: ReportFilter.summaryOnlyFieldNames)
        let request = try request("search", workspaceID, filter)
        let response = try await api.send(request)
        let rows = try api.decode([DetailedReportRow].self, from: response, path: request.path)
        let nextID: Int64?
        let nextRow: Int64?
        do {
            nextID = try Self.number(in: response, header: Self.nextIDHeader, path: request.path)
            nextRow = try Self.number(in: response, header: Self.nextRowNumberHeader, path: request.path)
        } catch let error as APIError {
            // The message quotes a header: a server could echo the token there.
            throw error.redacting(api.configuration.credentials.secretValues)
        }
        let next = nextID == nil && nextRow == nil ? nil : DetailedReportPage.Cursor(firstID: nextID, firstRowNumber: nextRow)
        return DetailedReportPage(rows: rows, next: next)
    }

    /// `POST /workspace/{wid}/search/time_entries`, every page: follows the `X-Next-ID` /
    /// `X-Next-Row-Number` headers until a page comes without them, and returns all rows.
    ///
    /// Each page is one request from the organization's hourly quota; set `filter.pageSize` to
    /// need fewer.
    /// - Parameter maxPages: a safety bound on the number of requests (at least 1).
    /// - Throws: ``APIError/invalidRequest(_:)`` when the report has more than `maxPages`
    ///   pages (rows are not returned half-way), and everything ``detailedPage(in:filter:after:)``
    ///   throws.
    public func detailed(in workspaceID: Int64, filter: ReportFilter, maxPages: Int = 50) async throws -> [DetailedReportRow] {
        var rows: [DetailedReportRow] = []
        var cursor: DetailedReportPage.Cursor?
        for _ in 0..<max(1, maxPages) {
            let page = try await detailedPage(in: workspaceID, filter: filter, after: cursor)
            rows += page.rows
            guard let next = page.next else { return rows }
            cursor = next
        }
        throw APIError.invalidRequest(
            "The detailed report has more than \(max(1, maxPages)) pages; narrow the filter or read it page by page.")
    }

    /// A user's time entries of one workspace that start in `window`, from a detailed report of
    /// the days covering it (``ReportFilter/days(covering:profileTimeZone:)``: Toggl counts days
    /// in the profile's zone): how entries older than ``TimeEntry/oldestListableStart(now:)``
    /// are read. Running entries are not in reports; tag names come from `enrich_response`.
    ///
    /// Spends one request of the workspace's organization per page of 50 rows.
    /// - Throws: everything ``detailed(in:filter:maxPages:)`` throws.
    public func timeEntries(of userID: Int64, in workspaceID: Int64, startingIn window: DateInterval,
                            profileTimeZone: Zone?) async throws -> [TimeEntry] {
        let days = ReportFilter.days(covering: window, profileTimeZone: profileTimeZone)
        let filter = ReportFilter(startDate: days.start, endDate: days.end, userIDs: [userID], enrichResponse: true)
        return try await detailed(in: workspaceID, filter: filter)
            .flatMap { $0.timeEntries(in: workspaceID) }
            .filter { $0.start >= window.start && $0.start < window.end }
    }

    // MARK: Helpers

    /// The idempotent POST of `filter` to `/workspace/{wid}/{kind}/time_entries`.
    private func request(_ kind: String, _ workspaceID: Int64, _ filter: ReportFilter) throws -> APIRequest {
        try APIRequest(.post, "/workspace/\(workspaceID)/\(kind)/time_entries", root: .reports, json: filter, isIdempotent: true)
    }

    /// Refuses what Toggl would answer with 400: nothing set, fields the report does not take,
    /// a range ending before it starts.
    private static func validate(_ filter: ReportFilter, report: String, refusing foreign: Set<String>) throws {
        let set = filter.setFieldNames
        guard !set.isEmpty else {
            throw APIError.invalidRequest("A \(report) report needs at least one filter, such as a date range.")
        }
        let misplaced = set.filter(foreign.contains)
        guard misplaced.isEmpty else {
            throw APIError.invalidRequest("The \(report) report does not take \(misplaced.joined(separator: ", ")).")
        }
        if let start = filter.startDate, let end = filter.endDate,
           TogglTimestamp.formatDay(end) <= TogglTimestamp.formatDay(start) {
            throw APIError.invalidRequest("The report's end date must come after its start date.")
        }
    }

    /// An integer response header, `nil` when absent or blank.
    private static func number(in response: HTTPResponse, header: String, path: String) throws -> Int64? {
        guard let text = response.header(header)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int64(text) else {
            throw APIError.undecodable(path: path, snippet: "\(header): \(text.prefix(40))")
        }
        return value
    }
}

extension TogglAPIClient {
    /// Reports API v3: ``ReportsEndpoint``.
    public var reports: ReportsEndpoint { ReportsEndpoint(api: self) }
}
