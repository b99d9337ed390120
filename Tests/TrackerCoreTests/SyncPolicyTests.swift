import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// The sync rules: `/me` plus a `since` delta only when older entries are held, deleted rows
/// gone, older weeks served from the store, and background syncs budgeted from the quota.
@Suite struct SyncPolicyTests {
    static let week9 = DateInterval(start: Sample.november(9).start(in: Sample.utc), end: Sample.november(16).start(in: Sample.utc))
    static let old = TimeEntry(id: 400, workspaceID: Sample.studio, userID: Sample.userID, start: Sample.at(9, daysAgo: 13),
                               stop: Sample.at(10, daysAgo: 13), duration: 3600, description: "Old")

    /// The sample account with the week of 9 November fetched (so an older entry is held).
    static func stateHoldingAnOlderWeek() -> AppState {
        var state = Sample.loadedState()
        state.press(.character("{"), .character("{"))
        _ = AppUpdate.update(&state, .entriesFetched(requestID: 2, .success([old])))
        state.press(.character("t"))
        state.status = nil
        return state
    }

    /// An entry as a `since` delta reports it once deleted.
    static func deleted(_ entry: TimeEntry, id: Int64? = nil) -> TimeEntry {
        TimeEntry(id: id ?? entry.id, workspaceID: entry.workspaceID, userID: entry.userID, start: entry.start, stop: entry.stop,
                  duration: entry.duration, description: entry.description, serverDeletedAt: Sample.now)
    }

    // MARK: Deltas

    @Test func aSyncHoldingNothingOlderIsOneRequest() {
        var state = Sample.loadedState()
        #expect(state.press(.character("r")) == [.loadBootstrap(requestID: 2, withPreferences: false)])
        #expect(AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me)))) == [])
        #expect(state.pendingDelta == nil)
        #expect(state.sync == .synced(Sample.now))
    }

    @Test func olderEntriesMakeTheDeltaDueButTheSyncStaysOneRequest() {
        var state = Self.stateHoldingAnOlderWeek()
        let since = Sample.now.addingTimeInterval(-300)
        #expect(state.entriesSince == since)
        let later = Sample.now.addingTimeInterval(600)
        _ = AppUpdate.update(&state, .tick(later))
        state.press(.character("r"))
        state.expect(.bootstrapLoaded(requestID: 3, .success(Bootstrap(me: Sample.me)))) {
            $0.pendingBootstrap = nil
            $0.isDeltaDue = true
            $0.fetchedWindows = [Self.week9, DateInterval(start: later.addingTimeInterval(-8 * 86_400), end: .distantFuture)]
            $0.sync = .synced(later)
            $0.status = info("Synced.", .success, at: later)
            $0.isQuietSync = false
        }
        // The cursor waits for the delta.
        #expect(state.entriesSince == since)
    }

    @Test func theDeltaGoesWhenAnOlderWeekIsShownWhereDeletedRowsDisappearAndEditedOnesUpdate() {
        var state = Self.stateHoldingAnOlderWeek()
        let since = Sample.now.addingTimeInterval(-300)
        let later = Sample.now.addingTimeInterval(600)
        _ = AppUpdate.update(&state, .tick(later))
        state.press(.character("r"))
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 3, .success(Bootstrap(me: Sample.me))))
        // The current week and the last (within `/me`'s days) ask nothing; the one before does, once.
        #expect(state.press(.character("{")) == [])
        #expect(state.press(.character("{")) == [.fetchChangedEntries(requestID: 4, since: since)])
        #expect(state.press(.character("]")) == [])
        var edited = Sample.entries[2]
        edited.description = "Review, edited on the web"
        state.expect(.changedEntriesFetched(requestID: 4, .success([Self.deleted(Self.old), edited]))) {
            $0.pendingDelta = nil
            $0.isDeltaDue = false
            $0.catalog.entries[400] = nil
            $0.catalog.entries[503] = edited
            $0.deletedEntries = [400: Self.old.start]
            $0.entriesSince = later.addingTimeInterval(-300)
        }
        // Done until the next sync.
        state.press(.character("t"))
        #expect(state.press(.character("{"), .character("{")) == [])
    }

    @Test func theDeltaNeverOverwritesEntriesWithUnsentWrites() {
        var state = Self.stateHoldingAnOlderWeek()
        state.pendingWrites[400] = PendingWrite(original: Self.old)
        state.catalog.entries[400]?.description = "Mine"
        state.press(.character("{"), .character("{"), .character("r"))
        #expect(AppUpdate.update(&state, .bootstrapLoaded(requestID: 3, .success(Bootstrap(me: Sample.me))))
            == [.fetchChangedEntries(requestID: 4, since: Sample.now.addingTimeInterval(-300))])
        _ = AppUpdate.update(&state, .changedEntriesFetched(requestID: 4, .success([Self.deleted(Self.old)])))
        #expect(state.catalog.entries[400]?.description == "Mine")
        #expect(state.deletedEntries.isEmpty)
    }

    /// A sync's answer may have been read on Toggl before a write the outbox sent meanwhile: an
    /// entry created, edited or deleted and confirmed while the sync was on its way keeps the
    /// screen's version, until the next sync.
    @Test func aWriteConfirmedWhileASyncWasOnItsWayIsNotUndoneByItsOlderAnswer() {
        var state = Sample.loadedState()
        let made = TimeEntry(id: -7, workspaceID: Sample.studio, userID: Sample.userID, start: Sample.at(9, 30),
                             stop: Sample.at(9, 45), duration: 900, description: "Made offline")
        state.catalog.entries[-7] = made
        state.pendingWrites[-7] = PendingWrite(original: nil)
        state.pendingWrites[501] = PendingWrite(original: state.catalog.entries[501])
        state.catalog.entries[501]?.description = "Wireframes, renamed"
        state.pendingWrites[502] = PendingWrite(original: state.catalog.entries[502])
        state.catalog.entries[502] = nil
        #expect(state.press(.character("r")) == [.loadBootstrap(requestID: 2, withPreferences: false)])
        // Toggl confirms the three writes; then the sync's answer, read before them, arrives.
        let created = TimeEntry(id: 9001, workspaceID: Sample.studio, userID: Sample.userID, start: made.start,
                                stop: made.stop, duration: 900, description: "Made offline")
        var renamed = Sample.entries[0]
        renamed.description = "Wireframes, renamed"
        _ = AppUpdate.update(&state, .entryCreated(localID: -7, .success(created)))
        _ = AppUpdate.update(&state, .entryUpdated(id: 501, .success(renamed)))
        _ = AppUpdate.update(&state, .entryDeleted(id: 502, .success(true)))
        #expect(state.confirmedDuringSync == [9001, 501, 502])
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me))))
        #expect(state.catalog.entries[9001]?.description == "Made offline")
        #expect(state.catalog.entries[501]?.description == "Wireframes, renamed")
        #expect(state.catalog.entries[502] == nil)
        #expect(state.confirmedDuringSync.isEmpty, "the next sync's answer is Toggl's truth again")

        // A write confirmed with no sync on its way is not remembered.
        _ = AppUpdate.update(&state, .entryUpdated(id: 9001, .success(created)))
        #expect(state.confirmedDuringSync.isEmpty)
    }

    @Test func aFailedDeltaKeepsTheCursorAndTriesAgainOnTheNextOlderWeek() {
        var state = Self.stateHoldingAnOlderWeek()
        state.press(.character("{"), .character("{"), .character("r"))
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 3, .success(Bootstrap(me: Sample.me))))
        let error = AppError(.offline, "Offline: no network connection.")
        state.expect(.changedEntriesFetched(requestID: 4, .failure(error))) {
            $0.pendingDelta = nil
            $0.status = info("Older days not checked for changes: Offline: no network connection.", .warning)
        }
        #expect(state.entriesSince == Sample.now.addingTimeInterval(-300))
        #expect(state.catalog.entries[400] != nil)
        #expect(state.press(.character("}"), .character("{")) == [.fetchChangedEntries(requestID: 5, since: Sample.now.addingTimeInterval(-300))])
    }

    @Test func withoutACursorWhatMeDidNotConfirmIsDroppedAndFetchedAgainWhenShown() {
        var state = Self.stateHoldingAnOlderWeek()
        state.entriesSince = nil
        state.storedWindows = [Self.week9]
        state.press(.character("r"))
        #expect(AppUpdate.update(&state, .bootstrapLoaded(requestID: 3, .success(Bootstrap(me: Sample.me)))) == [])
        #expect(state.catalog.entries[400] == nil)
        #expect(state.storedWindows.isEmpty)
        #expect(state.fetchedWindows == [Sample.bootstrapWindow])
        #expect(state.entriesSince == Sample.now.addingTimeInterval(-300))
    }

    // MARK: Older weeks from the store

    @Test func aStoredWeekIsReadFromTheStoreWithNoRequest() {
        var state = Sample.loadedState()
        let restored = StoredSync(entriesSince: Sample.now.addingTimeInterval(-3600), storedWindows: [Self.week9])
        state.expect(.syncRestored(restored)) {
            $0.entriesSince = restored.entriesSince
            $0.storedWindows = [Self.week9]
        }
        state.press(.character("{"))
        state.expect(key: .character("{"), [.loadStoredEntries(requestID: 2, window: Self.week9)]) {
            $0.day = Sample.november(9)
            $0.pendingFetches[2] = Self.week9
            $0.nextRequestID = 3
        }
        // What memory holds is newer: a stored copy of 503 or of a deleted entry is not taken.
        var stale = Sample.entries[2]
        stale.description = "Stale"
        state.deletedEntries[401] = Self.old.start
        let gone = TimeEntry(id: 401, workspaceID: Sample.studio, userID: Sample.userID, start: Self.old.start, duration: 60)
        state.expect(.storedEntriesLoaded(requestID: 2, [Self.old, stale, gone])) {
            $0.pendingFetches = [:]
            $0.catalog.entries[400] = Self.old
            $0.fetchedWindows.append(Self.week9)
        }
        // Its day shows it, and moving inside the week asks nothing more.
        #expect(state.press(.character("]")) == [])
        #expect(state.dayEntries.map(\.id) == [400])
    }

    @Test func aWeekTheStoreCannotServeIsFetched() {
        var state = Sample.loadedState()
        _ = AppUpdate.update(&state, .syncRestored(StoredSync(storedWindows: [Self.week9])))
        state.press(.character("{"), .character("{"))
        state.expect(.storedEntriesLoaded(requestID: 2, nil), [.fetchEntries(requestID: 3, window: Self.week9)]) {
            $0.storedWindows = []
            $0.pendingFetches = [3: Self.week9]
            $0.nextRequestID = 4
        }
    }

    @Test func aStoredOlderWeekIsCheckedWithTheDeltaWhileItIsRead() {
        var state = Sample.loadedState()
        let since = Sample.now.addingTimeInterval(-7200)
        _ = AppUpdate.update(&state, .syncRestored(StoredSync(entriesSince: since, storedWindows: [Self.week9])))
        state.press(.character("r"))
        #expect(AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me)))) == [])
        #expect(state.isDeltaDue)
        state.press(.character("{"))
        #expect(state.press(.character("{")) == [
            .fetchChangedEntries(requestID: 3, since: since), .loadStoredEntries(requestID: 4, window: Self.week9),
        ])
        // Whichever answers first, an entry deleted on the web stays away.
        _ = AppUpdate.update(&state, .storedEntriesLoaded(requestID: 4, [Self.old]))
        #expect(state.catalog.entries[400] != nil)
        _ = AppUpdate.update(&state, .changedEntriesFetched(requestID: 3, .success([Self.deleted(Self.old)])))
        #expect(state.catalog.entries[400] == nil)
        #expect(state.entriesSince == Sample.now.addingTimeInterval(-300))
    }

    @Test func aCursorThatGrewTooOldWhileTheDeltaWaitedIsNotAsked() {
        var state = Self.stateHoldingAnOlderWeek()
        state.press(.character("r"))
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: 3, .success(Bootstrap(me: Sample.me))))
        state.settings.syncIntervalMinutes = 0 // no background sync on the tick below
        _ = AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(90 * 86_400)))
        state.press(.character("{"), .character("{"))
        #expect(state.isDeltaDue == false)
        #expect(state.pendingDelta == nil)
        #expect(state.catalog.entries[400] == nil)
    }

    // MARK: Quota

    @Test func restoredQuotaIsShownAndKeptUntilTheBucketIsSeenAgain() {
        var state = Sample.loadedState()
        let user = QuotaGauge(scope: .user, remaining: 12, resetsAt: Sample.now.addingTimeInterval(900))
        let organization = QuotaGauge(scope: .organization(1), remaining: 200, resetsAt: Sample.now.addingTimeInterval(300))
        state.expect(.syncRestored(StoredSync(quota: [user, organization]))) {
            $0.quota = [user, organization]
            $0.entriesSince = nil
        }
        let seen = QuotaGauge(scope: .user, remaining: 11, resetsAt: Sample.now.addingTimeInterval(890))
        state.expect(.quotaChanged([seen])) { $0.quota = [seen, organization] }
    }

    @Test func afterA402OnlyWritesGoOutUntilTheReset() {
        var state = Sample.loadedState()
        let resets = Sample.now.addingTimeInterval(600)
        state.quota = [QuotaGauge(scope: .user, remaining: 0, resetsAt: resets)]
        state.expect(key: .character("r")) {
            $0.status = info("Toggl's hourly request limit is used up; reading again in 10 min.", .warning)
        }
        // Older weeks wait too.
        state.press(.character("{"))
        state.expect(key: .character("{")) {
            $0.day = Sample.november(9)
            $0.status = info("Toggl's hourly request limit is used up; reading again in 10 min.", .warning)
        }
        // A write still goes out.
        state.press(.character("3"))
        #expect(state.press(.enter).count == 1)
        // After the reset, r syncs again.
        _ = AppUpdate.update(&state, .tick(resets))
        #expect(state.press(.character("r")) == [.loadBootstrap(requestID: 2, withPreferences: false)])
    }

    // MARK: Background sync

    @Test func aBackgroundSyncStartsQuietlyOnceTheIntervalHasPassed() {
        var state = Sample.loadedState().withoutReminders
        let almost = Sample.now.addingTimeInterval(15 * 60 - 1)
        state.expect(.tick(almost)) { $0.now = almost }
        let due = Sample.now.addingTimeInterval(15 * 60)
        state.expect(.tick(due), [.loadBootstrap(requestID: 2, withPreferences: false)]) {
            $0.now = due
            $0.pendingBootstrap = 2
            $0.nextRequestID = 3
            $0.syncStartedAt = due
            $0.isQuietSync = true
            $0.sync = .syncing
        }
        // Running: the next tick starts nothing.
        state.expect(.tick(due.addingTimeInterval(1))) { $0.now = due.addingTimeInterval(1) }
        state.expect(.bootstrapLoaded(requestID: 2, .success(Bootstrap(me: Sample.me)))) {
            $0.pendingBootstrap = nil
            $0.fetchedWindows = [DateInterval(start: due.addingTimeInterval(1 - 8 * 86_400), end: .distantFuture)]
            $0.entriesSince = due.addingTimeInterval(-300)
            $0.sync = .synced(due.addingTimeInterval(1))
            $0.isQuietSync = false
        }
    }

    @Test func aFailedBackgroundSyncShowsOnlyInTheSyncSegment() {
        var state = Sample.loadedState().withoutReminders
        let due = Sample.now.addingTimeInterval(15 * 60)
        _ = AppUpdate.update(&state, .tick(due))
        let error = AppError(.offline, "Offline: no network connection.")
        state.expect(.bootstrapLoaded(requestID: 2, .failure(error))) {
            $0.pendingBootstrap = nil
            $0.sync = .failed(error)
            $0.isQuietSync = false
        }
        // The next try waits for the next interval.
        #expect(AppUpdate.update(&state, .tick(due.addingTimeInterval(60))) == [])
        #expect(AppUpdate.update(&state, .tick(due.addingTimeInterval(15 * 60))) == [.loadBootstrap(requestID: 3, withPreferences: false)])
    }

    @Test(arguments: [(10, false), (11, true)])
    func aBackgroundSyncKeepsTheReserve(remaining: Int, syncs: Bool) {
        var state = Sample.loadedState().withoutReminders
        let due = Sample.now.addingTimeInterval(15 * 60)
        state.quota = [QuotaGauge(scope: .user, remaining: 500, resetsAt: due.addingTimeInterval(60)),
                       QuotaGauge(scope: .organization(1), remaining: remaining, resetsAt: due.addingTimeInterval(60))]
        #expect(AppUpdate.update(&state, .tick(due)) == (syncs ? [.loadBootstrap(requestID: 2, withPreferences: false)] : []))
    }

    @Test func aBucketWhoseWindowHasResetIsNoLongerKnown() {
        var state = Sample.loadedState().withoutReminders
        let due = Sample.now.addingTimeInterval(15 * 60)
        state.quota = [QuotaGauge(scope: .user, remaining: 0, resetsAt: due)]
        #expect(AppUpdate.update(&state, .tick(due)) == [.loadBootstrap(requestID: 2, withPreferences: false)])
    }

    @Test func settingsTurnBackgroundSyncOffOrChangeTheReserve() {
        var off = Sample.loadedState().withoutReminders
        off.settings.syncIntervalMinutes = 0
        #expect(AppUpdate.update(&off, .tick(Sample.now.addingTimeInterval(86_400))) == [])
        var strict = Sample.loadedState().withoutReminders
        strict.settings.quotaReserve = 25
        strict.quota = [QuotaGauge(scope: .user, remaining: 25, resetsAt: Sample.now.addingTimeInterval(3600))]
        #expect(AppUpdate.update(&strict, .tick(Sample.now.addingTimeInterval(1800))) == [])
        strict.settings.syncIntervalMinutes = 5
        strict.settings.quotaReserve = 0
        #expect(AppUpdate.update(&strict, .tick(Sample.now.addingTimeInterval(300))) == [.loadBootstrap(requestID: 2, withPreferences: false)])
    }

    @Test func noBackgroundSyncBeforeTheFirstLoad() {
        var state = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        #expect(AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(86_400))) == [])
    }
}


extension AppState {
    /// The state with reminders off (`work_hours = off`): the background-sync tests tick an
    /// idle Monday morning, when "Not tracking" would be due.
    var withoutReminders: AppState {
        var state = self
        state.settings.workHours = .off
        return state
    }
}
