import TogglModels

/// The shown week's tracked time, by project and by client.
public struct WeekSummary: Sendable, Hashable {
    /// One line: a name, an optional colour, and the seconds tracked.
    public struct Line: Sendable, Hashable {
        public var name: String
        /// `#rrggbb` for projects.
        public var color: String?
        public var seconds: Int
        /// The project (by-project lines; nil for "no project" and for clients).
        public var projectID: Int64? = nil
    }

    public var firstDay: LocalDay
    /// Seconds per day, `[0]` being ``firstDay``.
    public var dailySeconds: [Int]
    /// Each day's seconds by project (nil: no project), for the stacked bars; `[0]` being ``firstDay``.
    public var dailyByProject: [[Int64?: Int]] = []
    /// The week by project, most first; ``Line/projectID`` names the project.
    public var byProject: [Line]
    public var byClient: [Line]

    /// The week's total.
    public var totalSeconds: Int { DurationLimit.sum(dailySeconds) }
}
