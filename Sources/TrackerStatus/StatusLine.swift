#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
import TrackerCore

/// What `status` prints for a ``StatusSummary`` at a moment: the line from the template (or
/// the default, with a second line about refused changes), or `--json`. The same for a summary
/// just gathered from the store and one read back from `status.json`.
public struct StatusLine: Sendable {
    /// `--format`.
    public var format: String?
    /// `--idle-format`.
    public var idleFormat: String?
    /// `--json`.
    public var json: Bool

    public init(format: String?, idleFormat: String?, json: Bool) {
        self.format = format
        self.idleFormat = idleFormat
        self.json = json
    }

    /// What `--json` prints.
    struct Report: Encodable {
        var running: TimeEntry?
        var description: String?
        var project: String?
        var client: String?
        var elapsedSeconds: Int?
        var todaySeconds: Int
        var dataSavedAt: Date
        var dataAgeSeconds: Int
        /// Toggl's reasons for the changes it refused (absent when there are none).
        var refusedChanges: [String]?
        /// What is left of the `day` goal today (absent without one).
        var goalLeftSeconds: Int?
        /// What is left of the `week` goal this week (absent without one).
        var goalWeekLeftSeconds: Int?
        /// How long nothing has run (absent while a timer runs).
        var untrackedSeconds: Int?
        /// The reminder due now (absent when none is).
        var reminder: String?

        enum CodingKeys: String, CodingKey {
            case running, description, project, client
            case elapsedSeconds = "elapsed_seconds"
            case todaySeconds = "today_seconds"
            case dataSavedAt = "data_saved_at"
            case dataAgeSeconds = "data_age_seconds"
            case refusedChanges = "refused_changes"
            case goalLeftSeconds = "goal_left_seconds", goalWeekLeftSeconds = "goal_week_left_seconds"
            case untrackedSeconds = "untracked_seconds", reminder
        }
    }

    /// The text for `summary` at `now` in `timeZone` (the config's, else the profile's, else the
    /// system's), with its final newline; nil when the summary cannot say what today's total is
    /// (see ``StatusSummary/todaySeconds(now:timeZone:)``).
    public func text(for summary: StatusSummary, settings: StatusSettings, now: Date, timeZone: Zone) throws -> String? {
        guard let todaySeconds = summary.todaySeconds(now: now, timeZone: timeZone) else { return nil }
        let running = summary.running
        let elapsed = running.map { max(0, $0.entry.elapsedSeconds(at: now)) }
        let age = max(0, DurationLimit.wholeSeconds(now.timeIntervalSince(summary.savedAt)))
        let dayGoalLeft = settings.goal(.day).flatMap { goalLeft($0, summary: summary, now: now, timeZone: timeZone) }
        let weekGoalLeft = settings.goal(.week).flatMap { goalLeft($0, summary: summary, now: now, timeZone: timeZone) }
        let lastStop = summary.lastStop(before: now)
        let untracked = Reminder.untrackedSince(running: running?.entry, lastStop: lastStop, now: now,
                                                workHours: settings.workHours, timeZone: timeZone)
            .map { max(0, DurationLimit.wholeSeconds(now.timeIntervalSince($0))) }
        let reminder = summary.reminder(now: now, settings: settings, timeZone: timeZone)
        if json {
            return try Secret.withRedactedEncoding {
                try JSONOutput.encode(Report(
                    running: running?.entry, description: running?.description, project: running?.project,
                    client: running?.client, elapsedSeconds: elapsed, todaySeconds: todaySeconds, dataSavedAt: summary.savedAt,
                    dataAgeSeconds: age, refusedChanges: summary.refused.isEmpty ? nil : summary.refused,
                    goalLeftSeconds: dayGoalLeft, goalWeekLeftSeconds: weekGoalLeft, untrackedSeconds: untracked, reminder: reminder?.text))
            }
        }
        var values: [String: String] = [
            "today": TimeFormat.duration(todaySeconds), "today_short": TimeFormat.shortDuration(todaySeconds),
            "age": Self.age(age), "state": running == nil ? "idle" : "running",
            "goal_left": dayGoalLeft.map(TimeFormat.shortDurationRoundedUp) ?? "",
            "goal_week_left": weekGoalLeft.map(TimeFormat.shortDurationRoundedUp) ?? "",
            "untracked": untracked.map(TimeFormat.shortDuration) ?? "",
            "reminder": reminder?.text ?? "",
        ]
        let template: String
        if let running, let elapsed {
            values["description"] = running.description
            values["project"] = running.project ?? ""
            values["client"] = running.client ?? ""
            values["project_client"] = running.project.map { project in running.client.map { "\(project) (\($0))" } ?? project } ?? ""
            values["tags"] = running.entry.tags.joined(separator: ", ")
            values["elapsed"] = TimeFormat.duration(elapsed)
            values["elapsed_short"] = TimeFormat.shortDuration(elapsed)
            values["start"] = TimeFormat(uses24HourClock: summary.uses24HourClock).time(running.entry.start, in: timeZone)
            values["id"] = EntryReference.text(running.entry.id)
            template = format ?? (running.entry.projectID == nil
                ? "▶ {description} · {elapsed} · today {today_short} · {age}"
                : "▶ {description} · {project} · {elapsed} · today {today_short} · {age}")
        } else {
            template = idleFormat ?? format ?? "■ idle · today {today_short} · {age}"
        }
        var text = Self.fill(template, values) + "\n"
        // A one-line template is for a status bar; the default gets the reminder.
        if format == nil, idleFormat == nil, let first = summary.refused.first {
            let what = summary.refused.count == 1 ? "1 change" : "\(summary.refused.count) changes"
            text += "\(what) refused by Toggl: \(TerminalText.safe(first)) — open toggl-tui to fix or discard\n"
        }
        return text
    }

    /// Seconds left of `goal` in its period holding `now`; nil when the summary does not reach
    /// back to the period's start.
    func goalLeft(_ goal: Goal, summary: StatusSummary, now: Date, timeZone: Zone) -> Int? {
        let interval = GoalProgress.period(goal.period, holding: now, timeZone: timeZone, beginningOfWeek: summary.beginningOfWeek ?? 1)
        guard let tracked = summary.seconds(in: interval, now: now) else { return nil }
        return max(0, goal.seconds - tracked)
    }

    /// Replaces `{name}` with its value made terminal-safe, line breaks included, so a status bar
    /// gets one line (unknown names and idle fields become empty).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out += TerminalText.safe(values[String(rest[rest.index(after: open)..<close])] ?? "")
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// `data 5m old`, `data 2h 05m old`, `data 3d old`, `data fresh`.
    static func age(_ seconds: Int) -> String {
        if seconds < 60 { return "data fresh" }
        if seconds >= 2 * 86_400 { return "data \(seconds / 86_400)d old" }
        return "data \(TimeFormat.shortDuration(seconds)) old"
    }
}
