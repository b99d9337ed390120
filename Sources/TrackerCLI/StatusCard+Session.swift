import Foundation
import TrackerStatus
import TrackerStore

extension StatusCard {
    /// What an answer of `session` from `layout` is made from — take it before reading them: the
    /// config and toggl-cli's files (settings, the token), the system's zone, the account map
    /// (which store is the token's), the sync state (how fresh the store is), and the store's
    /// catalog, recent entries and journal; and the variables that name them.
    static func takeInputs(_ session: CLISession, _ layout: StoreLayout) -> StatusInputs {
        let context = session.context
        let paths = StatusInputs.expectedPaths(context.configPaths, cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory,
                                       userID: layout.userID)
        return StatusInputs.take(environment: context.configPaths.environment, paths: paths, earlier: context.inputsAtLaunch)
    }

    /// The card for `summary`, just gathered by `session` from `layout` after `inputs` were taken.
    init(inputs: StatusInputs, summary: StatusSummary, session: CLISession, layout: StoreLayout) {
        self.init(inputs: inputs, zone: ZoneOffsets(session.timeZone, around: session.now),
                  settings: Self.settings(session), summary: summary, userID: layout.userID)
    }

    /// The settings `status` and `remind` read, from `session`'s context.
    static func settings(_ session: CLISession) -> StatusSettings {
        StatusSettings(session.context.settings, maxDataAge: session.context.maxDataAge)
    }

    /// Leaves it in `session`'s cache folder for the next run's shortcut.
    func save(for session: CLISession) {
        save(path: Self.path(cacheDirectory: session.context.cacheDirectory))
    }
}
