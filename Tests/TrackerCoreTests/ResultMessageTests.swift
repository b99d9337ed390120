import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// The answers to effects, and the clock, quota and terminal messages.
@Suite struct ResultMessageTests {
    static let offline = AppError(.offline, "Offline: no network connection.")

    static func launched() -> AppState {
        var state = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        _ = AppUpdate.update(&state, .launched)
        return state
    }

    // MARK: bootstrapLoaded

    @Test func theFirstLoadFillsEverythingQuietly() {
        var state = Self.launched()
        let preferences = Preferences(dateFormat: "MM/DD/YYYY", timeOfDayFormat: "h:mm A")
        state.expect(.bootstrapLoaded(requestID: 1, .success(Bootstrap(me: Sample.me, preferences: preferences)))) {
            $0.profile = Profile(userID: Sample.userID, fullname: "Alex Demo", email: "alex@example.com", timeZoneIdentifier: "UTC",
                                 beginningOfWeek: 1, defaultWorkspaceID: Sample.studio, timeOfDayFormat: "h:mm A", dateFormat: "MM/DD/YYYY")
            $0.catalog = Catalog(me: Sample.me)
            var account = Sample.me
            (account.workspaces, account.clients, account.projects, account.tags, account.tasks, account.timeEntries) = (nil, nil, nil, nil, nil, nil)
            $0.account = account
            $0.preferences = preferences
            $0.workspaceID = Sample.studio
            $0.pendingBootstrap = nil
            $0.fetchedWindows = [Sample.bootstrapWindow]
            $0.sync = .synced(Sample.now)
            $0.entriesSince = Sample.now.addingTimeInterval(-300)
            $0.isQuietSync = false
        }
        #expect(state.timeFormat == TimeFormat(uses24HourClock: false, dateOrder: .monthDayYear, dateSeparator: "/"))
        #expect(state.catalog.tasks.count == 3)
        #expect(state.catalog.tags.count == 2)
    }

    @Test func theFirstLoadShowsTodayInTheProfilesZone() {
        // The system zone says it is already Tuesday; the profile's zone says Monday evening.
        var state = AppState(settings: AppSettings(systemTimeZone: Zone(identifier: "Asia/Tokyo")!),
                             now: Sample.at(20))
        _ = AppUpdate.update(&state, .launched)
        #expect(state.day == Sample.november(24))
        var me = Sample.me
        me.timezone = "America/New_York"
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: me))))
        #expect(state.day == Sample.today)
    }

    @Test func aLaterLoadSaysSyncedKeepsTheDayAndThePreferences() {
        var state = Self.launched()
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: Sample.me, preferences: Preferences(
            dateFormat: "DD.MM.YYYY", timeOfDayFormat: "H:mm")))))
        state.press(.character("["), .character("r"))
        let window = Sample.bootstrapWindow
        state.expect(.bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me)))) {
            $0.pendingBootstrap = nil
            // One `/me` window, not one per sync.
            $0.fetchedWindows = [window]
            $0.sync = .synced(Sample.now)
            $0.status = info("Synced.", .success)
        }
        #expect(state.day == Sample.november(22))
        #expect(state.profile?.dateFormat == "DD.MM.YYYY")
        #expect(state.profile?.timeOfDayFormat == "H:mm")
    }

    @Test func answersToOtherRequestsAreIgnored() {
        var state = Sample.loadedState()
        state.expect(.bootstrapLoaded(requestID: 1, .success(Bootstrap(me: Me(id: 1)))))
        state.press(.character("r"))
        state.expect(.bootstrapLoaded(requestID: 1, .failure(Self.offline)))
        state.expect(.bootstrapLoaded(requestID: 3, .success(Bootstrap(me: Me(id: 1)))))
    }

    @Test(arguments: [AppError(.offline, "Offline: no network connection."),
                      AppError(.quota(resetsInSeconds: 600), "Quota used up; it resets in 10 min."),
                      AppError(.quota(resetsInSeconds: nil), "Quota used up."),
                      AppError(.unauthorized, "The API token is wrong."),
                      AppError(.server, "Toggl failed (503).")])
    func aFailedLoadKeepsTheDataAndSaysWhy(error: AppError) {
        var state = Sample.loadedState()
        state.press(.character("r"))
        state.expect(.bootstrapLoaded(requestID: 2, .failure(error))) {
            $0.pendingBootstrap = nil
            $0.sync = .failed(error)
            $0.status = failure(error.message)
        }
        // The next key clears the error; r tries again.
        #expect(state.press(.character("r")) == [.loadBootstrap(requestID: 3, withPreferences: false)])
        #expect(state.status == nil)
    }

    @Test func aFailedFirstLoadAsksForPreferencesAgain() {
        var state = Self.launched()
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .failure(Self.offline)))
        #expect(state.profile == nil)
        #expect(state.press(.character("r")) == [.loadBootstrap(requestID: 2, withPreferences: true)])
    }

    @Test func localWorkSurvivesASync() {
        var state = Sample.loadedState(running: true)
        state.press(.character("x"))                                   // 504 stopped, stop in flight
        state.press(.character("5"), .character("j"), .character("j"), .character("e")) // 501 edited, update in flight
        state.press(.ctrl("u"))
        state.type("Wireframes v2")
        state.press(.enter)
        state.press(.character("k"), .character("d"), .character("y"))  // 502 deleted, delete in flight
        state.press(.character("3"), .enter)                            // a timer on Admin, create in flight
        state.press(.character("2"), .character("n"))
        state.type("Initech")
        state.press(.enter)                                             // client -2, create in flight
        state.press(.character("r"))
        let before = state
        // Toggl answers with the data as it was before all of that.
        var account = Sample.me
        account.timeEntries = Sample.entries + [Sample.running]
        state.expect(.bootstrapLoaded(requestID: 2, .success(Bootstrap(me: account)))) {
            $0.pendingBootstrap = nil
            $0.sync = .synced(Sample.now)
            $0.status = info("Synced.", .success)
        }
        #expect(state.catalog == before.catalog)
        #expect(state.catalog.entries[501]?.description == "Wireframes v2")
        #expect(state.catalog.entries[502] == nil)
        #expect(state.catalog.entries[504]?.isRunning == false)
        #expect(state.runningEntry?.id == -1)
        #expect(state.catalog.clients[-2]?.name == "Initech")
    }

    @Test func aSyncDropsWhatTogglNoLongerHasAndTakesWhatChanged() {
        var state = Sample.loadedState()
        state.press(.character("r"))
        var account = Sample.me
        var renamed = Sample.entries[1]
        renamed.description = "Standup (renamed on the web)"
        account.timeEntries = [Sample.entries[0], renamed] // 503 was deleted on the web
        account.projects = account.projects?.filter { $0.id != Sample.admin }
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: account))))
        #expect(state.catalog.entries[502]?.description == "Standup (renamed on the web)")
        #expect(state.catalog.projects[Sample.admin] == nil)
        #expect(state.catalog.entries[501] == Sample.entries[0])
    }

    @Test func entriesDeletedOnTheServerAreNotShown() {
        var state = Self.launched()
        var account = Sample.me
        account.timeEntries = Sample.entries + [TimeEntry(id: 505, workspaceID: Sample.studio, start: Sample.at(7), stop: Sample.at(8),
                                                          duration: 3600, serverDeletedAt: Sample.now)]
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        #expect(state.catalog.entries[505] == nil)
    }

    @Test func olderEntriesFetchedEarlierAreKept() {
        var state = Sample.loadedState()
        let old = TimeEntry(id: 400, workspaceID: Sample.studio, start: Sample.at(9, daysAgo: 20), stop: Sample.at(10, daysAgo: 20), duration: 3600)
        state.catalog.entries[400] = old
        state.press(.character("r"))
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me))))
        #expect(state.catalog.entries[400] == old)
    }

    @Test func theConfigsDefaultWorkspaceWinsOverTheProfilesWhenTheAccountHasIt() {
        var state = Self.launched()
        state.settings.defaultWorkspaceOverride = Sample.personal
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: Sample.me))))
        #expect(state.workspaceID == Sample.personal)
        // One the account does not have: the profile's default.
        state = Self.launched()
        state.settings.defaultWorkspaceOverride = 999
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: Sample.me))))
        #expect(state.workspaceID == Sample.studio)
    }

    @Test func theDefaultWorkspaceIsUsedWhenThereIsNoneOrItIsGone() {
        // No default workspace: the first by name.
        var state = Self.launched()
        var account = Sample.me
        account.defaultWorkspaceID = nil
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        #expect(state.workspaceID == Sample.studio)
        // A default that is not among the workspaces: the first by name too.
        state = Self.launched()
        account.defaultWorkspaceID = 999
        account.workspaces = [Workspace(id: 300, name: "Zeta"), Workspace(id: 301, name: "Alpha")]
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        #expect(state.workspaceID == 301)
        // The workspace shown stays while it exists, whatever the default.
        state = Sample.loadedState()
        state.workspaceID = Sample.personal
        state.press(.character("r"))
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me))))
        #expect(state.workspaceID == Sample.personal)
        // When it is gone, the default takes over.
        state.press(.character("r"))
        account = Sample.me
        account.workspaces = account.workspaces?.filter { $0.id != Sample.personal }
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 3, .success(Bootstrap(me: account))))
        #expect(state.workspaceID == Sample.studio)
        // No workspaces at all.
        state = Self.launched()
        account.workspaces = []
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 1, .success(Bootstrap(me: account))))
        #expect(state.workspaceID == nil)
    }

    @Test func launchingAgainWhileLoadingAsksNothingMore() {
        var state = Self.launched()
        state.expect(.launched) { $0.status = info("A sync is already running.") }
    }

    // MARK: entriesFetched

    static func fetchingTwoWeeksBack() -> (AppState, DateInterval) {
        var state = Sample.loadedState()
        state.press(.character("{"), .character("{"))
        let window = DateInterval(start: Sample.november(9).start(in: Sample.utc), end: Sample.november(16).start(in: Sample.utc))
        #expect(state.pendingFetches == [2: window])
        return (state, window)
    }

    @Test func fetchedEntriesAreMergedAndMissingOnesDropped() {
        var (state, window) = Self.fetchingTwoWeeksBack()
        let kept = TimeEntry(id: 401, workspaceID: Sample.studio, start: Sample.at(9, daysAgo: 12), stop: Sample.at(10, daysAgo: 12),
                             duration: 3600, description: "Kept")
        let gone = TimeEntry(id: 402, workspaceID: Sample.studio, start: Sample.at(11, daysAgo: 12), stop: Sample.at(12, daysAgo: 12),
                             duration: 3600, description: "Deleted on the web")
        let outside = TimeEntry(id: 403, workspaceID: Sample.studio, start: Sample.at(9, daysAgo: 30), stop: Sample.at(10, daysAgo: 30),
                                duration: 3600)
        let local = TimeEntry(id: -9, workspaceID: Sample.studio, start: Sample.at(13, daysAgo: 12), stop: Sample.at(14, daysAgo: 12),
                              duration: 3600)
        for entry in [kept, gone, outside, local] { state.catalog.entries[entry.id] = entry }
        var changed = kept
        changed.description = "Kept, renamed"
        let new = TimeEntry(id: 404, workspaceID: Sample.personal, start: Sample.at(8, daysAgo: 10), stop: Sample.at(9, daysAgo: 10), duration: 3600)
        let deleted = TimeEntry(id: 405, workspaceID: Sample.studio, start: Sample.at(8, daysAgo: 11), stop: Sample.at(9, daysAgo: 11),
                                duration: 3600, serverDeletedAt: Sample.now)
        state.expect(.entriesFetched(requestID: 2, .success([changed, new, deleted]))) {
            $0.pendingFetches = [:]
            $0.fetchedWindows.append(window)
            $0.catalog.entries[401] = changed
            $0.catalog.entries[402] = nil
            $0.catalog.entries[404] = new
        }
    }

    @Test func fetchedEntriesLeaveEntriesWithWritesInFlightAlone() {
        var (state, window) = Self.fetchingTwoWeeksBack()
        let edited = TimeEntry(id: 401, workspaceID: Sample.studio, start: Sample.at(9, daysAgo: 12), stop: Sample.at(10, daysAgo: 12),
                               duration: 3600, description: "Edited here")
        let deleting = TimeEntry(id: 402, workspaceID: Sample.studio, start: Sample.at(11, daysAgo: 12), stop: Sample.at(12, daysAgo: 12),
                                 duration: 3600, description: "Being deleted")
        state.catalog.entries[401] = edited
        state.pendingWrites[401] = PendingWrite(original: edited)
        state.pendingWrites[402] = PendingWrite(original: deleting)
        var stale = edited
        stale.description = "Old text"
        state.expect(.entriesFetched(requestID: 2, .success([stale, deleting]))) {
            $0.pendingFetches = [:]
            $0.fetchedWindows.append(window)
        }
    }

    @Test func anEntryStartingExactlyAtTheWindowsEndIsNotDropped() {
        var (state, window) = Self.fetchingTwoWeeksBack()
        let midnight = TimeEntry(id: 406, workspaceID: Sample.studio, start: window.end, stop: window.end.addingTimeInterval(600), duration: 600)
        state.catalog.entries[406] = midnight
        _ = AppUpdate.update(&state, .entriesFetched(requestID: 2, .success([])))
        #expect(state.catalog.entries[406] == midnight)
    }

    @Test func aFailedFetchSaysWhyAndIsTriedAgainNextTime() {
        var (state, _) = Self.fetchingTwoWeeksBack()
        state.expect(.entriesFetched(requestID: 2, .failure(Self.offline))) {
            $0.pendingFetches = [:]
            $0.status = failure("Could not load older entries: Offline: no network connection.")
        }
        let window = state.pendingFetches.isEmpty ? nil : state.pendingFetches[2]
        #expect(window == nil)
        // Coming back to the week asks again.
        state.press(.character("t"))
        let again = DateInterval(start: Sample.november(9).start(in: Sample.utc), end: Sample.november(16).start(in: Sample.utc))
        state.press(.character("{"))
        #expect(state.press(.character("{")) == [.fetchEntries(requestID: 3, window: again)])
    }

    @Test func unknownFetchAnswersAreIgnored() {
        var state = Sample.loadedState()
        state.expect(.entriesFetched(requestID: 7, .success([Sample.running])))
        state.expect(.entriesFetched(requestID: 7, .failure(Self.offline)))
    }

    // MARK: entryCreated

    static let saved = TimeEntry(id: 9001, workspaceID: Sample.studio, projectID: Sample.admin, userID: Sample.userID,
                                 start: Sample.now, duration: -1)

    @Test func aCreatedEntryTakesItsTogglID() {
        var state = Sample.loadedState()
        state.press(.enter)
        state.expect(.entryCreated(localID: -1, .success(Self.saved))) {
            $0.catalog.entries[-1] = nil
            $0.catalog.entries[9001] = Self.saved
            $0.pendingWrites = [:]
            $0.selection[.entries] = 9001
            $0.undoSteps = [UndoStep(.started(entryID: 9001, stoppedID: nil), label: "Admin")]
        }
    }

    @Test func aCreatedEntryLeavesAnotherSelectionAlone() {
        var state = Sample.loadedState()
        state.press(.enter, .character("5"), .character("j"))
        #expect(state.selection[.entries] == 502)
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .success(Self.saved)))
        #expect(state.selection[.entries] == 502)
    }

    @Test func aFailedCreateStaysShownAndMarked() {
        var state = Sample.loadedState()
        state.press(.enter)
        state.status = nil
        let error = AppError(.rejected, "Toggl rejected the request: project is archived")
        state.expect(.entryCreated(localID: -1, .failure(error))) {
            $0.pendingWrites = [:]
            $0.failedWrites = [-1: FailedWrite(kind: .create, message: error.message)]
            $0.status = failure("Not saved: Toggl rejected the request: project is archived")
        }
    }

    @Test func aStartStopsTheRunningTimerByItsOwnWrite() {
        var state = Sample.loadedState(running: true)
        let effects = state.press(.enter)
        #expect(effects.first == .stopEntry(id: 504, workspaceID: Sample.studio, at: Sample.now))
        #expect(state.catalog.entries[504]?.isRunning == false)
        // Toggl refuses the start: the stop was a write of its own and stands; the refused
        // timer stays shown, marked, for the user to fix or discard.
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .failure(AppError(.rejected, "Workspace is read-only"))))
        #expect(state.catalog.entries[504]?.isRunning == false)
        #expect(state.runningEntry?.id == -1)
        #expect(state.failedWrites[-1]?.kind == .create)
        #expect(state.pendingWrites == [504: PendingWrite(original: Sample.running)])
    }

    @Test func aSuccessfulStartAndStopSettleBothEntries() {
        var state = Sample.loadedState(running: true)
        state.press(.enter)
        let stopped = state.catalog.entries[504]
        _ = AppUpdate.update(&state, .entryUpdated(id: 504, .success(stopped ?? Sample.running)))
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .success(Self.saved)))
        #expect(state.catalog.entries[504] == stopped)
        #expect(state.pendingWrites.isEmpty)
        #expect(state.runningEntry == Self.saved)
    }

    @Test func aSyncAnsweredDuringAStartDoesNotShowTheOldTimerRunning() {
        var state = Sample.loadedState(running: true)
        state.press(.character("r"), .enter)
        var account = Sample.me
        account.timeEntries = Sample.entries + [Sample.running]
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: account))))
        #expect(state.catalog.entries[504]?.isRunning == false)
        #expect(state.catalog.entries.values.filter(\.isRunning).map(\.id) == [-1])
    }

    @Test func aTimerDeletedWhileTheStartWasInFlightStaysDeleted() {
        var state = Sample.loadedState(running: true)
        state.press(.enter, .character("5"), .character("j"))
        #expect(state.selectedID(in: .entries) == 504)
        #expect(state.press(.character("d"), .character("y")) == [.deleteEntry(id: 504, workspaceID: Sample.studio)])
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .failure(Self.offline)))
        _ = AppUpdate.update(&state, .entryUpdated(id: 504, .failure(Self.offline)))
        #expect(state.catalog.entries[504] == nil)
        // The delete's answer, the last one due, still finds what to restore if Toggl refuses it.
        _ = AppUpdate.update(&state, .entryDeleted(id: 504, .failure(Self.offline)))
        #expect(state.catalog.entries[504] == Sample.running)
    }

    @Test func aFailedCreateIsFinalAndAsksForNothing() {
        var state = Sample.loadedState()
        state.press(.enter)
        let error = AppError(.rejected, "Toggl rejected the request")
        state.expect(.entryCreated(localID: -1, .failure(error))) {
            $0.pendingWrites = [:]
            $0.failedWrites = [-1: FailedWrite(kind: .create, message: error.message)]
            $0.status = failure("Not saved: Toggl rejected the request")
        }
    }

    @Test func aStopDuringTheCreateIsSentAtOnceWithItsTime() {
        var state = Sample.loadedState()
        state.press(.enter)
        state.expect(.tick(Sample.now.addingTimeInterval(90))) {
            $0.now = Sample.now.addingTimeInterval(90)
            $0.status = nil
        }
        #expect(state.press(.character("x")) == [.stopEntry(id: -1, workspaceID: Sample.studio, at: Sample.now.addingTimeInterval(90))])
        #expect(state.pendingWrites[-1]?.count == 2)
        var stopped = Self.saved
        stopped.stop = Sample.now.addingTimeInterval(90)
        stopped.duration = 90
        // The create's answer (a running entry) settles the id; the screen keeps the stop.
        state.expect(.entryCreated(localID: -1, .success(Self.saved))) {
            $0.catalog.entries[-1] = nil
            $0.catalog.entries[9001] = stopped
            $0.pendingWrites = [9001: PendingWrite(original: nil, count: 1)]
            $0.selection[.entries] = 9001
            $0.undoSteps = [UndoStep(.started(entryID: 9001, stoppedID: nil), label: "Admin"),
                            UndoStep(.stopped(entryID: 9001), label: "Admin")]
        }
        // Toggl confirms the stop.
        state.expect(.entryUpdated(id: 9001, .success(stopped))) { $0.pendingWrites = [:] }
    }

    @Test func aFailedCreateIgnoresTheAnswersAfterIt() {
        var state = Sample.loadedState()
        state.press(.enter, .character("x"))
        _ = AppUpdate.update(&state, .entryCreated(localID: -1, .failure(Self.offline)))
        let shown = state.catalog.entries[-1]
        #expect(shown?.isRunning == false)
        _ = AppUpdate.update(&state, .entryUpdated(id: -1, .failure(AppError(.rejected, "Not sent: its create was refused"))))
        #expect(state.catalog.entries[-1] == shown)
        #expect(state.failedWrites[-1]?.kind == .create)
        #expect(state.pendingWrites.isEmpty)
    }

    @Test func unknownCreateAnswersAreIgnored() {
        var state = Sample.loadedState()
        state.expect(.entryCreated(localID: -5, .success(Self.saved)))
        state.expect(.entryCreated(localID: -5, .failure(AppError(.unknownOutcome, "?"))))
    }

    // MARK: entryUpdated

    @Test func anUpdateAnswerTakesTogglsVersion() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .ctrl("u"))
        state.type("Daily")
        state.press(.enter)
        var server = Sample.entries[1]
        server.description = "Daily"
        server.tagIDs = [1]
        state.expect(.entryUpdated(id: 502, .success(server))) {
            $0.catalog.entries[502] = server
            $0.pendingWrites = [:]
        }
    }

    @Test func aRefusedUpdateStaysShownAndMarked() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .ctrl("u"))
        state.type("Daily")
        state.press(.enter)
        state.expect(.entryUpdated(id: 502, .failure(AppError(.rejected, "Description too long")))) {
            $0.pendingWrites = [:]
            $0.failedWrites = [502: FailedWrite(kind: .update, message: "Description too long", original: Sample.entries[1])]
            $0.status = failure("Not saved: Description too long")
        }
    }

    @Test func anUpdateOfAnEntryDeletedMeanwhileDoesNotBringItBack() {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("e"), .ctrl("u"))
        state.type("Daily")
        state.press(.enter, .character("d"), .character("y"))
        #expect(state.catalog.entries[502] == nil)
        // The delete's answer is still due.
        state.expect(.entryUpdated(id: 502, .success(Sample.entries[1]))) {
            $0.pendingWrites = [502: PendingWrite(original: Sample.entries[1], count: 1)]
        }
    }

    @Test func unknownUpdateAnswersAreIgnored() {
        var state = Sample.loadedState()
        state.expect(.entryUpdated(id: 501, .success(Sample.running)))
        state.expect(.entryUpdated(id: 501, .failure(Self.offline)))
    }

    // MARK: entryDeleted

    static func deletingStandup() -> AppState {
        var state = Sample.loadedState()
        state.press(.character("5"), .character("d"), .character("y"))
        state.status = nil
        return state
    }

    @Test func aConfirmedDeleteForgetsTheEntry() {
        var state = Self.deletingStandup()
        state.expect(.entryDeleted(id: 502, .success(true))) { $0.pendingWrites = [:] }
    }

    @Test func notFoundCountsAsDeleted() {
        var state = Self.deletingStandup()
        state.expect(.entryDeleted(id: 502, .failure(AppError(.notFound, "Not found")))) { $0.pendingWrites = [:] }
    }

    @Test func aFailedDeleteBringsTheEntryBackMarked() {
        var state = Self.deletingStandup()
        state.expect(.entryDeleted(id: 502, .failure(Self.offline))) {
            $0.catalog.entries[502] = Sample.entries[1]
            $0.pendingWrites = [:]
            $0.failedWrites = [502: FailedWrite(kind: .delete, message: Self.offline.message, original: Sample.entries[1])]
            $0.status = failure("Not deleted: Offline: no network connection.")
        }
    }

    @Test func unknownDeleteAnswersAreIgnored() {
        var state = Sample.loadedState()
        state.expect(.entryDeleted(id: 502, .success(true)))
        state.expect(.entryDeleted(id: 502, .failure(Self.offline)))
    }

    // MARK: clientCreated / projectCreated

    @Test func aCreatedClientTakesItsTogglIDAndSelection() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("n"))
        state.type("Initech")
        state.press(.enter)
        let client = Client(id: 13, workspaceID: Sample.studio, name: "Initech")
        state.expect(.clientCreated(localID: -1, .success(client))) {
            $0.catalog.clients[-1] = nil
            $0.catalog.clients[13] = client
            $0.selection[.clients] = 13
            $0.status = info("Created client Initech.", .success)
        }
    }

    @Test func aCreatedClientKeepsTheProjectsNarrowedToIt() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("n"))
        state.type("Initech")
        state.press(.enter, .enter)
        #expect(state.clientFilter == -1)
        _ = AppUpdate.update(&state, .clientCreated(localID: -1, .success(Client(id: 13, workspaceID: Sample.studio, name: "Initech"))))
        #expect(state.clientFilter == 13)
        // Projects can now be created for it.
        state.press(.character("n"))
        state.type("Portal")
        #expect(state.press(.enter) == [.createProject(localID: -2, workspaceID: Sample.studio,
                                                       ProjectPayload(name: "Portal", clientID: .set(13), color: "#e36a00", active: true))])
    }

    @Test func aRefusedClientIsRemovedAndTheNarrowingWithIt() {
        var state = Sample.loadedState()
        state.press(.character("2"), .character("n"))
        state.type("Acme Corp")
        state.press(.enter, .enter)
        state.expect(.clientCreated(localID: -1, .failure(AppError(.rejected, "Name has already been taken")))) {
            $0.catalog.clients[-1] = nil
            $0.clientFilter = nil
            $0.status = failure("Client not created: Name has already been taken")
        }
        #expect(state.selectedID(in: .clients) == 0)
    }

    @Test func aCreatedProjectTakesItsTogglIDAndSelection() {
        var state = Sample.loadedState()
        state.press(.character("n"))
        state.type("Intranet")
        state.press(.enter)
        let project = Project(id: 1010, workspaceID: Sample.studio, name: "Intranet", color: "#e36a00")
        state.expect(.projectCreated(localID: -1, .success(project))) {
            $0.catalog.projects[-1] = nil
            $0.catalog.projects[1010] = project
            $0.selection[.projects] = 1010
            $0.status = info("Created project Intranet.", .success)
        }
        #expect(state.press(.enter).count == 1)
        #expect(state.runningEntry?.projectID == 1010)
    }

    @Test func aCreatedProjectLeavesAnotherSelectionAlone() {
        var state = Sample.loadedState()
        state.press(.character("n"))
        state.type("Intranet")
        state.press(.enter, .character("g"))
        _ = AppUpdate.update(&state, .projectCreated(localID: -1, .success(Project(id: 1010, workspaceID: Sample.studio, name: "Intranet"))))
        #expect(state.selection[.projects] == Sample.admin)
    }

    @Test func aRefusedProjectIsRemoved() {
        var state = Sample.loadedState()
        state.press(.character("n"))
        state.type("Intranet")
        state.press(.enter)
        state.expect(.projectCreated(localID: -1, .failure(AppError(.quota(resetsInSeconds: 60), "Quota used up.")))) {
            $0.catalog.projects[-1] = nil
            $0.status = failure("Project not created: Quota used up.")
        }
        #expect(state.selectedID(in: .projects) == Sample.admin)
    }

    @Test func unknownClientAndProjectAnswersAreIgnored() {
        var state = Sample.loadedState()
        state.expect(.clientCreated(localID: -3, .success(Client(id: 13, workspaceID: Sample.studio, name: "X"))))
        state.expect(.projectCreated(localID: -3, .success(Project(id: 13, workspaceID: Sample.studio, name: "X"))))
        state.expect(.clientCreated(localID: -3, .failure(Self.offline)))
        state.expect(.projectCreated(localID: -3, .failure(Self.offline)))
    }

    // MARK: quota, tick, resize

    @Test func quotaGaugesAreReplacedBucketByBucket() {
        var state = Sample.loadedState()
        let gauges = [QuotaGauge(scope: .user, remaining: 27, resetsAt: Sample.now.addingTimeInterval(1800)),
                      QuotaGauge(scope: .organization(1), remaining: 230, resetsAt: Sample.now.addingTimeInterval(600))]
        state.expect(.quotaChanged(gauges)) { $0.quota = gauges }
        // A bucket not in the answer (restored from the store) is kept.
        state.expect(.quotaChanged([])) { $0.quota = gauges }
        let user = QuotaGauge(scope: .user, remaining: 26, resetsAt: Sample.now.addingTimeInterval(1790))
        state.expect(.quotaChanged([user])) { $0.quota = [user, gauges[1]] }
    }

    @Test func ticksMoveTheClockAndFadeInfoButNotErrors() {
        var state = Sample.loadedState(running: true)
        state.status = info("Saved", .success)
        let later = Sample.now.addingTimeInterval(3)
        state.expect(.tick(later)) { $0.now = later }
        let expiry = Sample.now.addingTimeInterval(4)
        state.expect(.tick(expiry)) {
            $0.now = expiry
            $0.status = nil
        }
        #expect(state.seconds(of: state.runningEntry!) == 1804)
        state.status = info("Careful", .warning, at: expiry)
        state.expect(.tick(expiry.addingTimeInterval(10))) {
            $0.now = expiry.addingTimeInterval(10)
            $0.status = nil
        }
        state.status = failure("Offline")
        state.expect(.tick(expiry.addingTimeInterval(600))) { $0.now = expiry.addingTimeInterval(600) }
    }

    @Test func resizingSetsThePageSize() {
        var state = Sample.loadedState()
        state.expect(.resized(columns: 120, rows: 40)) { $0.screenRows = 40 }
        #expect(AppUpdate.pageSize(state) == 30)
        state.expect(.resized(columns: 10, rows: 3)) { $0.screenRows = 3 }
        #expect(AppUpdate.pageSize(state) == 1)
    }
}
