#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore

/// What `goals` prints for the goals' progress at a moment — the table, or `--json` — the same
/// for the program and the launcher's ``GoalsShortcut``.
public struct GoalsReport: Sendable {
    /// `--json`.
    public var json: Bool

    public init(json: Bool) {
        self.json = json
    }

    /// One goal in `--json`.
    struct Row: Encodable {
        var goal: String
        var kind: String
        var name: String?
        var period: String
        var periodStart: Date
        var periodEnd: Date
        var targetSeconds: Int
        var trackedSeconds: Int
        var leftSeconds: Int
        var running: Bool
        var reachedAt: Date?
        var unknownName: Bool

        enum CodingKeys: String, CodingKey {
            case goal, kind, name, period, running
            case periodStart = "period_start", periodEnd = "period_end", targetSeconds = "target_seconds"
            case trackedSeconds = "tracked_seconds", leftSeconds = "left_seconds", reachedAt = "reached_at", unknownName = "unknown_name"
        }
    }

    /// The text for `progress` at `now`, times of day in `timeZone` written as `format` says
    /// (not yet made terminal-safe: callers write through the boundary; table cells are made
    /// safe one by one).
    public func text(for progress: [GoalProgress], now: Date, timeZone: Zone, format: TimeFormat) throws -> String {
        if json {
            return try JSONOutput.encode(progress.map { item in
                let (kind, name): (String, String?) = switch item.goal.scope {
                case .all: ("all", nil)
                case .project(let name): ("project", name)
                case .client(let name): ("client", name)
                case .tag(let name): ("tag", name)
                }
                return Row(goal: item.goal.title, kind: kind, name: name, period: item.goal.period.rawValue,
                           periodStart: item.period.start, periodEnd: item.period.end, targetSeconds: item.goal.seconds,
                           trackedSeconds: item.trackedSeconds, leftSeconds: item.leftSeconds, running: item.isRunning,
                           reachedAt: item.reachedAt(now: now), unknownName: item.isUnknownName)
            })
        }
        var table = TextTable(columns: [.init("GOAL"), .init("DONE", .right), .init("LEFT", .right), .init("PROGRESS"), .init("")])
        table.rows = progress.map { item in
            let note: String
            if item.isUnknownName {
                note = "no such name here"
            } else if item.leftSeconds == 0 {
                note = "reached"
            } else if let reached = item.reachedAt(now: now) {
                let day = LocalDay.containing(reached, in: timeZone)
                let sameDay = day == LocalDay.containing(now, in: timeZone)
                note = "at this pace: " + (sameDay ? "" : format.day(day) + " ") + format.time(reached, in: timeZone)
            } else {
                note = ""
            }
            return [item.goal.title, TimeFormat.shortDuration(item.trackedSeconds), TimeFormat.shortDurationRoundedUp(item.leftSeconds),
                    Self.bar(item.fraction, width: 20), note]
        }
        return table.render()
    }

    /// `██████████░░░░░░░░░░ 50%`.
    static func bar(_ fraction: Double, width: Int) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = Int((clamped * Double(width)).rounded(.down))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            + " \(Int((clamped * 100).rounded(.down)))%"
    }
}
