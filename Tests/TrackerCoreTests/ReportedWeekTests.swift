import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Weeks older than `/me/time_entries` lists (before 27 Aug 2026, 88 days before the sample's
/// 23 Nov): read from Reports v3, one detailed report per workspace, each answered or failed on
/// its own.
@Suite struct ReportedWeekTests {
    static let workspaces = [Sample.studio, Sample.personal]
    static let utc = Zone(identifier: "UTC")

    static func week(_ day: Int) -> DateInterval {
        DateInterval(start: LocalDay(year: 2026, month: 8, day: day).start(in: Sample.utc),
                     end: LocalDay(year: 2026, month: 8, day: day + 7).start(in: Sample.utc))
    }

    static func reports(_ requestID: Int, _ day: Int, workspaces: [Int64] = workspaces) -> AppEffect {
        .fetchReportedEntries(requestID: requestID, window: week(day), workspaceIDs: workspaces, userID: Sample.userID,
                              profileTimeZone: utc)
    }

    static func entry(_ id: Int64, in workspace: Int64 = Sample.studio, hour: Double, at: Date? = nil, running: Bool = false) -> TimeEntry {
        let start = week(24).start.addingTimeInterval(hour * 3600)
        return TimeEntry(id: id, workspaceID: workspace, userID: Sample.userID, start: start,
                         stop: running ? nil : start.addingTimeInterval(1800), duration: running ? -1 : 1800,
                         description: "Entry \(id)", at: at ?? Sample.now.addingTimeInterval(-30 * 86_400))
    }

    /// The sample on Tuesday 25 Aug with the week of 24 Aug being reported (request 2).
    static func reportingAugust24() -> AppState {
        var state = Sample.loadedState()
        state.day = LocalDay(year: 2026, month: 9, day: 1)
        _ = state.press(.character("{"))
        return state
    }

    @Test func theLastWeekListedByDateIsFetchedSoAndTheOneBeforeComesFromReports() {
        var state = Sample.loadedState()
        state.day = LocalDay(year: 2026, month: 9, day: 8)
        state.expect(key: .character("{"), [.fetchEntries(requestID: 2, window: DateInterval(start: Self.week(31).start, duration: 7 * 86_400))]) {
            $0.day = LocalDay(year: 2026, month: 9, day: 1)
            $0.pendingFetches[2] = DateInterval(start: Self.week(31).start, duration: 7 * 86_400)
            $0.nextRequestID = 3
        }
        state.expect(key: .character("{"), [Self.reports(3, 24)]) {
            $0.day = LocalDay(year: 2026, month: 8, day: 25)
            $0.pendingFetches[3] = Self.week(24)
            $0.nextRequestID = 4
        }
        let old = Self.entry(9001, in: Sample.personal, hour: 9)
        state.expect(.reportedEntriesFetched(requestID: 3, ReportedEntries(entries: [old], answered: Self.workspaces))) {
            $0.pendingFetches[3] = nil
            $0.fetchedWindows.append(Self.week(24))
            $0.catalog.entries[9001] = old
        }
        // Shown again: nothing more is asked.
        state.expect(key: .character("]")) { $0.day = LocalDay(year: 2026, month: 8, day: 26) }
        state.expect(key: .character("{"), [Self.reports(4, 17)]) {
            $0.day = LocalDay(year: 2026, month: 8, day: 19)
            $0.pendingFetches[4] = Self.week(17)
            $0.nextRequestID = 5
        }
    }

    @Test func aReportDropsWhatTogglNoLongerHasButNotRecentChangesTheRunningEntryOrOtherWorkspaces() {
        var state = Self.reportingAugust24()
        let gone = Self.entry(9001, hour: 8)
        let justMade = Self.entry(9002, hour: 9, at: Sample.now.addingTimeInterval(-60))
        let running = Self.entry(9003, hour: 10, running: true)
        let personal = Self.entry(9004, in: Sample.personal, hour: 11)
        let editedSince = Self.entry(9005, hour: 12, at: Sample.now.addingTimeInterval(-120))
        for entry in [gone, justMade, running, personal, editedSince] { state.catalog.entries[entry.id] = entry }
        var stale = editedSince
        stale.description = "Before the web edit"
        stale = TimeEntry(id: stale.id, workspaceID: stale.workspaceID, userID: stale.userID, start: stale.start, stop: stale.stop,
                          duration: stale.duration, description: stale.description, at: Sample.now.addingTimeInterval(-86_400))
        // Personal's report failed: its entries stay as held, and the week is asked again later.
        let report = ReportedEntries(entries: [stale], answered: [Sample.studio],
                                     failures: [Sample.personal: AppError(.offline, "Offline: no network connection.")])
        state.expect(.reportedEntriesFetched(requestID: 2, report)) {
            $0.pendingFetches = [:]
            $0.catalog.entries[9001] = nil
            $0.status = failure("Could not load older entries of Personal: Offline: no network connection.")
        }
        #expect(state.catalog.entries[9005]?.description == "Entry 9005")
        // The next move in the week asks again.
        #expect(state.press(.character("]")) == [Self.reports(3, 24)])
    }

    @Test func aWorkspaceWhoseReportsTogglRefusesIsNotAskedAgain() {
        var state = Self.reportingAugust24()
        let report = ReportedEntries(entries: [], answered: [Sample.studio],
                                     failures: [Sample.personal: AppError(.rejected, "Workspace needs to have this feature enabled")])
        state.expect(.reportedEntriesFetched(requestID: 2, report)) {
            $0.pendingFetches = [:]
            $0.fetchedWindows.append(Self.week(24))
            $0.reportsRefused = [Sample.personal]
            $0.status = info("Toggl gives no reports of Personal (Workspace needs to have this feature enabled); "
                + "its entries older than three months are not shown.", .warning)
        }
        #expect(state.press(.character("{")) == [Self.reports(3, 17, workspaces: [Sample.studio])])
    }

    @Test func aReportWaitsWhileABucketItCountsAgainstIsAtTheReserve() {
        var state = Sample.loadedState()
        state.day = LocalDay(year: 2026, month: 9, day: 1)
        // Personal's organization (2) keeps exactly the reserve (10) for 20 more minutes.
        state.quota = [QuotaGauge(scope: .user, remaining: 25, resetsAt: Sample.now.addingTimeInterval(1200)),
                       QuotaGauge(scope: .organization(2), remaining: 10, resetsAt: Sample.now.addingTimeInterval(1200))]
        state.expect(key: .character("{")) {
            $0.day = LocalDay(year: 2026, month: 8, day: 25)
            $0.status = info("Weeks this old are read from Toggl's reports, whose hourly limit is kept for your changes now; "
                + "reading again in 20 min.", .warning)
        }
    }

    @Test func aWindowListedByDateDropsAStaleRunningEntryAsBefore() {
        var state = Sample.loadedState()
        let window = DateInterval(start: LocalDay(year: 2026, month: 11, day: 2).start(in: Sample.utc), duration: 7 * 86_400)
        let stale = TimeEntry(id: 9010, workspaceID: Sample.studio, userID: Sample.userID,
                              start: window.start.addingTimeInterval(3600), duration: -1, description: "Stopped on the web")
        state.catalog.entries[9010] = stale
        state.pendingFetches[5] = window
        state.expect(.entriesFetched(requestID: 5, .success([]))) {
            $0.pendingFetches = [:]
            $0.fetchedWindows.append(window)
            $0.catalog.entries[9010] = nil
        }
    }
}
