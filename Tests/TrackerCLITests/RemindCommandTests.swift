import Foundation
import Synchronization
import Testing
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStore
@testable import TrackerCLI
import TrackerStatus

/// `remind` gives each reminder once, from this machine's copy (no request while it is fresh).
@Suite(.serialized)
struct RemindCommandTests {
    final class Notifications: Sendable {
        let sent = Mutex<[String]>([])
        var notifier: DesktopNotifier {
            DesktopNotifier { _, text in
                self.sent.withLock { $0.append(text) }
                return true
            }
        }
    }

    @Test func aForgottenTimerIsRemindedOnceAndNothingIsAskedOfToggl() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            let notifications = Notifications()
            var context = cli.context()
            // Monday 10:00, the demo's timer running since 09:20; reminders all day, forgotten after 30 min.
            context.settings.workHours = try WorkHours.parse("Mon-Sun 00:00-24:00")
            context.settings.forgottenTimerHours = 0.5
            context.notifier = notifications.notifier
            let first = await cli.run(["remind"], context: context)
            #expect(first.code == 0 && first.requests.isEmpty, "\(first)")
            #expect(first.output.hasSuffix("has run for 40m — forgotten?\n"), "\(first)")
            #expect(notifications.sent.withLock { $0.count } == 1)
            let again = await cli.run(["remind"], context: context)
            #expect(again.output.isEmpty && again.requests.isEmpty, "once per episode: \(again)")
            #expect(notifications.sent.withLock { $0.count } == 1)
            let printed = await cli.run(["remind", "--print"], context: context)
            #expect(printed.output.hasSuffix("forgotten?\n"), "--print shows what is due: \(printed)")
            context.settings.notifies = false
            context.settings.forgottenTimerHours = 10
            let quiet = await cli.run(["remind", "--json"], context: context)
            #expect(quiet.output.contains("\"due\" : false"), "\(quiet)")
        }
    }

    @Test func aTimerStartedDaysAgoIsRemindedAsForgottenNotAsNothingTracked() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            _ = await cli.run("stop")
            // Another device's timer, started three days ago and never stopped, as the last sync saw it.
            var entries = try #require(cli.layout.recentEntries.load().payload).entries
            entries.append(TimeEntry(id: 9, workspaceID: StatusCommandTests.workspace, start: CLIHarness.now.addingTimeInterval(-3 * 86_400),
                                     duration: -1, description: "Left running on Friday"))
            try cli.layout.recentEntries.save(EntriesSnapshot(entries: entries), now: CLIHarness.now)
            var context = cli.context()
            context.settings.workHours = try WorkHours.parse("Mon-Sun 00:00-24:00")
            context.notifier = .none
            let due = await cli.run(["remind", "--print"], context: context)
            #expect(due.output == "\"Left running on Friday\" has run for 72h 00m — forgotten?\n" && due.requests.isEmpty, "\(due)")
        }
    }

    /// Runs the launcher's shortcut with `context`'s cache folder, environment, clock and output.
    static func shortcut(_ arguments: [String], _ context: CLIContext) -> Int32? {
        RemindShortcut.run(arguments, cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory,
                           environment: context.configPaths.environment,
                           now: context.clock(), notifier: context.notifier, write: { context.output.deliver($0) })
    }

    @Test func theLaunchersShortcutRemindsAsTheProgramDoesOnlyWhileTheStoreIsFreshAndNothingIsUnsent() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            let notifications = Notifications()
            var context = cli.context()
            context.settings.workHours = try WorkHours.parse("Mon-Sun 00:00-24:00")
            context.settings.forgottenTimerHours = 0.5
            context.notifier = notifications.notifier
            #expect(Self.shortcut(["remind"], context) == nil, "no card yet")
            for arguments in [["remind", "--print"], ["remind", "--json", "--print"]] {
                let full = await cli.run(arguments, context: context)
                cli.output.clear()
                #expect(Self.shortcut(arguments, context) == 0, "\(arguments)")
                #expect(cli.output.text == full.output, "\(arguments)")
            }
            #expect(notifications.sent.withLock { $0.count } == 0, "--print neither notifies nor remembers")
            // The shortcut gives the reminder once, and the program agrees it was given.
            cli.output.clear()
            #expect(Self.shortcut(["remind"], context) == 0)
            #expect(cli.output.text.hasSuffix("has run for 40m — forgotten?\n"), "\(cli.output.text)")
            #expect(notifications.sent.withLock { $0.count } == 1)
            cli.output.clear()
            #expect(Self.shortcut(["remind"], context) == 0)
            #expect(cli.output.text.isEmpty, "once per episode")
            let full = await cli.run(["remind"], context: context)
            #expect(full.output.isEmpty && full.requests.isEmpty, "\(full)")
            let json = await cli.run(["remind", "--json"], context: context)
            cli.output.clear()
            #expect(Self.shortcut(["remind", "--json"], context) == 0)
            #expect(cli.output.text == json.output && json.output.contains("\"notified\" : false"), "\(json)")
            #expect(notifications.sent.withLock { $0.count } == 1)
            // Older than cli_max_age: the program refreshes it (one request), the shortcut declines.
            var later = context
            later.clock = { CLIHarness.now.addingTimeInterval(20 * 60) }
            #expect(Self.shortcut(["remind"], later) == nil)
            // A change made here and not yet sent: the program sends it first, the shortcut declines.
            await cli.server.stopListening()
            let queued = await cli.run(["stop"], context: context)
            #expect(queued.code == 7, "\(queued)")
            _ = await cli.run(["remind", "--print"], context: context)
            #expect(Self.shortcut(["remind", "--print"], context) == nil)
            // Other spellings are the program's.
            for arguments in [["remind", "-q"], ["remind", "--print", "--print"], ["remind", "--demo"], ["remind", "x"], ["remind", "--help"]] {
                #expect(Self.shortcut(arguments, context) == nil, "\(arguments)")
            }
        }
    }

    @Test func notTrackingInWorkHoursIsRemindedAfterTheDelay() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            _ = await cli.run("stop")
            let notifications = Notifications()
            var context = cli.context()
            context.settings.workHours = .standard
            context.notifier = notifications.notifier
            context.clock = { CLIHarness.now.addingTimeInterval(20 * 60) }
            // Twenty minutes on, the copy is older than cli_max_age: one read refreshes it.
            let due = await cli.run(["remind"], context: context)
            #expect(due.output == "Not tracking for 20m.\n" && due.requests == ["GET /api/v9/me"], "\(due)")
            context.settings.notifies = false
            context.clock = { CLIHarness.now.addingTimeInterval(40 * 60) }
            let later = await cli.run(["remind"], context: context)
            #expect(later.output.isEmpty, "the same stretch: \(later)")
            #expect(notifications.sent.withLock { $0 } == ["Not tracking for 20m."])
        }
    }
}
