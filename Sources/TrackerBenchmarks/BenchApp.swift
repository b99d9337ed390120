import Foundation
import TerminalUI
import TogglModels
import TrackerCore

/// The app's pure core driven as the runtime drives it, without a terminal or a network.
enum BenchApp {
    /// A state that has launched and received `me` as its bootstrap: what the first frame shows.
    static func bootstrapped(_ me: Me, preferences: Preferences?, now: Date, settings: AppSettings, size: Size) -> AppState {
        var state = AppState(settings: settings, now: now)
        _ = AppUpdate.update(&state, .resized(columns: size.columns, rows: size.rows))
        _ = AppUpdate.update(&state, .tick(now))
        let effects = AppUpdate.update(&state, .launched)
        guard case .loadBootstrap(let requestID, _)? = effects.first else { return state }
        let bootstrap = Bootstrap(me: me, preferences: preferences)
        _ = AppUpdate.update(&state, .bootstrapLoaded(requestID: requestID, .success(bootstrap)))
        return state
    }

    /// The number of cells a frame's changes rewrite.
    static func cellCount(_ changes: [ScreenBuffer.Change]) -> Int {
        changes.reduce(0) { $0 + $1.cells.count }
    }
}
