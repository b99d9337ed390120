import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// Ids arrive from files and from Toggl: one at the edge of `Int64` must not trap.
struct HostileIDTests {
    @Test func anEntryIdOfInt64MinDoesNotMakeTheNextLocalIdTrap() {
        var state = AppState(settings: AppSettings(systemTimeZone: Sample.utc), now: Sample.now)
        var account = Sample.me
        let absurd = TimeEntry(id: .min, workspaceID: Sample.studio, start: Sample.at(7), stop: Sample.at(8), duration: 3600, description: "x")
        account.timeEntries = [Sample.entries[0], absurd]
        _ = AppUpdate.update(&state, .restored(Bootstrap(me: account), syncedAt: Sample.now, pendingWrites: [:], failedWrites: [:]))
        #expect(state.nextLocalID == -(1 << 53) - 1)
    }
}
