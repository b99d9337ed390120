import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// What views read: days, weeks, totals, zones, formats, completion and picker candidates.
@Suite struct SelectorTests {
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        Sample.utc.date(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    static func entry(_ id: Int64, at start: Date, minutes: Int = 30, workspace: Int64 = Sample.studio, project: Int64? = nil,
                      description: String? = nil) -> TimeEntry {
        TimeEntry(id: id, workspaceID: workspace, projectID: project, start: start, stop: start.addingTimeInterval(TimeInterval(minutes * 60)),
                  duration: minutes * 60, description: description)
    }

    /// The sample in another zone (through the profile), with only these entries.
    static func state(zone: String, entries: [TimeEntry], day: LocalDay) -> AppState {
        var state = Sample.loadedState()
        state.profile?.timeZoneIdentifier = zone
        state.catalog.entries = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })
        state.day = day
        return state
    }

    // MARK: Days across midnight

    @Test func berlinDaysRunFromLocalMidnight() {
        let entries = [
            Self.entry(1, at: Self.utc(2026, 11, 22, 22, 59)), // Sun 23:59 in Berlin
            Self.entry(2, at: Self.utc(2026, 11, 22, 23, 0)),  // Mon 00:00
            Self.entry(3, at: Self.utc(2026, 11, 23, 22, 59)), // Mon 23:59
            Self.entry(4, at: Self.utc(2026, 11, 23, 23, 0)),  // Tue 00:00
        ]
        var state = Self.state(zone: "Europe/Berlin", entries: entries, day: Sample.today)
        #expect(state.dayEntries.map(\.id) == [3, 2])
        #expect(state.dayTotalSeconds == 3600)
        state.day = Sample.november(22)
        #expect(state.dayEntries.map(\.id) == [1])
        state.day = Sample.november(24)
        #expect(state.dayEntries.map(\.id) == [4])
    }

    @Test func losAngelesDaysRunFromLocalMidnight() {
        let entries = [
            Self.entry(1, at: Self.utc(2026, 11, 23, 7, 59)),  // Sun 23:59 in Los Angeles (UTC−8)
            Self.entry(2, at: Self.utc(2026, 11, 23, 8, 0)),   // Mon 00:00
            Self.entry(3, at: Self.utc(2026, 11, 24, 7, 59)),  // Mon 23:59
            Self.entry(4, at: Self.utc(2026, 11, 24, 8, 0)),   // Tue 00:00
        ]
        var state = Self.state(zone: "America/Los_Angeles", entries: entries, day: Sample.today)
        #expect(state.dayEntries.map(\.id) == [3, 2])
        state.day = Sample.november(22)
        #expect(state.dayEntries.map(\.id) == [1])
        // "Today" in Los Angeles at 10:00 UTC is still Monday 02:00.
        #expect(state.today == Sample.today)
        state.now = Self.utc(2026, 11, 23, 7, 0)
        #expect(state.today == Sample.november(22))
    }

    @Test func anEntryBelongsToTheDayItStartsOn() {
        // 23:00–01:00 in Berlin counts on the day it started.
        let late = Self.entry(1, at: Self.utc(2026, 11, 23, 22, 0), minutes: 120)
        var state = Self.state(zone: "Europe/Berlin", entries: [late], day: Sample.today)
        #expect(state.dayEntries.map(\.id) == [1])
        #expect(state.dayTotalSeconds == 7200)
        state.day = Sample.november(24)
        #expect(state.dayEntries.isEmpty)
    }

    @Test func berlinDaysAroundTheClockChanges() {
        let entries = [
            Self.entry(1, at: Self.utc(2026, 3, 28, 22, 59)), // Sat 23:59 CET
            Self.entry(2, at: Self.utc(2026, 3, 28, 23, 0)),  // Sun 00:00 CET (the 23-hour day)
            Self.entry(3, at: Self.utc(2026, 3, 29, 21, 59)), // Sun 23:59 CEST
            Self.entry(4, at: Self.utc(2026, 3, 29, 22, 0)),  // Mon 00:00 CEST
        ]
        var state = Self.state(zone: "Europe/Berlin", entries: entries, day: LocalDay(year: 2026, month: 3, day: 29))
        #expect(state.dayEntries.map(\.id) == [3, 2])
        state.day = LocalDay(year: 2026, month: 3, day: 30)
        #expect(state.dayEntries.map(\.id) == [4])
    }

    @Test func dayEntriesAreNewestFirstWithTheIDBreakingTies() {
        let start = Sample.at(9)
        let state = Self.state(zone: "UTC", entries: [Self.entry(7, at: start), Self.entry(8, at: start), Self.entry(6, at: Sample.at(8))],
                               day: Sample.today)
        #expect(state.dayEntries.map(\.id) == [8, 7, 6])
    }

    @Test func dayEntriesAreTheWorkspacesOnly() {
        let state = Self.state(zone: "UTC", entries: [Self.entry(1, at: Sample.at(9)), Self.entry(2, at: Sample.at(9), workspace: Sample.personal)],
                               day: Sample.today)
        #expect(state.dayEntries.map(\.id) == [1])
        #expect(state.dayTotalSeconds == 1800)
    }

    // MARK: Weeks

    @Test(arguments: [(1, 23, 23), (1, 22, 16), (1, 29, 23), (0, 22, 22), (0, 23, 22), (0, 28, 22), (6, 23, 21), (6, 21, 21), (8, 23, 23)])
    func weekStartFollowsTheProfile(beginningOfWeek: Int, day: Int, start: Int) {
        var state = Sample.loadedState()
        state.profile?.beginningOfWeek = beginningOfWeek
        state.day = Sample.november(day)
        #expect(state.weekStart == Sample.november(start))
    }

    @Test func weekStartDefaultsToMondayBeforeTheProfileIsKnown() {
        var state = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        state.day = Sample.november(22)
        #expect(state.weekStart == Sample.november(16))
    }

    @Test func weekSummaryByProjectAndClientCountsTheRunningTimerToNow() {
        var state = Sample.loadedState(running: true)
        state.catalog.entries[505] = Self.entry(505, at: Sample.at(12, daysAgo: -2), minutes: 15)     // Wednesday, no project
        state.catalog.entries[506] = Self.entry(506, at: Sample.at(9), workspace: Sample.personal)     // other workspace
        let summary = state.weekSummary
        #expect(summary.firstDay == Sample.today)
        #expect(summary.dailySeconds == [7200, 0, 900, 0, 0, 0, 0])
        #expect(summary.totalSeconds == 8100)
        #expect(summary.byProject == [
            WeekSummary.Line(name: "Website Redesign", color: "#06a893", seconds: 3600, projectID: Sample.website),
            WeekSummary.Line(name: "Admin", color: "#525266", seconds: 1800, projectID: Sample.admin),
            WeekSummary.Line(name: "Mobile App", color: "#e36a00", seconds: 1800, projectID: Sample.mobile),
            WeekSummary.Line(name: "(no project)", color: nil, seconds: 900),
        ])
        // The stacked bars: Monday by project, Wednesday's entry without one.
        #expect(summary.dailyByProject[0] == [Sample.website: 3600, Sample.admin: 1800, Sample.mobile: 1800])
        #expect(summary.dailyByProject[2] == [nil: 900])
        let byClient: [WeekSummary.Line] = [
            WeekSummary.Line(name: "Acme Corp", color: nil, seconds: 3600),
            WeekSummary.Line(name: "(no client)", color: nil, seconds: 2700),
            WeekSummary.Line(name: "Globex", color: nil, seconds: 1800),
        ]
        #expect(summary.byClient == byClient)
        #expect(state.weekTotalSeconds == 8100)
        // An hour later the running timer has an hour more.
        _ = AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(3600)))
        #expect(state.weekSummary.byProject.first == WeekSummary.Line(name: "Admin", color: "#525266", seconds: 5400, projectID: Sample.admin))
        #expect(state.weekSummary.dailySeconds[0] == 10800)
    }

    @Test func weekSummaryStartsOnTheProfilesFirstDay() {
        var state = Sample.loadedState()
        state.profile?.beginningOfWeek = 0
        let summary = state.weekSummary
        #expect(summary.firstDay == Sample.november(22))
        #expect(summary.dailySeconds == [7200, 5400, 0, 0, 0, 0, 0])
        #expect(state.weekTotalSeconds == 12600)
    }

    @Test func totalsIgnoreTheFilter() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("/"))
        state.type("stand")
        #expect(state.dayEntries.map(\.id) == [502])
        #expect(state.dayTotalSeconds == 5400)
        state.press(.enter)
        #expect(state.dayTotalSeconds == 5400)
        #expect(state.weekTotalSeconds == 5400)
        #expect(state.weekSummary.totalSeconds == 5400)
    }

    @Test func secondsNeverGoNegative() {
        var state = Sample.loadedState()
        let odd = TimeEntry(id: 1, workspaceID: Sample.studio, start: Sample.now, stop: Sample.now, duration: -5)
        #expect(state.seconds(of: odd) == 0)
        let future = TimeEntry(id: 2, workspaceID: Sample.studio, start: Sample.now.addingTimeInterval(60), duration: -1)
        #expect(state.seconds(of: future) == 0)
        state.now = Sample.now.addingTimeInterval(90)
        #expect(state.seconds(of: future) == 30)
    }

    // MARK: Zone and format

    @Test func theConfigZoneWinsThenTheProfileThenTheSystem() {
        let berlin = Zone(identifier: "Europe/Berlin")!
        let tokyo = Zone(identifier: "Asia/Tokyo")!
        var state = AppState(settings: AppSettings(timeZoneOverride: berlin, systemTimeZone: tokyo), now: Sample.now)
        state.profile = Profile(userID: 1, timeZoneIdentifier: "America/Los_Angeles")
        #expect(state.timeZone == berlin)
        state.settings.timeZoneOverride = nil
        #expect(state.timeZone.identifier == "America/Los_Angeles")
        state.profile?.timeZoneIdentifier = "Not/AZone"
        #expect(state.timeZone == tokyo)
        state.profile?.timeZoneIdentifier = nil
        #expect(state.timeZone == tokyo)
        state.profile = nil
        #expect(state.timeZone == tokyo)
    }

    @Test(arguments: [
        ("H:mm", "YYYY-MM-DD", TimeFormat(uses24HourClock: true, dateOrder: .yearMonthDay, dateSeparator: "-")),
        ("h:mm A", "MM/DD/YYYY", TimeFormat(uses24HourClock: false, dateOrder: .monthDayYear, dateSeparator: "/")),
        ("h:mm a", "DD.MM.YYYY", TimeFormat(uses24HourClock: false, dateOrder: .dayMonthYear, dateSeparator: ".")),
        ("HH:mm", "DD-MM-YYYY", TimeFormat(uses24HourClock: true, dateOrder: .dayMonthYear, dateSeparator: "-")),
        ("H:mm", "MM-DD-YYYY", TimeFormat(uses24HourClock: true, dateOrder: .monthDayYear, dateSeparator: "-")),
        ("H:mm", "DD/MM/YYYY", TimeFormat(uses24HourClock: true, dateOrder: .dayMonthYear, dateSeparator: "/")),
    ])
    func timeFormatFromTogglPreferences(timeOfDay: String, date: String, expected: TimeFormat) {
        var state = Sample.loadedState()
        state.profile?.timeOfDayFormat = timeOfDay
        state.profile?.dateFormat = date
        #expect(state.timeFormat == expected)
    }

    @Test func timeFormatDefaultsAndTheConfigWins() {
        var state = Sample.loadedState()
        #expect(state.timeFormat == TimeFormat())
        state.profile?.timeOfDayFormat = "h:mm A"
        let config = TimeFormat(uses24HourClock: true, dateOrder: .dayMonthYear, dateSeparator: ".")
        state.settings.timeFormatOverride = config
        #expect(state.timeFormat == config)
        #expect(TimeFormat(togglTimeOfDay: nil, togglDate: nil) == TimeFormat())
    }

    // MARK: Completion and pickers

    @Test func recentDescriptionsAreNewestFirstEachOnce() {
        var state = Sample.loadedState()
        state.catalog.entries[601] = Self.entry(601, at: Sample.at(7, daysAgo: 3), description: "Standup")
        state.catalog.entries[602] = Self.entry(602, at: Sample.at(7, daysAgo: 3), description: "")
        state.catalog.entries[603] = Self.entry(603, at: Sample.at(9, 45), workspace: Sample.personal, description: "Groceries")
        state.catalog.entries[604] = Self.entry(604, at: Sample.at(6, daysAgo: 4), description: "standup")
        #expect(state.recentDescriptions.map(\.id) == [502, 501, 503, 604])
        state.workspaceID = Sample.personal
        #expect(state.recentDescriptions.map(\.id) == [603])
    }

    @Test func recentDescriptionsStopAtFiveHundred() {
        var state = Sample.loadedState()
        for number in 0..<600 {
            let id = Int64(10_000 + number)
            state.catalog.entries[id] = Self.entry(id, at: Sample.at(0, daysAgo: number + 2), description: "Task \(number)")
        }
        #expect(state.recentDescriptions.count == 500)
        #expect(state.recentDescriptions.first?.id == 502)
    }

    @Test func descriptionSuggestionsAreRankedAndLimited() {
        var state = Sample.loadedState()
        for number in 0..<8 {
            let id = Int64(700 + number)
            state.catalog.entries[id] = Self.entry(id, at: Sample.at(8, daysAgo: number + 2), description: "Review \(number)")
        }
        #expect(state.descriptionSuggestions(for: "review").count == 5)
        #expect(state.descriptionSuggestions(for: "review", limit: 20).count == 9)
        #expect(state.descriptionSuggestions(for: "wf").map(\.id) == [501])
    }

    static func pickerState() -> (AppState, EntryEditor) {
        var state = Sample.loadedState()
        state.catalog.projects[1004] = Project(id: 1004, workspaceID: Sample.studio, name: "Refactor", color: "#2da608")
        state.catalog.projects[1005] = Project(id: 1005, workspaceID: Sample.studio, name: "Core")
        state.catalog.projects[1006] = Project(id: 1006, workspaceID: Sample.studio, name: "Retired", active: false)
        state.catalog.projects[1007] = Project(id: 1007, workspaceID: Sample.studio, name: "Removed", serverDeletedAt: Sample.now)
        state.catalog.projects[1008] = Project(id: 1008, workspaceID: Sample.personal, name: "Renovation")
        state.catalog.tags[9] = Tag(id: 9, workspaceID: Sample.studio, name: "gone", deletedAt: Sample.now)
        state.catalog.tags[10] = Tag(id: 10, workspaceID: Sample.personal, name: "home")
        return (state, EntryEditor(mode: .start, workspaceID: Sample.studio, day: Sample.today))
    }

    static func picker(_ kind: Picker.Kind, _ query: String, chosen: [String] = []) -> Picker {
        var picker = Picker(kind: kind, chosenTags: chosen)
        picker.query.setText(query)
        return picker
    }

    @Test func projectCandidatesRankWordStartsFirst() {
        let (state, editor) = Self.pickerState()
        #expect(state.candidates(for: Self.picker(.project, "re"), in: editor) == [
            PickerCandidate(value: .project(1004), title: "Refactor", color: "#2da608", matchedPositions: [0, 1]),
            PickerCandidate(value: .project(Sample.website), title: "Website Redesign", detail: "Acme Corp", color: "#06a893",
                            matchedPositions: [8, 9]),
            PickerCandidate(value: .project(1005), title: "Core", matchedPositions: [2, 3]),
        ])
    }

    @Test func projectCandidatesWithoutAQueryStartWithNoProject() {
        let (state, editor) = Self.pickerState()
        #expect(state.candidates(for: Self.picker(.project, ""), in: editor).map(\.title)
            == ["(no project)", "Admin", "Core", "Mobile App", "Refactor", "Website Redesign"])
        #expect(state.candidates(for: Self.picker(.project, "zzz"), in: editor).isEmpty)
    }

    @Test func projectCandidatesBuildEachRowFromTheCatalogAsItIsNow() {
        var (state, editor) = Self.pickerState()
        let picker = Self.picker(.project, "")
        let before = state.pickerCandidates(for: picker, in: editor)
        #expect(before.count == 6)
        #expect(before[5] == PickerCandidate(value: .project(Sample.website), title: "Website Redesign", detail: "Acme Corp",
                                             color: "#06a893", matchedPositions: []))
        #expect(Array(before) == state.candidates(for: picker, in: editor))

        // A rename, a new project, an archived one and a renamed client: the next list follows.
        state.catalog.projects[Sample.website]?.name = "Agency Site"
        state.catalog.projects[1009] = Project(id: 1009, workspaceID: Sample.studio, clientID: Sample.globex, name: "Budget")
        state.catalog.projects[1004]?.active = false
        state.catalog.clients[Sample.acme]?.name = "Acme Inc"
        let after = state.pickerCandidates(for: picker, in: editor)
        #expect(after.map(\.title) == ["(no project)", "Admin", "Agency Site", "Budget", "Core", "Mobile App"])
        #expect(after.map(\.detail) == [nil, nil, "Acme Inc", "Globex", nil, "Globex"])
        #expect(after.map(\.value) == [.none, .project(Sample.admin), .project(Sample.website), .project(1009), .project(1005),
                                       .project(Sample.mobile)])
        #expect(state.pickerCandidates(for: Self.picker(.project, "bud"), in: editor).map(\.matchedPositions) == [[0, 1, 2]])
    }

    @Test func projectCandidatesPutTheOfferedOnesFirstOnceEachAndOnlyWhenListed() {
        var (state, editor) = Self.pickerState()
        // 1006 is archived and 1008 another workspace's: not offered. A repeated id is offered twice, as before.
        editor.offeredProjects = [1005, 1006, Sample.mobile, 1008, 1005]
        let candidates = state.pickerCandidates(for: Self.picker(.project, ""), in: editor)
        #expect(candidates.map(\.title) == ["Core", "Mobile App", "Core", "(no project)", "Admin", "Refactor", "Website Redesign"])
        #expect(candidates.map(\.value)[4...] == [.project(Sample.admin), .project(1004), .project(Sample.website)])
        // With a query the matcher ranks every match and nothing is offered first.
        #expect(state.pickerCandidates(for: Self.picker(.project, "o"), in: editor).map(\.title)
            == ["Core", "Refactor", "Mobile App"])
        state.catalog.projects[1005] = nil
        #expect(state.pickerCandidates(for: Self.picker(.project, ""), in: editor).map(\.title)
            == ["Mobile App", "(no project)", "Admin", "Refactor", "Website Redesign"])
    }

    @Test func taskCandidatesAreTheProjectsActiveTasks() {
        var (state, editor) = Self.pickerState()
        state.catalog.tasks[3004] = ProjectTask(id: 3004, name: "Deploy", projectID: Sample.mobile, workspaceID: Sample.studio)
        editor.projectID = Sample.website
        #expect(state.candidates(for: Self.picker(.task, ""), in: editor).map(\.value) == [.none, .task(Sample.design), .task(Sample.development)])
        #expect(state.candidates(for: Self.picker(.task, "dev"), in: editor).map(\.value) == [.task(Sample.development)])
        editor.projectID = Sample.mobile
        #expect(state.candidates(for: Self.picker(.task, ""), in: editor).map(\.value) == [.none, .task(3004)])
    }

    @Test func tagCandidatesAreTheWorkspacesLiveTagsChosenOnesAndANewName() {
        let (state, editor) = Self.pickerState()
        #expect(state.candidates(for: Self.picker(.tags, ""), in: editor).map(\.value) == [.tag("deep-work"), .tag("meeting")])
        #expect(state.candidates(for: Self.picker(.tags, "", chosen: ["zz top"]), in: editor).map(\.value)
            == [.tag("deep-work"), .tag("meeting"), .tag("zz top")])
        #expect(state.candidates(for: Self.picker(.tags, "me"), in: editor)
            == [PickerCandidate(value: .tag("meeting"), title: "meeting", matchedPositions: [0, 1]),
                PickerCandidate(value: .newTag("me"), title: "me", detail: "new tag", matchedPositions: [])])
        #expect(state.candidates(for: Self.picker(.tags, "DEEP-WORK"), in: editor).map(\.value) == [.tag("deep-work")])
        #expect(state.candidates(for: Self.picker(.tags, "deep-work"), in: editor).map(\.value) == [.tag("deep-work")])
        #expect(state.candidates(for: Self.picker(.tags, "gone"), in: editor).map(\.value) == [.newTag("gone")])
    }

    // MARK: Rows

    @Test func clientRowsStartWithAllAndSkipArchivedAndOtherWorkspaces() {
        var state = Sample.loadedState()
        state.catalog.clients[14] = Client(id: 14, workspaceID: Sample.studio, name: "Archived Inc", archived: true)
        state.catalog.clients[15] = Client(id: 15, workspaceID: Sample.personal, name: "Family")
        state.catalog.clients[16] = Client(id: 16, workspaceID: Sample.studio, name: "aardvark")
        #expect(state.clientRows.map(\.id) == [0, 16, Sample.acme, Sample.globex])
        #expect(state.clientRows.map(\.name) == ["All clients", "aardvark", "Acme Corp", "Globex"])
    }

    @Test func projectRowsSkipInactiveDeletedAndOtherWorkspaces() {
        let (state, _) = Self.pickerState()
        #expect(state.projectRows.map(\.name) == ["Admin", "Core", "Mobile App", "Refactor", "Website Redesign"])
    }

    @Test func rowIDsPerPane() {
        var state = Sample.loadedState()
        #expect(state.rowIDs(in: .workspaces) == [Sample.studio, Sample.personal])
        #expect(state.rowIDs(in: .clients) == [0, Sample.acme, Sample.globex])
        #expect(state.rowIDs(in: .projects) == [Sample.admin, Sample.mobile, Sample.website])
        #expect(state.rowIDs(in: .timer) == [])
        #expect(state.rowIDs(in: .entries) == [502, 501])
        state.entriesMode = .weekSummary
        #expect(state.rowIDs(in: .entries) == [])
        #expect(state.selectedID(in: .entries) == nil)
    }
}
