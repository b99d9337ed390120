import ArgumentParser
import Foundation
import TogglModels
import TrackerCore

/// `goals [--refresh]`: how far each of the config's `[goals]` is in its day, week or month —
/// from this machine's copy, for no request.
public struct GoalsCommand: CLICommand {
    public static let configuration = CommandConfiguration(
        commandName: "goals", abstract: "Progress towards your time goals (from the local copy: no request).",
        discussion: """
            Goals live in the config file's [goals] section:
              day = 8h · week = 40h · month = 160h
              client "Acme Corp" = 10h/week · project "Website Redesign" = 2h/day · tag deep-work = 15h/month
            """)

    /// Ask Toggl for the periods' entries first.
    @Flag(help: "Ask Toggl for the entries first (one request) instead of answering from this machine's copy.")
    public var refresh = false

    @OptionGroup public var global: GlobalOptions

    public init() {}

    /// Reads need no request unless asked to refresh.
    public var sendsUnsentFirst: Bool { refresh }

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

    public func execute(in session: CLISession) async throws {
        let goals = session.context.settings.goals
        guard !goals.isEmpty else {
            if global.json { return try session.printJSON([Row]()) }
            return session.report("No goals set. Add some to \(session.context.configPaths.configFile):\n"
                + "[goals]\nday = 8h\nweek = 40h\nclient \"Acme Corp\" = 10h/week")
        }
        let progress = try await Self.progress(of: goals, refresh: refresh, in: session)
        let now = session.now
        if global.json {
            return try session.printJSON(progress.map { item in
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
                let sameDay = LocalDay.containing(reached, in: session.timeZone) == LocalDay.containing(now, in: session.timeZone)
                note = "at this pace: " + (sameDay ? "" : session.presenter.day(reached) + " ") + session.presenter.time(reached)
            } else {
                note = ""
            }
            return [item.goal.title, TimeFormat.shortDuration(item.trackedSeconds), TimeFormat.shortDurationRoundedUp(item.leftSeconds),
                    Self.bar(item.fraction, width: 20), note]
        }
        session.context.output.write(table.render())
    }

    /// The goals' progress from this machine's copy (or Toggl's, with `refresh`); says on
    /// standard error when the copy does not reach back to the start of a period.
    static func progress(of goals: [Goal], refresh: Bool, in session: CLISession) async throws -> [GoalProgress] {
        let now = session.now
        let zone = session.timeZone
        var catalog = session.storedCatalogIfAny()
        if catalog == nil, refresh { catalog = try await session.loadCatalog() }
        let beginning = catalog?.profile?.beginningOfWeek ?? 1
        let earliest = goals.map { GoalProgress.period($0.period, holding: now, timeZone: zone, beginningOfWeek: beginning).start }.min() ?? now
        // An entry begun before the period may reach into it.
        let from = earliest.addingTimeInterval(-86_400)
        let entries: [TimeEntry]
        if refresh {
            session.refreshRequested = true
            entries = try await session.entries(from: from, to: now.addingTimeInterval(1))
        } else if let held = session.localEntries(from: from, to: now.addingTimeInterval(1)) {
            entries = held
        } else {
            entries = session.localEntries()
            let oldest = entries.map(\.start).min()
            session.notify(CLINotice(.warning, "this machine's copy holds entries from "
                + (oldest.map { session.presenter.day($0) } ?? "no day")
                + " on; goals whose period began earlier count only those (goals --refresh asks Toggl, one request)."))
        }
        let names = GoalProgress.Names(projects: catalog?.projects ?? [], clients: catalog?.clients ?? [])
        return GoalProgress.of(goals, entries: entries, names: names, now: now, timeZone: zone, beginningOfWeek: beginning)
    }

    /// `██████████░░░░░░░░░░ 50%`.
    static func bar(_ fraction: Double, width: Int) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let filled = Int((clamped * Double(width)).rounded(.down))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            + " \(Int((clamped * 100).rounded(.down)))%"
    }
}
