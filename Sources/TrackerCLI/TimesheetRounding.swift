import ArgumentParser
import TogglModels

/// How `sum` rounds time: to a multiple of a step, up, down or to the nearest, per entry or per
/// group. Without `--round`, each entry follows its workspace's Toggl rounding setting, if any.
public struct TimesheetRounding: Sendable, Equatable {
    /// Which way a time is rounded.
    public enum Mode: String, Sendable, Equatable, CaseIterable, ExpressibleByArgument {
        case nearest, up, down

        /// Toggl's workspace setting: −1 down, 0 nearest, 1 up.
        init(togglRounding: Int) {
            self = togglRounding < 0 ? .down : togglRounding > 0 ? .up : .nearest
        }
    }

    /// What is rounded.
    public enum Scope: String, Sendable, Equatable, CaseIterable, ExpressibleByArgument {
        /// Each entry, before the entries are added up (as Toggl's reports do).
        case entry
        /// Each group's total (the finest level), after its entries are added up.
        case group
    }

    /// The step, in seconds (at least 1).
    public var step: Int
    /// Which way.
    public var mode: Mode
    /// What is rounded.
    public var scope: Scope

    /// A rounding; a step below one second is one second.
    public init(step: Int, mode: Mode = .nearest, scope: Scope = .entry) {
        self.step = max(1, step)
        self.mode = mode
        self.scope = scope
    }

    /// The workspace's own rounding (Toggl's `rounding` and `rounding_minutes`), per entry; nil
    /// when it rounds nothing.
    public static func of(_ workspace: Workspace) -> TimesheetRounding? {
        guard workspace.roundingMinutes > 0, workspace.roundingMinutes <= 24 * 60 else { return nil }
        return TimesheetRounding(step: workspace.roundingMinutes * 60, mode: Mode(togglRounding: workspace.rounding))
    }

    /// `seconds` rounded (never below zero; a value too large to round up is left as it is).
    public func apply(_ seconds: Int) -> Int {
        let value = max(0, seconds)
        let rest = value % step
        let down = value - rest
        let (up, overflow) = down.addingReportingOverflow(step)
        guard rest > 0 else { return value }
        switch mode {
        case .down: return down
        case .up: return overflow ? value : up
        case .nearest: return rest >= step - rest && !overflow ? up : down
        }
    }

    /// Words for the table's footer: `rounded up to 15 min per entry`.
    public var summary: String {
        let minutes = step % 60 == 0 ? "\(step / 60) min" : "\(step) s"
        let way = mode == .nearest ? "to the nearest" : mode.rawValue + " to"
        return "rounded \(way) \(minutes) per \(scope.rawValue)"
    }
}
