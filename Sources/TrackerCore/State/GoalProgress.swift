#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// How far a ``Goal`` is in the period holding now: tracked, left, and when it is reached at
/// this pace (while a timer that counts towards it runs, now plus what is left).
public struct GoalProgress: Sendable, Hashable {
    /// The goal.
    public var goal: Goal
    /// The period: its first instant and the one after its last.
    public var period: DateInterval
    /// Seconds tracked towards it in the period (a running entry until now).
    public var trackedSeconds: Int
    /// Whether a timer that counts towards it runs now.
    public var isRunning: Bool
    /// Whether a project, client or tag the goal names is unknown here (nothing can count).
    public var isUnknownName: Bool
    /// When the entries counted begin, where that is after the period's start (the app holds
    /// only the last weeks unless older ones were shown); nil when the whole period counts.
    public var countedFrom: Date? = nil

    /// Seconds still to track (zero once reached).
    public var leftSeconds: Int { max(0, goal.seconds - trackedSeconds) }

    /// How much of the goal is done, 0…1.
    public var fraction: Double { goal.seconds > 0 ? min(1, Double(trackedSeconds) / Double(goal.seconds)) : 1 }

    /// When the goal is reached if the running timer keeps going; nil when nothing counts now,
    /// it is reached, or it would not be reached before the period ends.
    public func reachedAt(now: Date) -> Date? {
        guard isRunning, leftSeconds > 0 else { return nil }
        let reached = now.addingTimeInterval(TimeInterval(leftSeconds))
        return reached < period.end ? reached : nil
    }

    /// The names entries are matched by: projects (name and client), clients, by id.
    public struct Names: Sendable {
        /// Project id → (name, client id).
        public var projects: [Int64: (name: String, clientID: Int64?)]
        /// Client id → name.
        public var clients: [Int64: String]

        /// Names from these projects and clients.
        public init(projects: [Project], clients: [Client]) {
            self.projects = Dictionary(projects.map { ($0.id, ($0.name, $0.clientID)) }, uniquingKeysWith: { first, _ in first })
            self.clients = Dictionary(clients.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        }

        /// The ids whose name (any case) or id is `query`.
        func ids(_ query: String, in names: [Int64: String]) -> Set<Int64> {
            let folded = query.lowercased()
            return Set(names.filter { $0.value.lowercased() == folded || String($0.key) == query }.keys)
        }
    }

    /// The progress of each goal at `now`, from `entries` (all the user's entries of at least
    /// the longest period; others are ignored).
    public static func of(_ goals: [Goal], entries: [TimeEntry], names: Names, now: Date, timeZone: Zone,
                          beginningOfWeek: Int) -> [GoalProgress] {
        goals.map { goal in
            let (matches, unknown) = matcher(for: goal, names: names)
            let counted = entries.lazy.filter { !$0.isDeleted && matches($0) }.map { (start: $0.start, end: $0.finishedAt) }
            return of(goal, counting: counted, isUnknownName: unknown, now: now, timeZone: timeZone, beginningOfWeek: beginningOfWeek)
        }
    }

    /// Which entries count towards `goal` with these `names`, and whether it names a project or
    /// client unknown here (then nothing counts).
    public static func matcher(for goal: Goal, names: Names) -> (matches: @Sendable (TimeEntry) -> Bool, isUnknownName: Bool) {
        switch goal.scope {
        case .all:
            return ({ _ in true }, false)
        case .project(let name):
            let ids = names.ids(name, in: names.projects.mapValues(\.name))
            return ({ $0.projectID.map(ids.contains) ?? false }, ids.isEmpty)
        case .client(let name):
            let clients = names.ids(name, in: names.clients)
            let projects = Set(names.projects.filter { $0.value.clientID.map(clients.contains) ?? false }.keys)
            return ({ $0.projectID.map(projects.contains) ?? false }, clients.isEmpty)
        case .tag(let name):
            let folded = name.lowercased()
            return ({ $0.tags.contains { $0.lowercased() == folded } }, false)
        }
    }

    /// The progress of `goal` at `now` from when the entries that count towards it ran (`end`
    /// nil: running until `now`).
    public static func of(_ goal: Goal, counting spans: some Sequence<(start: Date, end: Date?)>, isUnknownName: Bool, now: Date,
                          timeZone: Zone, beginningOfWeek: Int) -> GoalProgress {
        let period = Self.period(goal.period, holding: now, timeZone: timeZone, beginningOfWeek: beginningOfWeek)
        var tracked = 0
        var running = false
        for span in spans {
            let overlap = min(span.end ?? now, period.end).timeIntervalSince(max(span.start, period.start))
            guard overlap > 0 else { continue }
            tracked = DurationLimit.sum([tracked, DurationLimit.wholeSeconds(overlap)])
            if span.end == nil { running = true }
        }
        return GoalProgress(goal: goal, period: period, trackedSeconds: tracked, isRunning: running, isUnknownName: isUnknownName)
    }

    /// The day, week (starting on `beginningOfWeek`, 0 = Sunday) or month holding `now`.
    public static func period(_ period: Goal.Period, holding now: Date, timeZone: Zone, beginningOfWeek: Int) -> DateInterval {
        let today = LocalDay.containing(now, in: timeZone)
        let first: LocalDay
        let next: LocalDay
        switch period {
        case .day:
            first = today
            next = today.adding(days: 1)
        case .week:
            first = today.startOfWeek(beginningOfWeek: beginningOfWeek)
            next = first.adding(days: 7)
        case .month:
            first = LocalDay(year: today.year, month: today.month, day: 1)
            next = today.month == 12 ? LocalDay(year: today.year + 1, month: 1, day: 1) : LocalDay(year: today.year, month: today.month + 1, day: 1)
        }
        return DateInterval(start: first.start(in: timeZone), end: next.start(in: timeZone))
    }
}
