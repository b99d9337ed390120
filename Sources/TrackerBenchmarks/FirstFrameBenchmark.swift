import Foundation
import TerminalUI
import TogglModels
import TrackerCore

/// Load → first complete frame: decode the account's JSON (held in memory: the on-disk store
/// does not exist yet), apply it as the bootstrap, render the whole screen and list every cell
/// to draw. Repeated `runs` times on a fresh state; the first run is also reported alone.
public struct FirstFrameResult: Sendable, Equatable, Codable {
    /// Milliseconds from JSON bytes to the first frame's changes.
    public var total: Distribution
    /// The first run in the process (cold code paths), in milliseconds.
    public var firstRun: Double
    public var decode: Distribution
    public var update: Distribution
    public var render: Distribution
    public var jsonBytes: Int
    public var entries: Int
    public var cells: Int
}

enum FirstFrameBenchmark {
    static func run(json: Data, preferences: Preferences?, now: Date, settings: AppSettings, size: Size,
                    runs: Int) throws -> FirstFrameResult {
        let clock = ContinuousClock()
        var totals: [Double] = [], decodes: [Double] = [], updates: [Double] = [], renders: [Double] = []
        var entries = 0
        var cells = 0
        for _ in 0..<max(1, runs) {
            let start = clock.now
            let me = try TogglJSON.makeDecoder().decode(Me.self, from: json)
            let decoded = clock.now
            let state = BenchApp.bootstrapped(me, preferences: preferences, now: now, settings: settings, size: size)
            let updated = clock.now
            let frame = AppView.render(state, size: size)
            let changes = frame.changes(from: nil)
            let drawn = clock.now
            totals.append((drawn - start).milliseconds)
            decodes.append((decoded - start).milliseconds)
            updates.append((updated - decoded).milliseconds)
            renders.append((drawn - updated).milliseconds)
            entries = state.catalog.entries.count
            cells = BenchApp.cellCount(changes)
        }
        return FirstFrameResult(total: Distribution(totals), firstRun: totals.first ?? 0, decode: Distribution(decodes),
                                update: Distribution(updates), render: Distribution(renders), jsonBytes: json.count,
                                entries: entries, cells: cells)
    }
}
