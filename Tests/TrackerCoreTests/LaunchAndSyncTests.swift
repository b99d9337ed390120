import Foundation
import Testing
import TogglModels
@testable import TrackerCore

@Suite struct LaunchAndSyncTests {
    @Test func launchAsksForEverythingInOneBootstrap() {
        var state = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        let effects = AppUpdate.update(&state, .launched)
        #expect(effects == [.loadBootstrap(requestID: 1, withPreferences: true)])
        #expect(state.sync == .syncing)
        #expect(state.pendingBootstrap == 1)
    }

    @Test func bootstrapFillsTheCatalogAndPicksTheDefaultWorkspace() {
        let state = Sample.loadedState()
        #expect(state.workspaceID == Sample.studio)
        #expect(state.catalog.projects.count == 3)
        #expect(state.profile?.fullname == "Alex Demo")
        #expect(state.sync == .synced(Sample.now))
        #expect(state.day == LocalDay(year: 2026, month: 11, day: 23))
        #expect(state.dayEntries.map(\.id) == [502, 501])
        #expect(state.dayTotalSeconds == 5400)
    }

    @Test func staleBootstrapAnswersAreIgnored() {
        var state = Sample.loadedState()
        let effects = AppUpdate.update(&state, .bootstrapLoaded(requestID: 99, .success(Bootstrap(me: Me(id: 1)))))
        #expect(effects.isEmpty)
        #expect(state.profile?.userID == Sample.userID)
    }

    @Test func syncKeyCostsOneBootstrapAndNotTwoAtOnce() {
        var state = Sample.loadedState()
        #expect(state.press(.character("r")) == [.loadBootstrap(requestID: 2, withPreferences: false)])
        #expect(state.press(.character("r")) == [])
        #expect(state.status?.text == "A sync is already running.")
    }

    @Test func failedBootstrapShowsTheErrorAndKeepsData() {
        var state = Sample.loadedState()
        state.press(.character("r"))
        let error = AppError(.quota(resetsInSeconds: 600), "Toggl's hourly request limit (user) is used up; it resets in 10 min.")
        #expect(AppUpdate.update(&state, .bootstrapLoaded(requestID: 2, .failure(error))) == [])
        #expect(state.sync == .failed(error))
        #expect(state.status == StatusMessage(error.message, level: .error))
        #expect(state.catalog.projects.count == 3)
    }

    @Test func ticksMoveTheClockAndFadeMessages() {
        var state = Sample.loadedState()
        state.status = StatusMessage("Saved", level: .success, expiresAt: Sample.now.addingTimeInterval(4))
        _ = AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(3)))
        #expect(state.status != nil)
        _ = AppUpdate.update(&state, .tick(Sample.now.addingTimeInterval(4)))
        #expect(state.status == nil)
        #expect(state.now == Sample.now.addingTimeInterval(4))
    }

    @Test func ctrlCQuitsFromAnywhereAndQQuitsFromTheMainView() {
        var state = Sample.loadedState()
        state.press(.character("s"))
        #expect(state.press(.ctrl("c")) == [.quit])
        var other = Sample.loadedState()
        #expect(other.press(.character("q")) == [.quit])
        #expect(other.isQuitting)
    }

    @Test func escapeNeverQuits() {
        var state = Sample.loadedState()
        #expect(state.press(KeyEvent(.escape)) == [])
        #expect(!state.isQuitting)
    }
}
