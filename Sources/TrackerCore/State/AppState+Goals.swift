#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppState {
    /// The progress of the config's goals at ``now``, from the entries held (every workspace's),
    /// for the timer pane and the week view.
    public var goalProgress: [GoalProgress] {
        progress(of: settings.goals)
    }

    /// The first day goal on everything (`day = 8h`), for the timer pane.
    public var dayGoalProgress: GoalProgress? {
        guard let goal = settings.goals.first(where: { $0.scope == .all && $0.period == .day }) else { return nil }
        return progress(of: [goal]).first
    }

    /// `goals` at ``now``: entries read from the timelines (ordered by start) of every workspace,
    /// names only when a goal names a project, client or tag.
    func progress(of goals: [Goal]) -> [GoalProgress] {
        guard !goals.isEmpty else { return [] }
        let zone = timeZone
        let beginning = profile?.beginningOfWeek ?? 1
        let earliest = goals.map { GoalProgress.period($0.period, holding: now, timeZone: zone, beginningOfWeek: beginning).start }.min() ?? now
        // An entry begun the day before the earliest period may reach into it.
        let from = earliest.addingTimeInterval(-86_400)
        let entries = catalog.entries(startingFrom: from, to: now.addingTimeInterval(1))
        let needsNames = goals.contains { $0.scope != .all }
        let names = needsNames ? GoalProgress.Names(projects: Array(catalog.projects.values), clients: Array(catalog.clients.values))
            : GoalProgress.Names(projects: [], clients: [])
        var progress = GoalProgress.of(goals, entries: entries, names: names, now: now, timeZone: zone, beginningOfWeek: beginning)
        // A period reaching back before what is held counts only from there, and says so.
        let held = (fetchedWindows + storedWindows).sorted { $0.start < $1.start }
        for index in progress.indices {
            let start = progress[index].period.start
            if let from = Self.heldStart(held, covering: now), from > start { progress[index].countedFrom = from }
        }
        return progress
    }

    /// The earliest moment from which `windows` hold every entry up to `end` (nil: none holds `end`).
    static func heldStart(_ windows: [DateInterval], covering end: Date) -> Date? {
        guard var from = windows.first(where: { $0.start <= end && $0.end >= end })?.start else { return nil }
        // Walk back through windows that join the one holding `end`.
        var extended = true
        while extended {
            extended = false
            for window in windows where window.start < from && window.end >= from {
                from = window.start
                extended = true
            }
        }
        return from
    }
}
