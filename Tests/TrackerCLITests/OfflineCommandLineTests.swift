import Foundation
import Synchronization
import Testing
import TogglAPI
import TogglModels
import TogglSandbox
@testable import TrackerCLI

/// The command line is local-first: after one online read, every entry command works with Toggl
/// unreachable — writes are journaled (exit 7) and shown at once, reads answer from this
/// machine — and the next online run sends everything, each entry once.
@Suite(.serialized)
struct OfflineCommandLineTests {
    /// A clock the test moves.
    final class Clock: Sendable {
        private let moment = Mutex(CLIHarness.now)
        var now: Date { moment.withLock { $0 } }
        func advance(minutes: Double) { moment.withLock { $0 = $0.addingTimeInterval(minutes * 60) } }
    }

    @Test func everyEntryCommandWorksOfflineAndOneOnlineReadSendsEverything() async throws {
        try await withCLI { cli in
            let clock = Clock()
            var context = cli.context()
            context.clock = { clock.now }
            func run(_ arguments: String...) async -> CLIHarness.Result {
                clock.advance(minutes: 5)
                return await cli.run(arguments, context: context)
            }
            let online = await run("ls", "--today")
            #expect(online.code == 0 && online.requests == ["GET /api/v9/me"])
            let before = Set(cli.sandbox.world.timeEntries.all.map(\.id))
            await cli.server.stopListening()

            let started = await run("start", "Train", "ride", "-p", "website")
            #expect(started.code == 7, "\(started)")
            #expect(started.output.hasPrefix("Started \"Train ride\" · Website Redesign"), "\(started)")
            #expect(started.errors.hasPrefix("toggl-tui: saved here, not yet sent: could not connect to Toggl"), "\(started)")
            let renamed = await run("now", "-d", "Train ride, offline")
            #expect(renamed.code == 7, "\(renamed)")
            let shown = await run("now")
            #expect(shown.code == 0, "\(shown)")
            #expect(shown.output.contains("Train ride, offline"), "\(shown)")
            let stopped = await run("stop")
            #expect(stopped.code == 7, "\(stopped)")
            #expect(stopped.output.hasPrefix("Stopped \"Train ride, offline\""), "\(stopped)")
            let added = await run("add", "6:00", "6:30", "Offline", "added", "-p", "website")
            #expect(added.code == 7, "\(added)")
            let continued = await run("continue", "Train ride, offline")
            #expect(continued.code == 7, "\(continued)")
            #expect(continued.output.hasPrefix("Continued \"Train ride, offline\"") || continued.output.hasPrefix("Started \"Train ride, offline\""),
                    "\(continued)")
            let stoppedAgain = await run("stop")
            #expect(stoppedAgain.code == 7, "\(stoppedAgain)")
            let doomed = await run("add", "5:00", "5:10", "Added", "by", "mistake", "-q")
            #expect(doomed.code == 7, "\(doomed)")
            // The id printed for an unsent entry is taken by the next command.
            let localID = doomed.output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(localID.hasPrefix("local-"), "\(doomed)")
            let edited = await run("edit", localID, "-d", "Added by mistake, edited")
            #expect(edited.code == 7 && edited.output.contains("Added by mistake, edited"), "\(edited)")
            let removed = await run("rm", localID, "--yes")
            #expect(removed.code == 7, "\(removed)")
            let listed = await run("ls", "--today", "--json")
            #expect(listed.code == 0, "\(listed)")
            let entries = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(listed.output.utf8))
            let descriptions = entries.compactMap(\.description)
            #expect(descriptions.filter { $0 == "Train ride, offline" }.count == 2, "\(descriptions)")
            #expect(descriptions.contains("Offline added"))
            #expect(entries.first { $0.description == "Offline added" }?.duration == 1800, "an unsent add counts its time")
            #expect(!descriptions.contains { $0.hasPrefix("Added by mistake") })
            #expect(entries.filter(\.isRunning).isEmpty, "stopped offline: \(entries.filter(\.isRunning))")
            let summed = await run("sum", "--today")
            #expect(summed.code == 0, "\(summed)")
            #expect(summed.output.contains("Website Redesign"))
            for entity in [["projects", "ls"], ["clients", "ls"], ["tags", "ls"], ["tasks", "ls"], ["workspaces", "ls"], ["me"], ["status"]] {
                let read = await cli.run(entity, context: context)
                #expect(read.code == 0 && !read.output.isEmpty && read.requests.isEmpty, "\(entity): \(read)")
            }
            #expect(cli.sandbox.world.timeEntries.all.count == before.count, "nothing reached Toggl while it was down")

            // Back online: the next run, a read, sends everything first.
            try await cli.server.resumeListening()
            let back = await run("ls", "--today", "--json")
            #expect(back.code == 0, "\(back)")
            #expect(back.errors.hasPrefix(#"{"count":"#), "with --json, notices are JSON: \(back)")
            // One read of what Toggl changed (to check the replayed stop), the demo timer's stop at
            // the offline start, the three entries as finished creates (starts, stops, edits and
            // the add-then-delete folded away), then the read's own sync.
            #expect(back.requests == [
                "GET /api/v9/me/time_entries", "PUT /api/v9/workspaces/3700000004/time_entries/3700000182",
                "POST /api/v9/workspaces/3700000004/time_entries", "POST /api/v9/workspaces/3700000004/time_entries",
                "POST /api/v9/workspaces/3700000004/time_entries", "GET /api/v9/me",
            ])
            #expect(back.errors == #"{"count":10,"kind":"sent","message":"sent 10 changes made offline"}"# + "\n")
            let made = cli.sandbox.world.timeEntries.all.filter { !before.contains($0.id) && $0.deletedAt == nil }
            #expect(made.compactMap(\.description).sorted() == ["Offline added", "Train ride, offline", "Train ride, offline"], "\(made)")
            #expect(made.allSatisfy { !$0.isRunning && $0.projectID != nil }, "\(made)")
            let backShown = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(back.output.utf8))
            #expect(backShown.filter { $0.description == "Train ride, offline" }.allSatisfy { $0.id > 0 })
            #expect(cli.sandbox.world.timeEntries.all.filter { $0.description == "Added by mistake" }.isEmpty)
            // The demo's timer, stopped by the offline start, is stopped on Toggl too, when that start began.
            let demoTimer = try #require(cli.sandbox.world.timeEntries[3_700_000_182])
            #expect(!demoTimer.isRunning && demoTimer.stop == CLIHarness.now.addingTimeInterval(10 * 60), "\(demoTimer)")
        }
    }

    @Test func anOfflineReadOfDaysThisMachineNeverHeldSaysWhatIsMissing() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            await cli.server.stopListening()
            let old = await cli.run("ls", "--since", "2026-10-01", "--until", "2026-10-07")
            #expect(old.code == 8, "\(old)")
            #expect(old.errors.contains("This machine holds no copy of the entries from"), "\(old)")
            var stale = cli.context()
            stale.clock = { CLIHarness.now.addingTimeInterval(3_600) }
            let today = await cli.run(["ls", "--today"], context: stale)
            #expect(today.code == 0, "\(today)")
            #expect(today.errors.hasPrefix("toggl-tui: offline — "), "\(today)")
            #expect(today.errors.hasSuffix("Showing this machine's copy from 1h 00m ago.\n"), "\(today)")
        }
    }
}

extension OfflineCommandLineTests {
    @Test func aStaleCopyDoesNotOverruleTogglAboutWhatRuns() async throws {
        try await withCLI { cli in
            _ = await cli.run("ls", "--today")
            // Stopped on the phone after this machine's last sync.
            let running = try #require(cli.sandbox.world.runningEntry(of: cli.layout.userID))
            _ = try await cli.api.timeEntries.stop(running.id, in: running.workspaceID)
            let stoppedAt = cli.sandbox.world.timeEntries[running.id]?.stop
            var later = cli.context()
            later.clock = { CLIHarness.now.addingTimeInterval(2 * 3_600) }
            let now = await cli.run(["now"], context: later)
            #expect(now.output == "No timer is running.\n", "\(now)")
            let stop = await cli.run(["stop", "--at", "11:30"], context: later)
            #expect(stop.code == 6, "\(stop)")
            let plain = await cli.run(["stop"], context: later)
            #expect(plain.code == 6, "\(plain)")
            #expect(cli.sandbox.world.timeEntries[running.id]?.stop == stoppedAt, "Toggl's stop was not moved")
        }
    }
}

extension OfflineCommandLineTests {
    /// One `--json` notice on standard error, decoded.
    struct Notice: Decodable, Equatable {
        var kind: String
        var message: String
        var syncedAt: Date?
        var dataAgeSeconds: Int?
        var count: Int?
        var exitCode: Int32?

        enum CodingKeys: String, CodingKey {
            case kind, message, count
            case syncedAt = "synced_at", dataAgeSeconds = "data_age_seconds", exitCode = "exit_code"
        }

        /// Every line of `errors` as a notice; fails the test on a line that is not one.
        static func all(in errors: String) throws -> [Notice] {
            try errors.split(separator: "\n").map { try TogglJSON.makeDecoder().decode(Notice.self, from: Data($0.utf8)) }
        }
    }

    @Test func jsonConsumersTellAStaleAnswerAndUnsentEntriesApart() async throws {
        try await withCLI { cli in
            let clock = Clock()
            var context = cli.context()
            context.clock = { clock.now }
            let synced = await cli.run(["ls", "--today", "--json"], context: context)
            #expect(synced.code == 0 && synced.errors.isEmpty, "a fresh answer has no notice: \(synced)")
            await cli.server.stopListening()

            clock.advance(minutes: 30)
            let started = await cli.run(["start", "On the train", "--json"], context: context)
            #expect(started.code == 7, "\(started)")
            let startedEntry = try TogglJSON.makeDecoder().decode(TimeEntry.self, from: Data(started.output.utf8))
            #expect(startedEntry.id < 0, "an unsent entry has a negative id: \(startedEntry.id)")
            let queued = try Notice.all(in: started.errors)
            #expect(queued.map(\.kind) == ["queued"] && queued.first?.exitCode == 7, "\(queued)")
            #expect(queued.first?.message.hasPrefix("saved here, not yet sent: could not connect to Toggl") == true, "\(queued)")

            let listed = await cli.run(["ls", "--today", "--json"], context: context)
            #expect(listed.code == 0, "\(listed)")
            let stale = try Notice.all(in: listed.errors)
            #expect(stale.map(\.kind) == ["offline"], "\(stale)")
            #expect(stale.first?.syncedAt == CLIHarness.now && stale.first?.dataAgeSeconds == 30 * 60, "\(stale)")
            let entries = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(listed.output.utf8))
            #expect(entries.filter { $0.id < 0 }.map(\.description) == ["On the train"], "\(entries.map(\.id))")

            let unknown = await cli.run(["start", "x", "-p", "No such project", "--json"], context: context)
            let failed = try Notice.all(in: unknown.errors)
            #expect(unknown.code != 0 && failed.map(\.kind) == ["error"] && failed.first?.exitCode == unknown.code, "\(unknown)")

            try await cli.server.resumeListening()
            clock.advance(minutes: 1)
            let back = await cli.run(["ls", "--today", "--json"], context: context)
            #expect(back.code == 0, "\(back)")
            let sent = try Notice.all(in: back.errors)
            // The start, and the stop of the demo's timer it implies.
            #expect(sent.map(\.kind) == ["sent"] && sent.first?.count == 2, "\(sent)")
            let backEntries = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(back.output.utf8))
            #expect(backEntries.contains { $0.description == "On the train" && $0.id > 0 }, "\(backEntries.map(\.id))")
            #expect(!backEntries.contains { $0.id < 0 })
        }
    }
}

extension OfflineCommandLineTests {
    /// A create whose answer was lost is looked up on Toggl before it goes again; the look-up
    /// must find it even when this machine's clock runs half an hour ahead of Toggl's.
    @Test func aCreateWhoseAnswerWasLostIsNotMadeTwiceWhenThisMachinesClockRunsAhead() async throws {
        try await withCLI { cli in
            var ahead = cli.context()
            ahead.clock = { CLIHarness.now.addingTimeInterval(1_800) }
            _ = await cli.run(["ls", "--today"], context: ahead)
            cli.sandbox.faults = SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0)
            // The run looks for what it may have made (one read), finds it, and does not send it again.
            let lost = await cli.run(["add", "9:00", "9:20", "Answer lost"], context: ahead)
            #expect(lost.code == 0, "\(lost)")
            #expect(cli.sandbox.faults.commitThenTimeout == 0, "Toggl made it")
            #expect(lost.requests.filter { $0.hasPrefix("POST") }.count == 1, "\(lost.requests)")
            let next = await cli.run(["ls", "--today", "--refresh"], context: ahead)
            #expect(next.code == 0 && !next.requests.contains { $0.hasPrefix("POST") }, "\(next)")
            let made = cli.sandbox.world.timeEntries.all.filter { $0.description == "Answer lost" && $0.deletedAt == nil }
            #expect(made.count == 1, "made \(made.count) times")
        }
    }
}
