import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct ReportsEndpointTests {
    /// Midnight UTC of 2024-12-16 and 2024-12-22.
    static let monday = Date(timeIntervalSince1970: 1_734_307_200)
    static let sunday = Date(timeIntervalSince1970: 1_734_825_600)

    static func row(_ id: Int64, rowNumber: Int) -> String {
        #"{"user_id":1,"username":"Ann","project_id":null,"description":"r\#(id)","row_number":\#(rowNumber),"#
            + #""tag_ids":[],"time_entries":[{"id":\#(id),"seconds":60,"start":"2024-12-16T10:00:00+01:00","stop":"2024-12-16T10:01:00+01:00"}]}"#
    }

    static func invalidRequest(_ body: () async throws -> Void) async -> Bool {
        do {
            try await body()
            return false
        } catch APIError.invalidRequest {
            return true
        } catch {
            return false
        }
    }

    // MARK: summary

    @Test func summaryPostsTheFilterToTheReportsRoot() async throws {
        let stub = StubTransport(json: #"""
            {"groups":[{"id":8,"sub_groups":[{"id":null,"title":"Write","seconds":3600},{"title":"Read","seconds":600}]}]}
            """#)
        let filter = ReportFilter(
            startDate: Self.monday, endDate: Self.sunday, userIDs: [1], projectIDs: [8, nil], tagIDs: [nil],
            description: "Write", billable: false, grouping: "projects", subGrouping: "time_entries")
        let report = try await makeClient(stub).reports.summary(in: 2230580, filter: filter)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "POST /reports/api/v3/workspace/2230580/summary/time_entries")
        #expect(request.url.host == "api.track.toggl.com")
        #expect(request.url.query == nil)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"{"billable":false,"description":"Write","end_date":"2024-12-22","grouping":"projects","#
            + #""project_ids":[8,null],"start_date":"2024-12-16","sub_grouping":"time_entries","tag_ids":[null],"user_ids":[1]}"#)
        #expect(report.totalSeconds == 4200)
        #expect(report.groups.first?.id == 8)
    }

    @Test func summaryIsRetriedLikeARead() async throws {
        let stub = StubTransport([.failure(.timedOut)], fallback: .success(.text(200, #"{"groups":[]}"#)))
        let report = try await makeClient(stub).reports.summary(in: 5, filter: ReportFilter(startDate: Self.monday))
        #expect(report.groups.isEmpty)
        #expect(stub.requests.count == 2)
    }

    @Test func anEmptyFilterIsRefusedBeforeSending() async throws {
        let stub = StubTransport(json: "{}")
        let reports = makeClient(stub).reports
        #expect(await Self.invalidRequest { _ = try await reports.summary(in: 5, filter: ReportFilter()) })
        #expect(await Self.invalidRequest { _ = try await reports.weekly(in: 5, filter: ReportFilter()) })
        #expect(await Self.invalidRequest { _ = try await reports.detailed(in: 5, filter: ReportFilter()) })
        #expect(await Self.invalidRequest { _ = try await reports.detailedPage(in: 5, filter: ReportFilter()) })
        #expect(stub.requests.isEmpty)
    }

    @Test func fieldsOfAnotherReportKindAndBackwardRangesAreRefused() async throws {
        let stub = StubTransport(json: "{}")
        let reports = makeClient(stub).reports
        #expect(await Self.invalidRequest {
            _ = try await reports.summary(in: 5, filter: ReportFilter(startDate: Self.monday, pageSize: 10))
        })
        #expect(await Self.invalidRequest {
            _ = try await reports.detailed(in: 5, filter: ReportFilter(startDate: Self.monday, grouping: "users"))
        })
        #expect(await Self.invalidRequest {
            _ = try await reports.weekly(in: 5, filter: ReportFilter(startDate: Self.monday, orderBy: .duration))
        })
        #expect(await Self.invalidRequest {
            _ = try await reports.summary(in: 5, filter: ReportFilter(startDate: Self.sunday, endDate: Self.monday))
        })
        #expect(await Self.invalidRequest {  // Toggl wants the end after the start
            _ = try await reports.detailed(in: 5, filter: ReportFilter(startDate: Self.monday, endDate: Self.monday))
        })
        #expect(stub.requests.isEmpty)
    }

    @Test func toggls400IsStillReported() async throws {
        let stub = StubTransport(status: 400, json: #""At least one parameter must be set""#)
        await #expect(throws: APIError.badRequest(message: "At least one parameter must be set")) {
            _ = try await makeClient(stub).reports.summary(in: 5, filter: ReportFilter(rounding: 0))
        }
    }

    // MARK: weekly

    @Test func weeklyPostsTheFilter() async throws {
        let stub = StubTransport(json: #"""
            [{"user_id":1,"user_name":"Ann","project_id":8,"project_name":"Docs","seconds":[3600,0,0,0,0,0,60],
              "billable_seconds":[0,0,0,0,0,0,0],"billable_amounts_in_cents":[]}]
            """#)
        let rows = try await makeClient(stub).reports.weekly(
            in: 2230580, filter: ReportFilter(startDate: Self.monday, clientIDs: [nil], rounding: 1, roundingMinutes: 15))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "POST /reports/api/v3/workspace/2230580/weekly/time_entries")
        #expect(request.url.query == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"{"client_ids":[null],"rounding":1,"rounding_minutes":15,"start_date":"2024-12-16"}"#)
        #expect(rows.map(\.totalSeconds) == [3660])
        #expect(rows.first?.projectName == "Docs")
    }

    // MARK: detailed

    @Test(.enabled(if: Fixtures.available))
    func detailedPageDecodesTheRecordedRow() async throws {
        let row = String(decoding: try Fixtures.data("evrone.POST_reports_v3_search_time_entries.row.json"), as: UTF8.self)
        let stub = StubTransport(json: "[\(row)]")
        let page = try await makeClient(stub).reports.detailedPage(
            in: 43644207, filter: ReportFilter(startDate: Self.monday, endDate: Self.sunday, pageSize: 50, orderBy: .date, orderDir: .descending))
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "POST /reports/api/v3/workspace/43644207/search/time_entries")
        #expect(request.url.query == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"{"end_date":"2024-12-22","order_by":"date","order_dir":"DESC","page_size":50,"start_date":"2024-12-16"}"#)
        #expect(page.next == nil)
        #expect(page.rows.count == 1)
        #expect(page.rows.first?.timeEntries.first?.id == 3545645770)
        #expect(page.rows.first?.timeEntries.first?.seconds == 52)
    }

    @Test func detailedPageReturnsTheNextCursorAndSendsAGivenOne() async throws {
        let stub = StubTransport(fallback: .success(.text(
            200, "[\(Self.row(7, rowNumber: 3))]", headers: ["x-next-id": "8", "X-Next-Row-Number": "4"])))
        let page = try await makeClient(stub).reports.detailedPage(
            in: 5, filter: ReportFilter(startDate: Self.monday, pageSize: 1),
            after: DetailedReportPage.Cursor(firstID: 7, firstRowNumber: 3))
        #expect(page.next == DetailedReportPage.Cursor(firstID: 8, firstRowNumber: 4))
        #expect(stub.onlyRequest?.bodyText == #"{"first_id":7,"first_row_number":3,"page_size":1,"start_date":"2024-12-16"}"#)
    }

    @Test func detailedFollowsTheNextHeadersAcrossThreePagesAndStops() async throws {
        let stub = StubTransport([
            .success(.text(200, "[\(Self.row(1, rowNumber: 1)),\(Self.row(2, rowNumber: 2))]",
                           headers: ["X-Next-ID": "3", "X-Next-Row-Number": "3"])),
            .success(.text(200, "[\(Self.row(3, rowNumber: 3)),\(Self.row(4, rowNumber: 4))]",
                           headers: ["X-Next-ID": "5", "X-Next-Row-Number": "5"])),
            .success(.text(200, "[\(Self.row(5, rowNumber: 5))]")),
        ], fallback: .success(.text(500)))
        let rows = try await makeClient(stub).reports.detailed(in: 5, filter: ReportFilter(startDate: Self.monday, pageSize: 2))
        #expect(rows.flatMap { $0.timeEntries.map(\.id) } == [1, 2, 3, 4, 5])
        let requests = stub.requests
        #expect(requests.count == 3)
        #expect(requests.allSatisfy { $0.line == "POST /reports/api/v3/workspace/5/search/time_entries" && $0.usesTestTokenBasicAuth })
        #expect(requests.map(\.bodyText) == [
            #"{"page_size":2,"start_date":"2024-12-16"}"#,
            #"{"first_id":3,"first_row_number":3,"page_size":2,"start_date":"2024-12-16"}"#,
            #"{"first_id":5,"first_row_number":5,"page_size":2,"start_date":"2024-12-16"}"#,
        ])
    }

    @Test func detailedStopsAtMaxPages() async throws {
        let stub = StubTransport(fallback: .success(.text(200, "[\(Self.row(1, rowNumber: 1))]", headers: ["X-Next-ID": "1"])))
        let reports = makeClient(stub).reports
        #expect(await Self.invalidRequest {
            _ = try await reports.detailed(in: 5, filter: ReportFilter(startDate: Self.monday), maxPages: 3)
        })
        #expect(stub.requests.count == 3)
    }

    @Test func aMalformedPagingHeaderIsReported() async throws {
        let stub = StubTransport(fallback: .success(.text(200, "[]", headers: ["X-Next-ID": "soon"])))
        await #expect(throws: APIError.undecodable(path: "/workspace/5/search/time_entries", snippet: "X-Next-ID: soon")) {
            _ = try await makeClient(stub).reports.detailedPage(in: 5, filter: ReportFilter(startDate: Self.monday))
        }
    }

    // MARK: ReportFilter

    @Test func reportFilterSendsOnlyWhatIsSetAndRoundTrips() throws {
        let filter = ReportFilter(
            startDate: Self.monday, endDate: Self.sunday, userIDs: [1], projectIDs: [nil], clientIDs: [3], taskIDs: [4],
            tagIDs: [5], groupIDs: [6], timeEntryIDs: [7], description: "d", billable: true, rounding: 1,
            roundingMinutes: 5, minDurationSeconds: 60, maxDurationSeconds: 600, grouping: "users", subGrouping: "projects",
            includeTimeEntryIDs: true, distinguishRates: false, pageSize: 10, firstID: 11, firstRowNumber: 12,
            orderBy: .lastUpdate, orderDir: .ascending, grouped: true, hideAmounts: false, enrichResponse: true)
        let data = try TogglJSON.makeEncoder().encode(filter)
        let keys = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]).keys.sorted()
        #expect(keys == filter.setFieldNames.sorted())
        #expect(keys.count == 27)
        #expect(try TogglJSON.makeDecoder().decode(ReportFilter.self, from: data) == filter)
        #expect(String(decoding: try TogglJSON.makeEncoder().encode(ReportFilter()), as: UTF8.self) == "{}")
        #expect(ReportFilter().setFieldNames.isEmpty)
    }
}
