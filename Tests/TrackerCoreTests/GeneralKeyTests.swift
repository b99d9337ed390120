import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// `/`, `r`, `u`, `?`, the day keys, `w`, `q`, Ctrl-C and Esc from the main view.
@Suite struct GeneralKeyTests {
    // MARK: / filter

    @Test func filterAppliesLiveAndEnterKeepsIt() {
        var state = Sample.loadedState()
        state.press(.character("j"))
        state.expect(key: .character("/")) { $0.filterEditor = LineEditor() }
        state.expect(key: .character("m")) {
            $0.filterEditor = LineEditor("m")
            $0.selection[.projects] = nil
        }
        // "m" is in Admin, Mobile App and (the client of Website Redesign) Acme Corp.
        #expect(state.projectRows.map(\.id) == [Sample.admin, Sample.mobile, Sample.website])
        state.type("ob")
        #expect(state.projectRows.map(\.id) == [Sample.mobile])
        #expect(state.filterQuery(for: .projects) == "mob")
        #expect(state.filters.isEmpty)
        state.expect(key: .enter) {
            $0.filterEditor = nil
            $0.filters[.projects] = "mob"
        }
        #expect(state.projectRows.map(\.id) == [Sample.mobile])
        // Other panes are not filtered.
        state.press(.character("5"))
        #expect(state.dayEntries.count == 2)
        #expect(state.filterQuery(for: .entries) == nil)
    }

    @Test func filterMatchesTheProjectsClientToo() {
        var state = Sample.loadedState()
        state.press(.character("/"))
        state.type("acme")
        #expect(state.projectRows.map(\.id) == [Sample.website])
    }

    @Test func escapeWhileTypingDropsTheFilter() {
        var state = Sample.loadedState()
        state.press(.character("/"))
        state.type("mob")
        state.press(.enter, .character("/"))
        #expect(state.filterEditor == LineEditor("mob"))
        state.type("x")
        state.expect(key: .escape) {
            $0.filterEditor = nil
            $0.filters = [:]
        }
        #expect(state.projectRows.count == 3)
    }

    @Test func enterOnAnEmptyFilterRemovesIt() {
        var state = Sample.loadedState()
        state.filters[.projects] = "mob"
        state.press(.character("/"), .ctrl("u"))
        state.expect(key: .enter) {
            $0.filterEditor = nil
            $0.filters = [:]
        }
    }

    @Test func upAndDownLeaveTheFilterAndMove() {
        var state = Sample.loadedState()
        state.press(.character("/"), .character("e")) // Mobile App (Globex), Website Redesign (Acme Corp)
        state.expect(key: .down) {
            $0.filterEditor = nil
            $0.filters[.projects] = "e"
            $0.selection[.projects] = Sample.website
        }
        state.press(.character("/"))
        state.expect(key: .up) {
            $0.filterEditor = nil
            $0.selection[.projects] = Sample.mobile
        }
        state.press(.character("/"), .ctrl("u"))
        state.expect(key: .down) {
            $0.filterEditor = nil
            $0.filters = [:]
            $0.selection[.projects] = Sample.mobile
        }
    }

    @Test func keysTypedIntoTheFilterDoNotAct() {
        var state = Sample.loadedState()
        state.press(.character("/"))
        for key in ["q", "s", "x", "d", "?", "1"] as [Character] {
            #expect(state.press(.character(key)) == [])
        }
        #expect(state.filterEditor?.text == "qsxd?1")
        #expect(!state.isQuitting)
        #expect(state.overlay == nil)
        #expect(state.focus == .projects)
    }

    @Test func filterWorksOnEveryListPaneButNotTheTimer() {
        var state = Sample.loadedState()
        state.press(.character("1"), .character("/"))
        state.type("pers")
        #expect(state.workspaceRows.map(\.id) == [Sample.personal])
        state.press(.enter, .character("2"), .character("/"))
        state.type("glo")
        #expect(state.clientRows.map(\.id) == [Sample.globex])
        state.press(.enter, .character("5"), .character("/"))
        state.type("stand")
        #expect(state.dayEntries.map(\.id) == [502])
        state.press(.enter)
        #expect(state.filters == [.workspaces: "pers", .clients: "glo", .entries: "stand"])
        state.press(.character("4"))
        state.expect(key: .character("/"))
    }

    // MARK: Esc

    @Test func escapeClearsTheFilterThenTheNarrowingAndNeverQuits() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("j"), .enter)
        state.filters[.projects] = "web"
        state.expect(key: .escape) { $0.filters = [:] }
        state.expect(key: .escape) { $0.clientFilter = nil }
        state.expect(key: .escape)
        state.expect(key: .escape)
    }

    @Test func escapeClearsTheNarrowingFromTheClientsPaneButNotElsewhere() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("j"), .enter)
        state.focus = .timer
        state.expect(key: .escape)
        state.focus = .clients
        state.expect(key: .escape) { $0.clientFilter = nil }
    }

    // MARK: r u ? q w

    @Test func syncAsksForOneBootstrapAtATime() {
        var state = Sample.loadedState()
        state.expect(key: .character("r"), [.loadBootstrap(requestID: 2, withPreferences: false)]) {
            $0.pendingBootstrap = 2
            $0.nextRequestID = 3
            $0.sync = .syncing
        }
        state.expect(key: .character("r")) { $0.status = info("A sync is already running.") }
    }

    @Test func undoWithNothingToUndoSaysSo() {
        var state = Sample.loadedState()
        state.expect(key: .character("u")) { $0.status = info("Nothing to undo.") }
    }

    @Test(arguments: [KeyEvent.escape, .character("?"), .character("q")])
    func helpOpensAndCloses(closing: KeyEvent) {
        var state = Sample.loadedState()
        state.expect(key: .character("?")) { $0.overlay = .help }
        for key in [KeyEvent.character("j"), .character("s"), .enter, .tab, .character("x"), .character("1")] {
            state.expect(key: key)
        }
        state.expect(key: closing) { $0.overlay = nil }
        #expect(!state.isQuitting)
    }

    @Test func quitEndsTheProgram() {
        var state = Sample.loadedState()
        state.expect(key: .character("q"), [.quit]) { $0.isQuitting = true }
    }

    @Test func summaryTogglesAndFocusesTheEntries() {
        var state = Sample.loadedState()
        state.expect(key: .character("w")) {
            $0.entriesMode = .weekSummary
            $0.focus = .entries
        }
        state.press(.character("1"))
        state.expect(key: .character("w")) {
            $0.entriesMode = .day
            $0.focus = .entries
        }
    }

    // MARK: Ctrl-C

    @Test func ctrlCQuitsFromEveryOverlayAndTheFilter() {
        let openers: [[KeyEvent]] = [
            [],
            [.character("?")],
            [.character("5"), .character("d")],
            [.character("n")],
            [.character("s")],
            [.character("s"), .tab, .enter], // the project picker
            [.character("/")],
        ]
        for keys in openers {
            var state = Sample.loadedState()
            for key in keys { state.press(key) }
            state.expect(key: .ctrl("c"), [.quit]) { $0.isQuitting = true }
        }
    }

    @Test func anyKeyClearsAnErrorButNotAnInfo() {
        var state = Sample.loadedState()
        state.status = failure("Offline")
        state.expect(key: .character("j")) {
            $0.status = nil
            $0.selection[.projects] = Sample.mobile
        }
        state.status = info("Saved", .success)
        state.expect(key: .character("j")) { $0.selection[.projects] = Sample.website }
    }

    // MARK: Days

    @Test func dayKeysMoveTheShownDayAndForgetTheEntrySelection() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("j"))
        state.expect(key: .character("[")) {
            $0.day = Sample.november(22)
            $0.selection[.entries] = nil
        }
        state.expect(key: .character("]")) { $0.day = Sample.today }
        state.expect(key: .character("]")) { $0.day = Sample.november(24) }
        state.expect(key: .character("}")) { $0.day = LocalDay(year: 2026, month: 12, day: 1) }
        state.expect(key: .character("{")) { $0.day = Sample.november(24) }
        state.expect(key: .character("{")) { $0.day = Sample.november(17) }
        state.expect(key: .character("t")) { $0.day = Sample.today }
        #expect(state.dayEntries.map(\.id) == [502, 501])
    }

    @Test func aWeekTheBootstrapDoesNotCoverIsFetchedOnce() {
        var state = Sample.loadedState()
        state.press(.character("{")) // 16 Nov: covered by the bootstrap
        let window = DateInterval(start: Sample.november(9).start(in: Sample.utc), end: Sample.november(16).start(in: Sample.utc))
        state.expect(key: .character("{"), [.fetchEntries(requestID: 2, window: window)]) {
            $0.day = Sample.november(9)
            $0.pendingFetches[2] = window
            $0.nextRequestID = 3
        }
        // Pending: moving inside the week asks nothing more.
        state.expect(key: .character("]")) { $0.day = Sample.november(10) }
        let old = TimeEntry(id: 400, workspaceID: Sample.studio, userID: Sample.userID, start: Sample.at(9, daysAgo: 13),
                            stop: Sample.at(10, daysAgo: 13), duration: 3600, description: "Old")
        state.expect(.entriesFetched(requestID: 2, .success([old]))) {
            $0.pendingFetches = [:]
            $0.fetchedWindows.append(window)
            $0.catalog.entries[400] = old
        }
        #expect(state.dayEntries.map(\.id) == [400])
        // Fetched: going away and back asks nothing.
        state.expect(key: .character("t")) { $0.day = Sample.today }
        state.expect(key: .character("{")) { $0.day = Sample.november(16) }
        state.expect(key: .character("{")) { $0.day = Sample.november(9) }
    }

    @Test func noFetchWhileASyncIsRunningOrBeforeTheFirstLoad() {
        var state = Sample.loadedState()
        state.press(.character("r"))
        state.expect(key: .character("{")) { $0.day = Sample.november(16) }
        state.expect(key: .character("{")) { $0.day = Sample.november(9) }
        // The sync's answer fetches the week being shown.
        let window = DateInterval(start: Sample.november(9).start(in: Sample.utc), end: Sample.november(16).start(in: Sample.utc))
        let effects = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me))))
        #expect(effects == [.fetchEntries(requestID: 3, window: window)])

        var fresh = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        fresh.expect(key: .character("{")) { $0.day = Sample.november(16) }
        fresh.expect(key: .character("{")) { $0.day = Sample.november(9) }
    }

    @Test func weeksStartOnTheProfilesDay() {
        var state = Sample.loadedState()
        state.profile?.beginningOfWeek = 0
        // Sunday 15 Nov is only covered from 10:00 on: the week of 15 Nov is fetched.
        let window = DateInterval(start: Sample.november(15).start(in: Sample.utc), end: Sample.november(22).start(in: Sample.utc))
        state.expect(key: .character("{"), [.fetchEntries(requestID: 2, window: window)]) {
            $0.day = Sample.november(16)
            $0.pendingFetches[2] = window
            $0.nextRequestID = 3
        }
    }
}
