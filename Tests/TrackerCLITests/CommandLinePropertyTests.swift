import Foundation
import Synchronization
import Testing
import TogglAPI
import TogglModels
import TogglSandbox
@testable import TrackerCLI

/// Random sequences of command-line writes and reads — each run a process of its own — while
/// Toggl is up, down (connection refused) or failing (5xx): once it is back, one read sends
/// everything, and Toggl holds exactly what this machine showed before that read.
@Suite(.serialized)
struct CommandLinePropertyTests {
    enum Step: CaseIterable {
        case start, stop, add, continueLast, rename, removeLast, list, down, up, failing
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

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func togglHoldsWhatTheCommandLineShowedAfterRandomRunsOnlineAndOffline(seed: UInt64) async throws {
        try await withCLI { cli in
            let clock = OfflineCommandLineTests.Clock()
            var context = cli.context()
            context.clock = { clock.now }
            var random = SeededRandom(seed: seed)
            var isDown = false
            var made: [String] = []
            func run(_ arguments: [String]) async -> CLIHarness.Result {
                clock.advance(minutes: Double(1 + random.next() % 9))
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
            calendar.timeZone = CLIHarness.utc
            let dayStart = calendar.startOfDay(for: CLIHarness.now)
            let server = Set(cli.sandbox.world.timeEntries.all.filter { $0.deletedAt == nil && $0.start >= dayStart }.map(Row.init))
            #expect(local == server, "seed \(seed) — only here: \(local.subtracting(server)) only on Toggl: \(server.subtracting(local))")
            let after = Set(try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(back.output.utf8)).map(Row.init))
            #expect(after == server)
        }
    }
}
