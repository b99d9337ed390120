import Foundation
import TerminalUI
import TrackerCore

/// One keystroke's work, as the runtime does it: `update`, `render`, and the diff against the
/// frame before — per scenario, in microseconds.
public struct KeystrokeResult: Sendable, Equatable, Codable {
    public var scenario: String
    public var key: String
    /// Microseconds per measured keystroke (update + render + diff).
    public var total: Distribution
    /// Mean microseconds of each part.
    public var updateMean: Double
    public var renderMean: Double
    public var diffMean: Double
    /// Mean cells changed per keystroke.
    public var cellsMean: Double
}

/// A scripted run of keys, some of them measured.
struct KeystrokeScenario {
    var name: String
    var key: String
    var steps: [(key: KeyEvent, measured: Bool)] = []

    mutating func setup(_ keys: KeyEvent...) { for key in keys { steps.append((key, false)) } }
    mutating func measure(_ key: KeyEvent, times: Int = 1) { for _ in 0..<max(0, times) { steps.append((key, true)) } }
    mutating func measure(typing text: String) { for character in text { steps.append((.character(character), true)) } }
}

enum KeystrokeBenchmark {
    /// The issue's four: moving in lists, switching panes, typing a project filter, opening the
    /// project picker. One round measures about 200, 60, 80 and 40 keys.
    static func scenarios(for state: AppState, rounds: Int) -> [KeystrokeScenario] {
        let projects = state.projectRows.count
        let entries = state.dayEntries.count
        let clients = state.clientRows.count
        let steps = max(1, min(60, projects - 1))

        var move = KeystrokeScenario(name: "move in lists (j/k in projects, entries, clients)", key: "move")
        for _ in 0..<rounds {
            move.setup(.character("3"))
            move.measure(.character("j"), times: steps)
            move.measure(.character("k"), times: steps)
            move.setup(.character("5"))
            move.measure(.character("j"), times: max(1, min(20, entries - 1)))
            move.measure(.character("k"), times: max(1, min(20, entries - 1)))
            move.setup(.character("2"))
            move.measure(.character("j"), times: max(1, min(20, clients - 1)))
            move.measure(.character("k"), times: max(1, min(20, clients - 1)))
        }

        var panes = KeystrokeScenario(name: "switch panes (Tab, 1–5)", key: "panes")
        for _ in 0..<rounds {
            panes.measure(KeyEvent(.tab), times: 50)
            for digit in "1234512345" { panes.measure(.character(digit)) }
        }
        panes.setup(.character("3"))

        var filter = KeystrokeScenario(name: "type a filter over \(projects) projects", key: "filter")
        filter.setup(.character("3"))
        for _ in 0..<rounds {
            for query in ["dsgn", "café 東京", "migrtn", "øresund", "launch 🚀"] {
                filter.measure(.character("/"))
                filter.measure(typing: query)
                filter.measure(KeyEvent(.backspace), times: query.count)
                filter.measure(KeyEvent(.escape))
            }
        }

        var picker = KeystrokeScenario(name: "open the project picker (\(projects) projects)", key: "picker")
        picker.setup(.character("3"), .character("s"), KeyEvent(.tab))
        for _ in 0..<(rounds * 40) {
            picker.measure(KeyEvent(.enter))
            picker.setup(KeyEvent(.escape))
        }
        picker.setup(KeyEvent(.escape))

        return [move, panes, filter, picker]
    }

    /// Runs the scenarios one after the other on `state` (left as the last one ends).
    static func run(_ scenarios: [KeystrokeScenario], state: inout AppState, size: Size,
                    progress: (String) -> Void = { _ in }) -> [KeystrokeResult] {
        let clock = ContinuousClock()
        var previous = AppView.render(state, size: size)
        var results: [KeystrokeResult] = []
        for scenario in scenarios {
            progress("keystrokes: \(scenario.name)")
            var totals: [Double] = []
            var update = 0.0, render = 0.0, diff = 0.0, cells = 0
            for step in scenario.steps {
                let start = clock.now
                _ = AppUpdate.update(&state, .key(step.key))
                let updated = clock.now
                let frame = AppView.render(state, size: size)
                let rendered = clock.now
                let changes = frame.changes(from: previous)
                let diffed = clock.now
                previous = frame
                guard step.measured else { continue }
                totals.append((diffed - start).microseconds)
                update += (updated - start).microseconds
                render += (rendered - updated).microseconds
                diff += (diffed - rendered).microseconds
                cells += BenchApp.cellCount(changes)
            }
            let count = Double(max(1, totals.count))
            results.append(KeystrokeResult(scenario: scenario.name, key: scenario.key, total: Distribution(totals),
                                           updateMean: update / count, renderMean: render / count, diffMean: diff / count,
                                           cellsMean: Double(cells) / count))
        }
        return results
    }
}

extension KeystrokeResult {
    /// One line per scenario (`--only-keystrokes`): percentiles against the 2 ms target and the
    /// mean parts.
    public static func table(_ results: [KeystrokeResult]) -> String {
        results.map { result in
            let total = result.total
            return "\(result.key): \(Format.percentiles(total)) · max \(Format.number(total.max)) µs (n=\(total.count)) "
                + "\(total.p99 <= 2_000 ? "met" : "NOT met"); mean update \(Format.number(result.updateMean)) "
                + "+ render \(Format.number(result.renderMean)) + diff \(Format.number(result.diffMean)), "
                + "\(Format.number(result.cellsMean)) cells"
        }.joined(separator: "\n")
    }
}
