import Foundation
import Testing
import TogglModels
import TogglAPI
import TogglSandbox
@testable import TrackerCore
import TrackerStore
@testable import TrackerCLI
@testable import TrackerStatus

/// `status` from the status card (``StatusShortcut``, what the launcher and the program run
/// before anything else) says exactly what the full path says, over several store and journal
/// states; and when the card is missing, damaged, of another version or older than the files
/// it was made from, it says nothing and the full path answers.
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
        let code = shortcut(arguments, context ?? cli.context())
        #expect(code == 0, "the shortcut did not answer \(arguments)", sourceLocation: sourceLocation)
        #expect(cli.output.text == full.output, "\(arguments)", sourceLocation: sourceLocation)
    }

    /// Runs the shortcut as the launcher does, with `context`'s cache folder, environment, clock
    /// and output.
    static func shortcut(_ arguments: [String], _ context: CLIContext) -> Int32? {
        StatusShortcut.run(arguments, cacheDirectory: context.cacheDirectory, stateDirectory: context.stateDirectory,
                           environment: context.configPaths.environment,
                           now: context.clock(), write: { context.output.deliver($0) })
    }

    /// Where the harness's status card is.
    static func cardPath(_ cli: CLIHarness) -> String {
        StatusCard.path(cacheDirectory: cli.cacheDirectory)
    }

    /// The shortcut declines (writes nothing) for `arguments`.
    static func expectDeclines(_ cli: CLIHarness, _ arguments: [String] = ["status"], context: CLIContext? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        cli.output.clear()
        #expect(shortcut(arguments, context ?? cli.context()) == nil, sourceLocation: sourceLocation)
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

    @Test func aDamagedOrOldCardIsNotUsed() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            await Self.expectSameAnswer(cli, ["status"])
            let path = Self.cardPath(cli)
            let good = try Data(contentsOf: URL(fileURLWithPath: path))
            let card = try JSONDecoder().decode(StatusCard.self, from: good)
            var oldVersion = card
            oldVersion.version = 0
            var otherFormat = card
            otherFormat.format = "toggl-tui.catalog"
            var absurd = card
            absurd.summary.savedAt = Date(timeIntervalSinceReferenceDate: 1e300)
            var notRunning = card
            notRunning.summary.running?.entry.duration = 60
            var otherInputs = card
            otherInputs.inputs.environmentDigest = SHA256.hexDigest("another token")
            var zoneEnded = card
            zoneEnded.zone.until = CLIHarness.now
            var oddHours = card
            oddHours.settings.workHours.windows = [WorkHours.Window(weekday: 9, startMinute: -5, endMinute: 1 << 40)]
            var negativeGoal = card
            negativeGoal.settings.goals = [Goal(scope: .all, period: .day, seconds: -1)]
            // A card cannot choose what it is checked against: no files, or another user's.
            var noFiles = card
            noFiles.inputs = StatusInputs.take(environment: cli.context().configPaths.environment, paths: [])
            var otherUser = card
            otherUser.userID += 1
            let damaged: [Data] = [
                Data(), Data("{".utf8), Data("null".utf8), good.prefix(good.count / 2), Data(repeating: 0x20, count: StatusCard.byteLimit + 1),
                try JSONEncoder().encode(oldVersion), try JSONEncoder().encode(otherFormat), try JSONEncoder().encode(absurd),
                try JSONEncoder().encode(notRunning), try JSONEncoder().encode(otherInputs), try JSONEncoder().encode(zoneEnded),
                try JSONEncoder().encode(oddHours), try JSONEncoder().encode(negativeGoal), try JSONEncoder().encode(noFiles),
                try JSONEncoder().encode(otherUser),
            ]
            for data in damaged {
                try data.write(to: URL(fileURLWithPath: path))
                Self.expectDeclines(cli)
                // The full path says what it always says, and leaves a good card again.
                await Self.expectSameAnswer(cli, ["status"])
            }
        }
    }

    @Test func laterDaysReadTheSameBothWaysAndAClockSetBackIsGatheredAfresh() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            _ = await cli.run("status")
            for days in [0.5, 1, 2, 5, 30] {
                var later = cli.context()
                later.clock = { CLIHarness.now.addingTimeInterval(days * 86_400) }
                cli.output.clear()
                #expect(Self.shortcut(["status", "--json"], later) == 0, "\(days) days later")
                let fast = cli.output.text
                let full = await cli.run(["status", "--json"], context: later)
                #expect(fast == full.output, "\(days) days later")
                _ = await cli.run("status") // the summary as of now again
            }
            var earlier = cli.context()
            // Before the nine days a summary covers.
            earlier.clock = { CLIHarness.now.addingTimeInterval(-10 * 86_400) }
            Self.expectDeclines(cli, context: earlier)
            // Past the stretch the card's zone offset was checked for.
            var muchLater = cli.context()
            muchLater.clock = { CLIHarness.now.addingTimeInterval(ZoneOffsets.reach) }
            Self.expectDeclines(cli, context: muchLater)
        }
    }

    /// A seeded fuzzer over the card's values (its inputs kept, so the file is read): huge,
    /// negative, fractional and absurd numbers, strings with controls, nulls and wrong types.
    /// Nothing traps; what the shortcut prints carries no terminal control.
    @Test func mutatedCardsNeverTrapOrPrintControls() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            let journal = cli.layout.makeJournal()
            let write = try journal.append(.updateEntry(workspaceID: StatusCommandTests.workspace, id: 3, payload: TimeEntryPayload(projectID: .set(99))),
                                           at: Self.now)
            try journal.append(.failed(sequence: write.sequence, message: "refused", statusCode: 400), at: Self.now)
            _ = await cli.run("status")
            let path = Self.cardPath(cli)
            let good = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
            let hostile: [Any] = [
                NSNull(), 1e300, -1e300, 9_223_372_036_854_775_807, -9_223_372_036_854_775_808, 0.5, -1, 0, "",
                "\u{1B}]0;PWNED\u{07}\u{1B}[2J", "\u{202E}evil\u{0085}", [1, 2], ["a": 1], true, String(repeating: "x", count: 5_000),
            ]
            var random = SplitMix64(seed: 0x5747_4154_5553)
            var answered = 0
            for round in 0..<150 {
                var mutated = good
                var log: [String] = []
                for _ in 0..<(1 + Int(random.next() % 3)) {
                    // Odd rounds put hostile strings only where strings are, so more files are read through.
                    let choices = round % 2 == 0 ? hostile : hostile.filter { $0 is String }
                    mutated = Self.mutate(mutated, random: &random, hostile: choices, stringsOnly: round % 2 == 1, log: &log) as? [String: Any] ?? mutated
                }
                let data = try JSONSerialization.data(withJSONObject: mutated)
                try data.write(to: URL(fileURLWithPath: path))
                cli.output.clear()
                let code = Self.shortcut(round % 2 == 0 ? ["status"] : ["status", "--format", Self.everyField], cli.context())
                #expect(code == nil || code == 0)
                if code == 0 { answered += 1 }
                #expect(!HostileAccount.isDangerous(cli.output.text),
                        "seed 0x574741545553 round \(round): \(log) printed \(cli.output.text.debugDescription)")
            }
            #expect(answered >= 30, "only \(answered) of 150 mutated cards were read through")
        }
    }

    /// `value` with one leaf (outside `inputs`) replaced by a hostile one (`stringsOnly`: only a
    /// string leaf, else nothing changes).
    static func mutate(_ value: Any, random: inout SplitMix64, hostile: [Any], stringsOnly: Bool, log: inout [String]) -> Any {
        if var object = value as? [String: Any] {
            let keys = object.keys.filter { $0 != "inputs" }.sorted()
            guard !keys.isEmpty else { return value }
            let key = keys[Int(random.next() % UInt64(keys.count))]
            log.append(key)
            object[key] = mutate(object[key] ?? NSNull(), random: &random, hostile: hostile, stringsOnly: stringsOnly, log: &log)
            return object
        }
        if var array = value as? [Any], !array.isEmpty, random.next() % 4 != 0 {
            let index = Int(random.next() % UInt64(array.count))
            log.append("[\(index)]")
            array[index] = mutate(array[index], random: &random, hostile: hostile, stringsOnly: stringsOnly, log: &log)
            return array
        }
        if stringsOnly, !(value is String) { return value }
        let replacement = hostile[Int(random.next() % UInt64(hostile.count))]
        log.append("→ \(String(describing: replacement).prefix(40))")
        return replacement
    }

    @Test func aChangedConfigTokenZoneOrTogglrcIsGatheredAfresh() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            await Self.expectSameAnswer(cli, ["status"])
            // The config file appears (it may set the zone, goals, work hours…).
            let context = cli.context()
            try FileManager.default.createDirectory(atPath: context.configPaths.configDirectory, withIntermediateDirectories: true)
            try Data("[options]\n".utf8).write(to: URL(fileURLWithPath: context.configPaths.configFile))
            Self.expectDeclines(cli)
            await Self.expectSameAnswer(cli, ["status"])
            // Another token in the environment: another account, perhaps.
            var otherToken = context
            otherToken.configPaths = ConfigPaths(environment: context.configPaths.environment.merging(["TOGGL_API_TOKEN": "another"]) { $1 })
            Self.expectDeclines(cli, context: otherToken)
            // Another zone for the system.
            var otherZone = context
            otherZone.configPaths = ConfigPaths(environment: context.configPaths.environment.merging(["TZ": "Asia/Tokyo"]) { $1 })
            Self.expectDeclines(cli, context: otherZone)
            // toggl-cli's file appears (it may hold the token).
            try Data("[auth]\n".utf8).write(to: URL(fileURLWithPath: try #require(context.configPaths.togglrcCandidates.last)))
            Self.expectDeclines(cli)
        }
    }

    @Test func aZoneWithSummerTimeReadsTheSameBothWaysAwayFromItsChanges() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            var berlin = Self.goalContext(cli)
            berlin.timeZoneOverride = Zone(identifier: "Europe/Berlin")
            for arguments in Self.variants + [["status", "--format", Self.goalFields]] {
                await Self.expectSameAnswer(cli, arguments, context: berlin)
            }
            // As if the zone had changed its offset yesterday: the week goal's days reach across it.
            let path = Self.cardPath(cli)
            var card = try JSONDecoder().decode(StatusCard.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            card.zone.from = CLIHarness.now.addingTimeInterval(-86_400)
            card.save(path: path)
            Self.expectDeclines(cli, context: berlin)
            // Without a week goal only yesterday and today count: still inside.
            var dayGoalOnly = berlin
            dayGoalOnly.settings.goals.removeAll { $0.period == .week }
            await Self.expectSameAnswer(cli, ["status"], context: dayGoalOnly)
            card = try JSONDecoder().decode(StatusCard.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            card.zone.from = CLIHarness.now.addingTimeInterval(-86_400)
            card.save(path: path)
            #expect(Self.shortcut(["status"], dayGoalOnly) == nil, "the running timer's start (40 min ago) and yesterday's work hours reach across")
            card.zone.from = CLIHarness.now.addingTimeInterval(-3 * 86_400)
            card.save(path: path)
            #expect(Self.shortcut(["status"], dayGoalOnly) == 0)
        }
    }

    @Test func aLastStopThatLeavesTheNineDaysReadsTheSameBothWays() async throws {
        try await withCLI { cli in
            let layout = cli.layout
            try layout.createDirectories()
            try layout.accounts.remember(Secret(DemoAccount.apiToken), userID: layout.userID, now: Self.now)
            try layout.catalog.save(CatalogSnapshot(profile: Me(id: layout.userID, timezone: "UTC", defaultWorkspaceID: StatusCommandTests.workspace)),
                                    now: Self.now)
            // Nothing tracked since an entry that ended eight and a half days ago.
            let ended = Self.now.addingTimeInterval(-8.5 * 86_400)
            try layout.recentEntries.save(EntriesSnapshot(entries: [
                TimeEntry(id: 1, workspaceID: StatusCommandTests.workspace, start: ended.addingTimeInterval(-3600), stop: ended, duration: 3600),
            ]), now: Self.now)
            await Self.expectSameAnswer(cli, ["status", "--json"])
            // A day and ten hours on (Tuesday 20:00, outside work hours), that stop has left the
            // nine days a summary holds: a fresh one would not know it, and neither may the card.
            var later = cli.context()
            later.clock = { Self.now.addingTimeInterval(34 * 3600) }
            cli.output.clear()
            #expect(Self.shortcut(["status", "--json"], later) == 0)
            let fast = cli.output.text
            let full = await cli.run(["status", "--json"], context: later)
            #expect(fast == full.output)
            #expect(!full.output.contains("untracked_seconds"), "\(full.output)")
        }
    }

    @Test func aCardThatIsNoRegularFileIsNotReadAndNothingHangs() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            await Self.expectSameAnswer(cli, ["status"])
            let path = Self.cardPath(cli)
            // A FIFO would block a plain open; /dev/zero never ends; a folder is no file.
            for make in [{ mkfifo(path, 0o600) == 0 }, { symlink("/dev/zero", path) == 0 }, { mkdir(path, 0o700) == 0 }] {
                unlink(path)
                rmdir(path)
                #expect(make())
                Self.expectDeclines(cli)
            }
            rmdir(path)
        }
    }

    @Test func aConfigSavedWhileStatusRanIsAChangeToTheNextOne() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            var context = cli.context()
            // The launcher stamps the config-side files before it reads them (no config yet)…
            context.inputsAtLaunch = StatusInputs.take(environment: context.configPaths.environment,
                                                       paths: StatusInputs.launchPaths(context.configPaths))
            // …the user saves one while the command runs, after the settings were read…
            try FileManager.default.createDirectory(atPath: context.configPaths.configDirectory, withIntermediateDirectories: true)
            try Data("[goals]\nday = 6h\n".utf8).write(to: URL(fileURLWithPath: context.configPaths.configFile))
            _ = await cli.run(["status"], context: context)
            // …so the card made with the old settings does not answer for the new config.
            Self.expectDeclines(cli, context: context)
            // Stamped as they are (a run that started after the save), it answers.
            context.inputsAtLaunch = nil
            await Self.expectSameAnswer(cli, ["status"], context: context)
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

/// A fixed-seed generator for the fuzzer (SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension StatusShortcutTests {
    /// `[goals] day = 8h, week = 40h` and the default work hours, at Monday 10:00 UTC with the
    /// store of ``StatusCommandTests/prepareStore(_:running:)``: today 1 h + 30 min (+ 40 min running).
    static func goalContext(_ cli: CLIHarness) -> CLIContext {
        var context = cli.context()
        context.settings.goals = [Goal(scope: .all, period: .day, seconds: 8 * 3600), Goal(scope: .all, period: .week, seconds: 40 * 3600)]
        return context
    }

    static let goalFields = "{goal_left}|{goal_week_left}|{untracked}|{reminder}"

    @Test func goalAndReminderPlaceholdersReadTheSameBothWays() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli)
            let context = Self.goalContext(cli)
            // Running: 2 h 10 min today and this week (Sunday's hour was last week); nothing untracked.
            let running = await cli.run(["status", "--format", Self.goalFields], context: context)
            #expect(running.output == "5h 50m|37h 50m||\n", "\(running)")
            await Self.expectSameAnswer(cli, ["status", "--format", Self.goalFields], context: context)
            await Self.expectSameAnswer(cli, ["status", "--json"], context: context)
            let json = await cli.run(["status", "--json"], context: context)
            #expect(json.output.contains("\"goal_left_seconds\" : 21000") && json.output.contains("\"goal_week_left_seconds\" : 136200"), "\(json)")
        }
    }

    @Test func untrackedAndTheReminderInWorkHoursWhileIdle() async throws {
        try await withCLI { cli in
            try StatusCommandTests.prepareStore(cli, running: false)
            let context = Self.goalContext(cli)
            // Idle since 08:30; work began at 09:00: an hour untracked, past remind_after (15 min).
            let idle = await cli.run(["status", "--idle-format", Self.goalFields], context: context)
            #expect(idle.output == "6h 30m|38h 30m|1h 00m|Not tracking for 1h 00m.\n", "\(idle)")
            await Self.expectSameAnswer(cli, ["status", "--idle-format", Self.goalFields], context: context)
            var off = context
            off.settings.workHours = .off
            off.settings.goals = []
            let quiet = await cli.run(["status", "--idle-format", Self.goalFields], context: off)
            #expect(quiet.output == "||1h 30m|\n", "no goals, no work hours: \(quiet)")
        }
    }
}
