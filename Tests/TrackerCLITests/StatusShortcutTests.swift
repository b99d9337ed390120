import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerStore
@testable import TrackerCLI

/// `status` from the store's status summary (``StatusShortcut``, what the program runs before
/// the argument parser) says exactly what the full path says, over several store and journal
/// states; and when the summary is missing, damaged, of another version or older than the
/// files it summarises, it says nothing and the full path answers.
@Suite(.serialized)
struct StatusShortcutTests {
    static let now = CLIHarness.now
    static let everyField = "{description}|{project}|{client}|{project_client}|{tags}|{elapsed}|{elapsed_short}|{start}|{id}|"
        + "{today}|{today_short}|{age}|{state}|{unknown}"

    /// Every way of asking the shortcut takes: the default line, JSON, a template, every field,
    /// the idle template, and the `=` spellings.
    static let variants: [[String]] = [
        ["status"], ["status", "--json"], ["status", "--format", "{description} {elapsed}"],
        ["status", "--format=" + everyField, "--idle-format", "idle {today} {today_short} {age} {state} {description}"],
        ["status", "-q", "--idle-format={state} {today}"], ["status", "--quiet", "--json", "--format", "{id}"],
    ]

    /// Runs `arguments` the full way (which leaves the summary), then through the shortcut with
    /// the same context; expects the shortcut to answer with the same text.
    static func expectSameAnswer(_ cli: CLIHarness, _ arguments: [String], context: CLIContext? = nil,
                                 sourceLocation: SourceLocation = #_sourceLocation) async {
        let full = await cli.run(arguments, context: context)
        #expect(full.code == 0, "\(arguments): \(full)", sourceLocation: sourceLocation)
        cli.output.clear()
        let code = StatusShortcut.run(arguments, context: context ?? cli.context())
        #expect(code == 0, "the shortcut did not answer \(arguments)", sourceLocation: sourceLocation)
        #expect(cli.output.text == full.output, "\(arguments)", sourceLocation: sourceLocation)
    }

    /// The shortcut declines (writes nothing) for `arguments`.
    static func expectDeclines(_ cli: CLIHarness, _ arguments: [String] = ["status"], context: CLIContext? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        cli.output.clear()
        #expect(StatusShortcut.run(arguments, context: context ?? cli.context()) == nil, sourceLocation: sourceLocation)
        #expect(cli.output.text.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func aRunningTimerReadsTheSameBothWays() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            for arguments in Self.variants { await Self.expectSameAnswer(cli, arguments) }
        }
    }

    @Test func idleReadsTheSameBothWays() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli, running: false)
            for arguments in Self.variants { await Self.expectSameAnswer(cli, arguments) }
        }
    }

    @Test func theProfilesZoneAndClockReadTheSameBothWays() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            var catalog = try #require(cli.layout.catalog.load().payload)
            catalog.profile?.timezone = "Pacific/Kiritimati" // UTC+14: today began at 10:00 UTC
            catalog.preferences = Preferences(dateFormat: "MM/DD/YYYY", timeOfDayFormat: "h:mm A")
            try cli.layout.catalog.save(catalog, now: Self.now)
            var context = cli.context()
            context.timeZoneOverride = nil
            for arguments in Self.variants { await Self.expectSameAnswer(cli, arguments, context: context) }
            let line = await cli.run(["status", "--format", "{start} {today}"], context: context)
            #expect(line.output == "11:20 PM 0:00:00\n")
        }
    }

    @Test func anUnsentStartAndARefusedWriteReadTheSameBothWays() async throws {
        try await withCLI { cli in
            _ = await cli.run("status", "--refresh")
            await cli.server.stopListening()
            let queued = await cli.run("start", "On", "the", "train", "-t", "travel")
            #expect(queued.code == 7, "\(queued)")
            for arguments in Self.variants { await Self.expectSameAnswer(cli, arguments) }
            let shown = await cli.run("status", "--format", "{description} {id}")
            #expect(shown.output.hasPrefix("On the train local-"), "\(shown)")

            let journal = cli.layout.makeJournal()
            let write = try journal.append(.updateEntry(workspaceID: StatusCommandTests.workspace, id: 3, payload: TimeEntryPayload(projectID: .set(99))),
                                           at: Self.now)
            try journal.append(.failed(sequence: write.sequence, message: "Project \u{1B}[31mnot found", statusCode: 400), at: Self.now)
            Self.expectDeclines(cli) // the journal moved since the summary
            for arguments in Self.variants { await Self.expectSameAnswer(cli, arguments) }
            let refused = await cli.run("status", "--json")
            #expect(refused.output.contains("\"refused_changes\" : [\n    \"Project \\u001b[31mnot found\""), "\(refused.output)")
        }
    }

    @Test func hostileNamesReadTheSameBothWays() async throws {
        try await withCLI(world: HostileWorldCommandTests.world) { cli in
            _ = await cli.run("status", "--refresh")
            for arguments in Self.variants {
                await Self.expectSameAnswer(cli, arguments)
                #expect(!HostileAccount.isDangerous(cli.output.text), "\(arguments): \(cli.output.text.debugDescription)")
            }
        }
    }

    @Test func aChangedStoreOrJournalIsGatheredAfresh() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            Self.expectDeclines(cli) // no summary yet
            await Self.expectSameAnswer(cli, ["status"])
            // Another process saves the recent entries: the timer was stopped elsewhere.
            var entries = try #require(cli.layout.recentEntries.load().payload).entries
            entries = entries.map { entry in
                guard entry.isRunning else { return entry }
                var stopped = entry
                stopped.stop = Self.now
                stopped.duration = 2400
                return stopped
            }
            try cli.layout.recentEntries.save(EntriesSnapshot(entries: entries), now: Self.now)
            Self.expectDeclines(cli)
            let idle = await cli.run("status")
            #expect(idle.output == "■ idle · today 2h 10m · data fresh\n")
            await Self.expectSameAnswer(cli, ["status"])
            // The journal appears (a write made offline by another process).
            try cli.layout.makeJournal().append(.deleteEntry(workspaceID: StatusCommandTests.workspace, id: 2), at: Self.now)
            Self.expectDeclines(cli)
            await Self.expectSameAnswer(cli, ["status"])
            // The catalog is replaced.
            try cli.layout.catalog.save(try #require(cli.layout.catalog.load().payload), now: Self.now)
            Self.expectDeclines(cli)
        }
    }

    @Test func aDamagedOrOldSummaryIsNotUsed() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            await Self.expectSameAnswer(cli, ["status"])
            let path = cli.layout.statusSummaryPath
            let good = try Data(contentsOf: URL(fileURLWithPath: path))
            let summary = try JSONDecoder().decode(StatusSummary.self, from: good)
            var oldVersion = summary
            oldVersion.version = 0
            var otherFormat = summary
            otherFormat.format = "toggl-tui.catalog"
            var absurd = summary
            absurd.savedAt = Date(timeIntervalSinceReferenceDate: 1e300)
            var notRunning = summary
            notRunning.running?.entry.duration = 60
            var unstamped = summary
            unstamped.sources = nil
            let damaged: [Data] = [
                Data(), Data("{".utf8), Data("null".utf8), good.prefix(good.count / 2), Data(repeating: 0x20, count: StatusSummary.byteLimit + 1),
                try JSONEncoder().encode(oldVersion), try JSONEncoder().encode(otherFormat), try JSONEncoder().encode(absurd),
                try JSONEncoder().encode(notRunning), try JSONEncoder().encode(unstamped),
            ]
            for data in damaged {
                try data.write(to: URL(fileURLWithPath: path))
                Self.expectDeclines(cli)
                // The full path says what it always says, and leaves a good summary again.
                await Self.expectSameAnswer(cli, ["status"])
            }
        }
    }

    @Test func laterDaysReadTheSameBothWaysAndAClockSetBackIsGatheredAfresh() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            _ = await cli.run("status")
            for days in [0.5, 1, 2, 5, 40] {
                var later = cli.context()
                later.clock = { CLIHarness.now.addingTimeInterval(days * 86_400) }
                cli.output.clear()
                #expect(StatusShortcut.run(["status", "--json"], context: later) == 0, "\(days) days later")
                let fast = cli.output.text
                let full = await cli.run(["status", "--json"], context: later)
                #expect(fast == full.output, "\(days) days later")
                _ = await cli.run("status") // the summary as of now again
            }
            var earlier = cli.context()
            earlier.clock = { CLIHarness.now.addingTimeInterval(-4 * 86_400) }
            Self.expectDeclines(cli, context: earlier)
        }
    }

    @Test func onlyPlainStatusArgumentsAreTaken() {
        #expect(StatusShortcut.line(from: ["status"]) != nil)
        let line = StatusShortcut.line(from: ["status", "--format={a}", "--idle-format", "{b}", "--json", "-q"])
        #expect(line?.format == "{a}" && line?.idleFormat == "{b}" && line?.json == true)
        for arguments: [String] in [
            [], ["ls"], ["status", "--refresh"], ["status", "--demo"], ["status", "--help"], ["status", "-h"],
            ["status", "--format"], ["status", "--format", "-"], ["status", "--format="], ["status", "--format", "a", "--format", "b"],
            ["status", "-q", "--quiet"], ["status", "--json=yes"], ["status", "--"], ["status", "extra"], ["status", "-qj"],
            ["--json", "status"], ["status", "--demo-data", "/tmp"],
        ] {
            #expect(StatusShortcut.line(from: arguments) == nil, "\(arguments)")
        }
    }
}
