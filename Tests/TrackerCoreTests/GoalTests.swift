import Foundation
import Testing
import TogglModels
@testable import TrackerCore

/// `[goals]` lines and the goal maths: periods, pace, per client and tag, across midnight,
/// months.
@Suite struct GoalTests {
    static let zone = Zone(identifier: "Europe/Berlin")!
    static let day = LocalDay(year: 2026, month: 11, day: 25)  // a Wednesday

    static func at(_ time: String, on day: LocalDay = day) -> Date { TimeInput.parseTime(time, on: day, in: zone)! }

    static func entry(_ id: Int64, _ start: Date, _ stop: Date?, project: Int64? = nil, tags: [String] = []) -> TimeEntry {
        TimeEntry(id: id, workspaceID: 1, projectID: project, userID: 1, start: start, stop: stop,
                  duration: stop.map { Int($0.timeIntervalSince(start)) } ?? -1, description: "E\(id)", tags: tags)
    }

    static let names = GoalProgress.Names(
        projects: [Project(id: 10, workspaceID: 1, clientID: 100, name: "Website"), Project(id: 11, workspaceID: 1, clientID: 100, name: "Audit"),
                   Project(id: 12, workspaceID: 1, name: "Inbox")],
        clients: [Client(id: 100, workspaceID: 1, name: "Acme Corp")])

    @Test func linesOfTheGoalsSectionAreRead() throws {
        #expect(try Goal.parse(key: "day", value: "8h") == Goal(scope: .all, period: .day, seconds: 28_800))
        #expect(try Goal.parse(key: "Week", value: " 37h30m ") == Goal(scope: .all, period: .week, seconds: 135_000))
        #expect(try Goal.parse(key: "client \"Acme Corp\"", value: "10h/week") == Goal(scope: .client("Acme Corp"), period: .week, seconds: 36_000))
        #expect(try Goal.parse(key: "project Website", value: "90m / day") == Goal(scope: .project("Website"), period: .day, seconds: 5_400))
        #expect(try Goal.parse(key: "tag deep-work", value: "15h/month") == Goal(scope: .tag("deep-work"), period: .month, seconds: 54_000))
    }

    @Test func aLineThatIsNotAGoalSaysWhy() {
        let bad: [(String, String, String)] = [
            ("day", "8 hours", "is not an amount of time"),
            ("day", "0m", "is not an amount of time"),
            ("day", "8h/day", "a day goal is a duration alone"),
            ("client Acme", "10h", "give an amount and a period"),
            ("client Acme", "10h/year", "give an amount and a period"),
            ("customer Acme", "10h/week", "is not a goal kind"),
            ("fortnight", "80h", "is not a goal"),
            ("project \"\"", "1h/day", "names no project"),
        ]
        for (key, value, words) in bad {
            do {
                _ = try Goal.parse(key: key, value: value)
                Issue.record("\(key) = \(value) was read")
            } catch {
                #expect(error.description.contains(words), "\(key) = \(value): \(error.description)")
            }
        }
    }

    @Test func aDayGoalCountsTodayAndAtThisPaceIsNowPlusWhatIsLeft() {
        let now = Self.at("15:00")
        let entries = [Self.entry(1, Self.at("09:00"), Self.at("12:00")), Self.entry(2, Self.at("13:00"), nil),
                       Self.entry(3, Self.at("09:00", on: Self.day.adding(days: -1)), Self.at("17:00", on: Self.day.adding(days: -1)))]
        let progress = GoalProgress.of([Goal(scope: .all, period: .day, seconds: 28_800)], entries: entries, names: Self.names,
                                       now: now, timeZone: Self.zone, beginningOfWeek: 1)[0]
        #expect(progress.trackedSeconds == 5 * 3600)
        #expect(progress.leftSeconds == 3 * 3600)
        #expect(progress.isRunning)
        #expect(progress.reachedAt(now: now) == Self.at("18:00"))
        #expect(progress.fraction == 5.0 / 8.0)
    }

    @Test func anEntryAcrossMidnightCountsOnlyItsPartOfTheDay() {
        let late = Self.entry(1, Self.at("22:00", on: Self.day.adding(days: -1)), Self.at("02:00"))
        let progress = GoalProgress.of([Goal(scope: .all, period: .day, seconds: 3600)], entries: [late], names: Self.names,
                                       now: Self.at("10:00"), timeZone: Self.zone, beginningOfWeek: 1)[0]
        #expect(progress.trackedSeconds == 2 * 3600)
        #expect(progress.leftSeconds == 0 && progress.reachedAt(now: Self.at("10:00")) == nil)
    }

    @Test func aClientGoalCountsItsProjectsAndATagGoalItsTag() {
        let entries = [Self.entry(1, Self.at("09:00"), Self.at("10:00"), project: 10),
                       Self.entry(2, Self.at("10:00"), Self.at("10:30"), project: 11, tags: ["Deep-Work"]),
                       Self.entry(3, Self.at("11:00"), Self.at("12:00"), project: 12, tags: ["deep-work"])]
        let goals = [Goal(scope: .client("acme corp"), period: .week, seconds: 36_000), Goal(scope: .tag("deep-work"), period: .week, seconds: 3600),
                     Goal(scope: .project("12"), period: .day, seconds: 3600), Goal(scope: .client("Nobody"), period: .day, seconds: 60)]
        let progress = GoalProgress.of(goals, entries: entries, names: Self.names, now: Self.at("18:00"), timeZone: Self.zone, beginningOfWeek: 1)
        #expect(progress.map(\.trackedSeconds) == [5_400, 5_400, 3_600, 0])
        #expect(progress.map(\.isUnknownName) == [false, false, false, true])
    }

    @Test func weeksStartOnTheProfilesDayAndMonthsOnTheFirst() {
        let now = Self.at("12:00")
        let monday = GoalProgress.period(.week, holding: now, timeZone: Self.zone, beginningOfWeek: 1)
        #expect(monday.start == Self.at("00:00", on: LocalDay(year: 2026, month: 11, day: 23)))
        let sunday = GoalProgress.period(.week, holding: now, timeZone: Self.zone, beginningOfWeek: 0)
        #expect(sunday.start == Self.at("00:00", on: LocalDay(year: 2026, month: 11, day: 22)))
        let month = GoalProgress.period(.month, holding: now, timeZone: Self.zone, beginningOfWeek: 1)
        #expect(month.start == Self.at("00:00", on: LocalDay(year: 2026, month: 11, day: 1)))
        #expect(month.end == Self.at("00:00", on: LocalDay(year: 2026, month: 12, day: 1)))
        let december = GoalProgress.period(.month, holding: Self.at("12:00", on: LocalDay(year: 2026, month: 12, day: 31)),
                                           timeZone: Self.zone, beginningOfWeek: 1)
        #expect(december.end == Self.at("00:00", on: LocalDay(year: 2027, month: 1, day: 1)))
        // A month holding the DST change is as long as it really is: 31 days and an hour (October).
        let october = GoalProgress.period(.month, holding: Self.at("12:00", on: LocalDay(year: 2026, month: 10, day: 15)),
                                          timeZone: Self.zone, beginningOfWeek: 1)
        #expect(october.duration == 31 * 86_400 + 3600)
    }
}

extension GoalTests {
    @Test func atThisPaceIsOnlyWithinThePeriod() {
        let now = Self.at("20:00")
        let running = Self.entry(1, Self.at("19:00"), nil)
        let progress = GoalProgress.of([Goal(scope: .all, period: .day, seconds: 8 * 3600)], entries: [running], names: Self.names,
                                       now: now, timeZone: Self.zone, beginningOfWeek: 1)[0]
        #expect(progress.leftSeconds == 7 * 3600)
        #expect(progress.reachedAt(now: now) == nil, "03:00 tomorrow is after the day's goal has ended")
    }

    @Test func aMonthHeldOnlyInPartIsCountedFromWhereTheCopyBegins() {
        var state = Sample.loadedState(running: false)
        state.settings.goals = [Goal(scope: .all, period: .month, seconds: 100 * 3600), Goal(scope: .all, period: .day, seconds: 3600)]
        let progress = state.goalProgress
        #expect(progress[0].countedFrom == Sample.bootstrapWindow.start, "the month began on the 1st; the copy eight days ago")
        #expect(progress[1].countedFrom == nil)
    }
}
