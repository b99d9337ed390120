import Foundation
import Synchronization
import Testing
import TogglAPI
import TogglModels
import TogglSandbox
@testable import TrackerCLI

/// Random sequences of command-line writes and reads — each run a process of its own — while
/// Toggl is up, down (connection refused) or failing (5xx), and with runs that end as a process
/// killed mid-send leaves things (Toggl made the write; the journal still holds it unsent, and
/// what the run knew dies with it): once Toggl is back, one read sends everything, and Toggl
/// holds exactly what this machine showed before that read — each write once.
@Suite(.serialized)
struct CommandLinePropertyTests {
    enum Step: CaseIterable {
        case start, stop, add, continueLast, rename, removeLast, list, down, up, failing, killedMidSend
    }

    /// Today's entries as (description, start, stop), ids aside: unsent entries get Toggl's ids
    /// when they are sent.
    struct Row: Hashable, CustomStringConvertible {
        var description: String { "\(title) \(start.timeIntervalSince1970)–\(stop.map { "\($0.timeIntervalSince1970)" } ?? "running")" }
        var title: String
        var start: Date
        var stop: Date?
        init(_ entry: TimeEntry) {
            title = entry.description ?? ""
            start = entry.start
            stop = entry.stop
        }
        init(_ record: TimeEntryRecord) {
            title = record.description ?? ""
            start = record.start
            stop = record.stop
        }
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func togglHoldsWhatTheCommandLineShowedAfterRandomRunsOnlineAndOffline(seed: UInt64) async throws {
        try await withCLI { cli in
            let clock = OfflineCommandLineTests.Clock()
            var context = cli.context()
            context.clock = { clock.now }
            var random = SeededRandom(seed: seed)
            var isDown = false
            var made: [String] = []
            // Runs that were "killed" after Toggl made their write (the lost answer fired).
            var killedRuns = 0
            func run(_ arguments: [String]) async -> CLIHarness.Result {
                // The user's time and Toggl's move together (Toggl stops a timer at its own now).
                let minutes = Double(1 + random.next() % 9)
                clock.advance(minutes: minutes)
                cli.sandbox.advanceClock(by: minutes * 60)
                return await cli.run(arguments, context: context)
            }
            _ = await run(["ls", "--today"])
            for counter in 0..<20 {
                let step = Step.allCases[Int(random.next() % UInt64(Step.allCases.count))]
                var result: CLIHarness.Result?
                switch step {
                case .start:
                    made.append("Run \(seed)-\(counter)")
                    result = await run(["start", "Run \(seed)-\(counter)"])
                case .stop:
                    result = await run(["stop"])
                case .add:
                    made.append("Added \(seed)-\(counter)")
                    result = await run(["add", "--", "-30m", "10m", "Added \(seed)-\(counter)"])
                case .continueLast:
                    result = await run(["continue"])
                case .rename:
                    result = await run(["now", "-d", "Renamed \(seed)-\(counter)"])
                case .removeLast:
                    guard let last = made.last else { continue }
                    result = await run(["rm", last, "--yes"])
                case .list:
                    result = await run(["ls", "--today"])
                case .down:
                    if !isDown { await cli.server.stopListening() }
                    isDown = true
                case .up:
                    if isDown { try await cli.server.resumeListening() }
                    isDown = false
                    cli.sandbox.faults = .none
                case .failing:
                    cli.sandbox.faults = SandboxFaults(serverErrorRate: 1, seed: seed)
                case .killedMidSend:
                    // The next write reaches Toggl and is made there, and its answer never comes back:
                    // the run ends with the write still unsent in the journal, as a kill would leave it.
                    guard !isDown else { continue }
                    cli.sandbox.faults = SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0, seed: seed)
                    made.append("Killed \(seed)-\(counter)")
                    result = await run(["add", "--", "-50m", "5m", "Killed \(seed)-\(counter)"])
                    if cli.sandbox.faults.commitThenTimeout == 0 { killedRuns += 1 }
                    cli.sandbox.faults = .none
                }
                if let result {
                    // Every run ends as the command line promises: done, queued, or a plain refusal.
                    #expect([0, 2, 5, 6, 7].contains(result.code), "seed \(seed) step \(counter) \(step): \(result)")
                }
            }
            // What this machine shows, before Toggl is asked again.
            if !isDown { await cli.server.stopListening() }
            let shown = await run(["ls", "--today", "--json"])
            #expect(shown.code == 0, "\(shown)")
            let local = Set(try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(shown.output.utf8)).map(Row.init))
            // Back: one read sends everything first.
            try await cli.server.resumeListening()
            cli.sandbox.faults = .none
            let back = await run(["ls", "--today", "--json"])
            #expect(back.code == 0, "\(back)")
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = CLIHarness.utc.foundationTimeZone
            let dayStart = calendar.startOfDay(for: CLIHarness.now)
            let server = Set(cli.sandbox.world.timeEntries.all.filter { $0.deletedAt == nil && $0.start >= dayStart }.map(Row.init))
            #expect(local == server, "seed \(seed) — only here: \(local.subtracting(server)) only on Toggl: \(server.subtracting(local))")
            let after = Set(try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(back.output.utf8)).map(Row.init))
            #expect(after == server)
            let titles = cli.sandbox.world.timeEntries.all.filter { $0.deletedAt == nil }.compactMap(\.description)
            #expect(Set(titles.filter { $0.hasPrefix("Killed") }).count == titles.filter { $0.hasPrefix("Killed") }.count,
                    "seed \(seed): a write whose run was killed mid-send was made twice: \(titles.filter { $0.hasPrefix("Killed") })")
            print("CommandLinePropertyTests seed \(seed): \(killedRuns) runs killed mid-send, \(server.count) entries today")
        }
    }
}
