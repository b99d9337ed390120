import Foundation
import Testing
import TogglAPI
import TrackerCore
@testable import TrackerCLI
import TrackerStatus

/// `goals` answers from this machine's copy for no request; `--refresh` asks Toggl once.
@Suite(.serialized)
struct GoalsCommandTests {
    @Test func goalsSpendNoRequestAndShowProgress() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            var context = cli.context()
            context.settings.goals = [Goal(scope: .all, period: .day, seconds: 8 * 3600),
                             Goal(scope: .project("Mobile App v2"), period: .day, seconds: 3600),
                             Goal(scope: .client("Nobody"), period: .week, seconds: 3600)]
            let shown = await cli.run(["goals"], context: context)
            #expect(shown.code == 0, "\(shown)")
            #expect(shown.requests.isEmpty, "\(shown.requests)")
            let lines = shown.output.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("GOAL") == true, "\(shown.output)")
            #expect(lines.contains { $0.hasPrefix("8h a day") }, "\(shown.output)")
            #expect(lines.contains { $0.hasPrefix("1h a week for Nobody") && $0.hasSuffix("no such name here") }, "\(shown.output)")
            let json = await cli.run(["goals", "--json"], context: context)
            struct Row: Decodable { var goal: String; var tracked_seconds: Int; var left_seconds: Int; var running: Bool }
            let rows = try JSONDecoder().decode([Row].self, from: Data(json.output.utf8))
            #expect(rows.count == 3 && json.requests.isEmpty)
            // The demo's day so far, as `sum --today` counts it.
            let sum = await cli.run(["sum", "--today", "--json"], context: context)
            struct Group: Decodable { var seconds: Int }
            let today = try JSONDecoder().decode([Group].self, from: Data(sum.output.utf8)).reduce(0) { $0 + $1.seconds }
            #expect(rows[0].tracked_seconds == today, "\(rows[0].tracked_seconds) vs \(today)")
            #expect(rows[0].left_seconds == max(0, 8 * 3600 - today))
            // What is left reads as the timer pane and `{goal_left}` show it: rounded up to the minute.
            let left = TimeFormat.shortDurationRoundedUp(rows[0].left_seconds)
            #expect(lines.contains { $0.hasPrefix("8h a day") && $0.contains(" \(left) ") }, "\(left): \(shown.output)")
            let refreshed = await cli.run(["goals", "--refresh"], context: context)
            #expect(refreshed.code == 0 && refreshed.requests.count == 1, "\(refreshed.requests)")
        }
    }

    /// Runs the launcher's shortcut with `context`'s cache folder, environment, clock and output.
    static func shortcut(_ arguments: [String], _ context: CLIContext) -> Int32? {
        GoalsShortcut.run(arguments, cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory,
                          environment: context.configPaths.environment,
                          now: context.clock(), write: { context.output.deliver($0) })
    }

    @Test func theLaunchersShortcutAnswersAsTheProgramDoesWhileTheStoreIsUnchanged() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            var context = cli.context()
            context.settings.goals = [Goal(scope: .all, period: .day, seconds: 8 * 3600),
                                      Goal(scope: .project("Mobile App v2"), period: .day, seconds: 3600),
                                      Goal(scope: .client("Nobody"), period: .week, seconds: 3600),
                                      Goal(scope: .tag("BUG"), period: .week, seconds: 2 * 3600),
                                      Goal(scope: .all, period: .week, seconds: 40 * 3600)]
            #expect(Self.shortcut(["goals"], context) == nil, "no card yet")
            for arguments in [["goals"], ["goals", "--json"]] {
                let full = await cli.run(arguments, context: context)
                #expect(full.code == 0 && full.errors.isEmpty, "\(full)")
                cli.output.clear()
                #expect(Self.shortcut(arguments, context) == 0, "\(arguments)")
                #expect(cli.output.text == full.output, "\(arguments)")
            }
            // Later, with the timer still running and the store as it was: the card answers what
            // the program would (the card first, then the program, which rewrites it).
            for hours in [0.5, 3.0, 30.0] {
                var later = context
                later.clock = { CLIHarness.now.addingTimeInterval(hours * 3600) }
                for arguments in [["goals"], ["goals", "--json"]] {
                    cli.output.clear()
                    #expect(Self.shortcut(arguments, later) == 0, "\(hours) h later: \(arguments)")
                    let fast = cli.output.text
                    let full = await cli.run(arguments, context: later)
                    #expect(fast == full.output, "\(hours) h later: \(arguments)")
                }
                _ = await cli.run(["goals"], context: context)
            }
            // A damaged card is not used: an index past its spans, a negative goal, an odd week start.
            let path = GoalsCard.path(cacheDirectory: context.cacheDirectory)
            let good = try JSONDecoder().decode(GoalsCard.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            var pastTheEnd = good
            pastTheEnd.items[1].counts = [good.spans.count]
            var negative = good
            negative.items[0].goal.seconds = -1
            var oddWeek = good
            oddWeek.beginningOfWeek = 9
            for damaged in [pastTheEnd, negative, oddWeek] {
                damaged.save(path: path)
                #expect(Self.shortcut(["goals"], context) == nil)
            }
            good.save(path: path)
            #expect(Self.shortcut(["goals"], context) == 0)
            // Other spellings are the program's.
            for arguments in [["goals", "--refresh"], ["goals", "-q"], ["goals", "--json", "--json"], ["goals", "--demo"]] {
                #expect(Self.shortcut(arguments, context) == nil, "\(arguments)")
            }
            // The store changes (the timer stopped here): the program answers.
            _ = await cli.run(["stop"], context: context)
            #expect(Self.shortcut(["goals"], context) == nil)
            // A month goal reaches back before the days this machine holds: the program warns
            // and leaves no card to answer from.
            context.settings.goals.append(Goal(scope: .all, period: .month, seconds: 160 * 3600))
            let month = await cli.run(["goals"], context: context)
            #expect(month.errors.contains("this machine's copy holds entries from"), "\(month)")
            #expect(Self.shortcut(["goals"], context) == nil)
        }
    }

    @Test func withoutGoalsItSaysHowToSetThem() async throws {
        try await withCLI { cli in
            let shown = await cli.run("goals")
            #expect(shown.code == 0 && shown.output.hasPrefix("No goals set."), "\(shown)")
            #expect(shown.requests.isEmpty)
        }
    }
}

extension GoalsCommandTests {
    @Test func aBadGoalsLineNamesTheFileAndLine() throws {
        let text = "[goals]\nday = 8h\nclient Acme = 10h\n"
        let config = try TogglConfig(document: INIDocument(parsing: text, fileName: "/home/me/.config/toggl-tui/config"))
        #expect(throws: CLIError.usage("/home/me/.config/toggl-tui/config:3: client Acme = 10h: give an amount and a period, like 10h/week (day, week or month).")) {
            try GoalsConfig.read(config)
        }
        let good = try TogglConfig(document: INIDocument(parsing: "[goals]\nday = 8h\ntag Focus = 2h/day\n", fileName: "c"))
        #expect(try GoalsConfig.read(good) == [Goal(scope: .all, period: .day, seconds: 28_800), Goal(scope: .tag("Focus"), period: .day, seconds: 7_200)])
    }
}
