import Foundation
import Synchronization
import Testing
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStore
@testable import TrackerCLI

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
