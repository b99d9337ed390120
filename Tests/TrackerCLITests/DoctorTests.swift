import Foundation
import Testing
import TogglAPI
import TogglModels
import TogglSandbox
import TrackerStore
@testable import TrackerCLI

/// `doctor` against the sandbox: a checklist from the store, journal and terminal with no
/// request (also offline), failing on damage and refused writes; and `--live`, whose probe spends
/// an exact list of requests and reports each Toggl behaviour as holding or differing.
@Suite(.serialized)
struct DoctorTests {
    static let now = CLIHarness.now

    /// A terminal the UI can use: xterm-256color, UTF-8, 120×40.
    static let goodTerminal = TerminalFacts(
        term: "xterm-256color", inputIsTerminal: true, outputIsTerminal: true, errorIsTerminal: true, columns: 120, rows: 40,
        localeVariable: "LANG", localeValue: "C.UTF-8", colorTerm: "truecolor",
        terminfo: TerminfoEntry(path: "/usr/share/terminfo/x/xterm-256color", hasCursorAddressing: true, colors: 256))

    static func context(_ cli: CLIHarness, terminal: TerminalFacts = goodTerminal, answer: Bool = false) -> CLIContext {
        var context = cli.context(answer: answer)
        context.terminal = terminal
        return context
    }

    /// The output with the harness's temporary folder written as `<tmp>`.
    static func text(_ result: CLIHarness.Result, _ cli: CLIHarness) -> String {
        result.output.replacingOccurrences(of: cli.folder.path, with: "<tmp>")
    }

    /// A store as one command's bootstrap leaves it (one request), plus the quota the UI last saw.
    static func prepareStore(_ cli: CLIHarness) async throws {
        let listed = await cli.run("ls", "--today", context: context(cli))
        #expect(listed.code == 0 && listed.requests == ["GET /api/v9/me"], "\(listed)")
        var sync = cli.layout.sync.load(now: now).payload ?? SyncState()
        sync.quota = [
            .init(quota: Quota(remaining: 27, resetsInSecs: 2_400, total: 30), observedAt: now.addingTimeInterval(-120)),
            .init(quota: Quota(organizationID: 9, remaining: 0, resetsInSecs: 60, total: 30), observedAt: now.addingTimeInterval(-600)),
        ]
        try cli.layout.sync.save(sync, now: now)
    }

    static let healthyOutput = """
        toggl-tui doctor: what works here (no request made; --live probes Toggl)

        Config and token
          ✓ token           API token from the caller (not shown)
          · config file     <tmp>/config/toggl-tui/config (none)
          · Toggl API       TRACK
          · settings        time zone UTC (config tz); cli_max_age 10 min

        Local store and journal
          ✓ accounts        this token is Toggl user 3700000001 here (<tmp>/state/accounts.json)
          ✓ catalog         2 workspaces, 6 clients, 25 projects, 12 tags
          ✓ entries         51 recent entries, 0 older months kept
          · cache           <tmp>/cache/users/3700000001: 3 files, 46 KB
          ✓ journal         <tmp>/state/users/3700000001/journal.jsonl: none yet, nothing unsent

        Last sync and quota
          ✓ last sync       just now (2026-11-23T10:00:00Z); reads answer from this machine (fresh)
          ✓ quota           user (/me): 27 of 30 left, resets in 38m (seen 2m ago)
          ✓ quota           organization 9: 0 of 30 left when seen 10m ago; reset since

        Terminal
          ✓ TERM            xterm-256color (terminfo /usr/share/terminfo/x/xterm-256color)
          ✓ terminal UI     can start here
          ✓ locale          UTF-8 (LANG=C.UTF-8)
          · colours         on: terminfo says 256 colours, COLORTERM=truecolor (NO_COLOR or --no-color turns them off)
          ✓ size            120×40

        Everything holds.

        """

    /// One checklist line as `doctor` prints it: the mark, the name in 16 columns, the text.
    static func line(_ mark: String, _ name: String, _ text: String) -> String {
        "  \(mark) " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + text
    }

    @Test func healthyStoreHoldsWithNoRequest() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            let result = await cli.run("doctor", context: Self.context(cli))
            let track = cli.api.configuration.trackURL.absoluteString
            #expect(result.code == 0, "\(result)")
            #expect(Self.text(result, cli).replacingOccurrences(of: track, with: "TRACK") == Self.healthyOutput)
            #expect(result.errors.isEmpty && result.requests.isEmpty, "\(result)")
        }
    }

    @Test func offlineDoctorSaysTheSameWithNoRequest() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            let online = await cli.run("doctor", context: Self.context(cli))
            await cli.server.stopListening()
            let offline = await cli.run("doctor", context: Self.context(cli))
            #expect(offline == online, "\(offline)")
            #expect(offline.code == 0 && offline.requests.isEmpty)
            // --live cannot probe: exit 8, nothing changed.
            let live = await cli.run("doctor", "--live", "--yes", context: Self.context(cli))
            #expect(live.code == CLIExitCode.offline.rawValue, "\(live)")
            #expect(live.output.contains(Self.line("✗", "stopped", "no answer from Toggl: Could not connect to Toggl (connection refused).")), "\(live)")
            #expect(live.output.contains(Self.line("·", "token", "not checked: the token works (GET /me) — not reached")), "\(live)")
            #expect(live.errors == "toggl-tui: doctor --live: no answer from Toggl: Could not connect to Toggl (connection refused).\n", "\(live)")
        }
    }

    @Test func damagedStoreFileFailsOnceThenShowsAsSetAside() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            try Data("{\"format\":\"toggl-tui.catalog\",\"payload\":{\"workspaces\":[".utf8).write(to: URL(fileURLWithPath: cli.layout.catalog.path))
            let damaged = await cli.run("doctor", context: Self.context(cli))
            #expect(damaged.code == CLIExitCode.checkFailed.rawValue, "\(damaged)")
            let line = Self.text(damaged, cli).split(separator: "\n").first { $0.contains("catalog") }.map(String.init) ?? ""
            #expect(line.hasPrefix(Self.line("✗", "catalog", "The cached workspaces, projects and tags could not be used: it is damaged or cut short")), "\(line)")
            #expect(line.hasSuffix("It was set aside as catalog.json.corrupt-20261123T100000Z and will be rebuilt."), "\(line)")
            #expect(damaged.output.hasSuffix("\n1 check failed (✗).\n"), "\(damaged)")
            #expect(damaged.errors == "toggl-tui: doctor: 1 check failed.\n")
            #expect(damaged.requests.isEmpty)
            // Set aside, the file is a warning from now on: the app rebuilds the catalog.
            let after = await cli.run("doctor", context: Self.context(cli))
            #expect(after.code == 0, "\(after)")
            let text = Self.text(after, cli)
            #expect(text.contains(Self.line("!", "catalog", "none yet: the next sync fetches it\n")), "\(text)")
            #expect(text.contains(Self.line("!", "set aside", "1 damaged or old file set aside earlier (the app rebuilt them): ")
                + "<tmp>/cache/users/3700000001/catalog.json.corrupt-20261123T100000Z — delete once not needed\n"), "\(text)")
        }
    }

    @Test func unsentAndRefusedWritesInTheJournal() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            let journal = cli.layout.makeJournal()
            let refused = try journal.append(.updateEntry(workspaceID: 1, id: 3, payload: TimeEntryPayload(projectID: .set(99))), at: Self.now)
            try journal.append(.failed(sequence: refused.sequence, message: "Project not found", statusCode: 400), at: Self.now)
            try journal.append(.deleteEntry(workspaceID: 1, id: 4), at: Self.now)
            let result = await cli.run("doctor", context: Self.context(cli))
            #expect(result.code == CLIExitCode.checkFailed.rawValue, "\(result)")
            let text = Self.text(result, cli)
            #expect(text.contains(Self.line("!", "journal", "<tmp>/state/users/3700000001/journal.jsonl: ")), "\(text)")
            #expect(text.contains(", 1 change not yet sent (the next run of toggl-tui sends it)\n"), "\(text)")
            #expect(text.contains(Self.line("✗", "refused", "1 change refused by Toggl: Project not found — open toggl-tui to fix or discard\n")), "\(text)")
            #expect(result.requests.isEmpty, "doctor sends nothing first: \(result.requests)")
            #expect(result.output.hasSuffix("1 check failed (✗), 1 warning.\n"), "\(result)")
        }
    }

    @Test func jsonListsEveryCheckAndNeverTheToken() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            let result = await cli.run("doctor", "--json", context: Self.context(cli))
            #expect(result.code == 0, "\(result)")
            struct Report: Decodable {
                struct Check: Decodable { var section, name, status, text: String }
                var checks: [Check]
                var failed: Int
                var warnings: Int
            }
            let report = try JSONDecoder().decode(Report.self, from: Data(result.output.utf8))
            #expect(report.failed == 0 && report.warnings == 0)
            #expect(Set(report.checks.map(\.section)) == ["config", "store", "sync", "terminal"])
            #expect(report.checks.first { $0.name == "token" }?.status == "ok")
            let live = await cli.run("doctor", "--json", "--live", "--yes", context: Self.context(cli))
            for output in [result.output, result.errors, live.output, live.errors, Self.text(await cli.run("doctor", context: Self.context(cli)), cli)] {
                #expect(!output.contains(DemoAccount.apiToken))
                #expect(!output.contains(String(DemoAccount.apiToken.prefix(8))))
            }
        }
    }

    @Test func missingTokenAndBrokenConfigFail() async throws {
        try await withCLI { cli in
            var context = Self.context(cli)
            context.api = nil
            context.token = nil
            let result = await cli.run("doctor", context: context)
            #expect(result.code == CLIExitCode.checkFailed.rawValue, "\(result)")
            let text = Self.text(result, cli)
            #expect(text.contains(Self.line("✗", "token", "no Toggl API token found (looked in TOGGL_API_TOKEN, <tmp>/config/toggl-tui/config, ")), "\(text)")
            #expect(text.contains(Self.line("·", "store", "none: the local store is kept per API token\n")), "\(text)")
            context.configProblem = "<tmp>/config/toggl-tui/config:3: a line that is neither a [section] nor key = value"
            let broken = await cli.run("doctor", context: context)
            #expect(broken.code == CLIExitCode.checkFailed.rawValue)
            #expect(Self.text(broken, cli).contains(Self.line("✗", "config", "<tmp>/config/toggl-tui/config:3: a line that is neither a [section] "
                + "nor key = value — every other command stops here until it is fixed\n")), "\(broken)")
            #expect(Self.text(broken, cli).contains(Self.line("·", "token", "not looked for: the config problem above comes first\n")), "\(broken)")
            // The live probe needs credentials.
            let live = await cli.run("doctor", "--live", "--yes", context: context)
            #expect(live.code == CLIExitCode.auth.rawValue && live.requests.isEmpty, "\(live)")
        }
    }

    @Test func credentialSourcesNameTheKeyNotTheToken() {
        #expect(DoctorInspection.place(.environment(variables: ["TOGGL_API_TOKEN"]), key: "api_token") == "the environment (TOGGL_API_TOKEN)")
        #expect(DoctorInspection.place(.configFile(path: "/home/u/.config/toggl-tui/config"), key: "api_token")
            == "/home/u/.config/toggl-tui/config ([auth] api_token)")
        #expect(DoctorInspection.place(.togglrc(path: "/home/u/.togglrc"), key: "api_token") == "/home/u/.togglrc (toggl-cli's file, [auth] api_token)")
    }

    @Test func terminalTheUICannotUse() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            var dumb = Self.goodTerminal
            dumb.term = "dumb"
            dumb.terminfo = TerminfoEntry(path: "/lib/terminfo/d/dumb", hasCursorAddressing: false, colors: nil)
            dumb.noColor = "1"
            let result = await cli.run("doctor", context: Self.context(cli, terminal: dumb))
            #expect(result.code == CLIExitCode.checkFailed.rawValue, "\(result)")
            #expect(result.output.contains([
                Self.line("·", "TERM", "dumb (terminfo /lib/terminfo/d/dumb, no cursor addressing)"),
                Self.line("✗", "terminal UI", "this terminal (TERM=dumb) cannot move the cursor, so the terminal UI cannot draw here; "
                    + "the command line works: toggl-tui status, toggl-tui ls --today (toggl-tui --help lists all)."),
                Self.line("✓", "locale", "UTF-8 (LANG=C.UTF-8)"),
                Self.line("·", "colours", "off: NO_COLOR is set (bold, underline and reverse only)"),
            ].joined(separator: "\n")), "\(result)")
            // No terminal at all (cron, a pipe): a warning, and words instead of marks without UTF-8.
            var pipe = TerminalFacts(term: nil, localeVariable: "LANG", localeValue: "C")
            pipe.errorIsTerminal = false
            let piped = await cli.run("doctor", context: Self.context(cli, terminal: pipe))
            #expect(piped.code == 0, "\(piped)")
            #expect(piped.output.hasSuffix([
                "Terminal",
                Self.line("    ", "TERM", "unset"),
                Self.line("warn", "terminal UI", "TERM is not set, so the terminal UI cannot draw here (set it, e.g. TERM=xterm-256color); "
                    + "the command line works: toggl-tui status, toggl-tui ls --today (toggl-tui --help lists all)."),
                Self.line("warn", "locale", "not UTF-8 (LANG=C): the UI switches to C.UTF-8 itself, but ✓ ▶ · in commands' output may show wrongly; "
                    + "set LANG=C.UTF-8"),
                Self.line("    ", "colours", "on: as curses finds them (NO_COLOR or --no-color turns them off)"),
                Self.line("    ", "size", "unknown (no terminal)"),
                "",
                "Nothing broken; 2 warnings (!) worth knowing.",
                "",
            ].joined(separator: "\n")), "\(piped)")
        }
    }

    // MARK: --live

    /// What the probe asks of Toggl, in order: `/me`, what runs, start A, start B, what changed,
    /// delete B, resume A, delete A, what changed (deleted rows), resume the user's timer.
    static let probeRequests = [
        "GET /api/v9/me", "GET /api/v9/me/time_entries/current",
        "POST /api/v9/workspaces/3700000004/time_entries", "POST /api/v9/workspaces/3700000004/time_entries",
        "GET /api/v9/me/time_entries", "DELETE /api/v9/workspaces/3700000004/time_entries/B",
        "PUT /api/v9/workspaces/3700000004/time_entries/A", "DELETE /api/v9/workspaces/3700000004/time_entries/A",
        "GET /api/v9/me/time_entries", "PUT /api/v9/workspaces/3700000004/time_entries/RUNNING",
    ]

    /// Runs `doctor --live --yes` and checks the requests, the entries left on Toggl (none of the
    /// probe's; the user's timer running as before) and each behaviour's verdict.
    /// When `resume` differs, the user's timer cannot be resumed either: it stays stopped, said as a failure.
    func probe(_ cli: CLIHarness, differing: Set<String> = []) async throws -> CLIHarness.Result {
        let before = cli.sandbox.world
        let running = try #require(before.timeEntries.all.first { $0.deletedAt == nil && $0.isRunning })
        let result = await cli.run("doctor", "--live", "--yes", context: Self.context(cli))
        let created = cli.sandbox.world.timeEntries.all.filter { before.timeEntries[$0.id] == nil }.map(\.id).sorted()
        #expect(created.count == 2, "\(result)")
        let named = Self.probeRequests.map {
            $0.replacingOccurrences(of: "/A", with: "/\(created.first ?? 0)").replacingOccurrences(of: "/B", with: "/\(created.last ?? 0)")
                .replacingOccurrences(of: "RUNNING", with: "\(running.id)")
        }
        #expect(result.requests == named, "\(result)")
        #expect(result.requests.count <= DoctorProbe.maximumRequests)
        let after = cli.sandbox.world
        #expect(created.allSatisfy { after.timeEntries[$0]?.deletedAt != nil }, "the probe's entries are deleted")
        let resumed = try #require(after.timeEntries[running.id])
        let probeLines = result.output.components(separatedBy: "Toggl (live probe)\n").last?.split(separator: "\n") ?? []
        let timerLine = probeLines.first { $0.contains(" your timer ") } ?? ""
        if differing.contains("resume") {
            #expect(!resumed.isRunning && resumed.start == running.start, "the user's timer stays stopped: \(resumed)")
            #expect(timerLine == Self.line("✗", "your timer", "entry \(running.id), running before the probe, was stopped by it and could not be "
                + "resumed: toggl-tui continue \(running.id) starts it again"), "\(result)")
        } else {
            #expect(resumed.isRunning && resumed.start == running.start, "the user's timer runs on: \(resumed)")
            #expect(timerLine == Self.line("✓", "your timer", "entry \(running.id), running before the probe, was stopped by its first start "
                + "and resumed (same entry, same start)"), "\(result)")
        }
        for key in ["token", "start", "start stops", "running", "resume", "since deleted"] {
            let verdict = differing.contains(key) ? "✗" : "✓"
            let line = probeLines.first { $0.hasPrefix("  ✓ \(key) ") || $0.hasPrefix("  ✗ \(key) ") } ?? ""
            #expect(line.hasPrefix(Self.line(verdict, key, "")), "\(key): \(line)")
            #expect(line.contains(differing.contains(key) ? " differs: " : " holds: "), "\(key): \(line)")
        }
        return result
    }

    @Test func liveProbeAgainstTheSandboxHolds() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            let result = try await probe(cli)
            #expect(result.code == 0, "\(result)")
            #expect(result.output.hasPrefix("toggl-tui doctor: what works here (10 requests made)\n"), "\(result)")
            #expect(result.output.contains("holds: a running entry reads with stop null and a negative duration — stop null, "
                + "duration -1795427971 (-start epoch - 1)"), "\(result)")
            #expect(result.output.hasSuffix("Everything holds.\n"), "\(result)")
        }
    }

    @Test(arguments: [
        ("start stops", SandboxQuirks(startKeepsRunningTimer: true)),
        ("resume", SandboxQuirks(resumeByPutIgnored: true)),
        ("since deleted", SandboxQuirks(sinceOmitsDeleted: true)),
        ("running", SandboxQuirks(runningDurationNotNegative: true)),
    ])
    func liveProbeReportsABehaviourThatDiffers(key: String, quirks: SandboxQuirks) async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            cli.sandbox.settings.quirks = quirks
            let result = try await probe(cli, differing: [key])
            #expect(result.code == CLIExitCode.checkFailed.rawValue, "\(result)")
            let failed = key == "resume" ? "2 checks" : "1 check"
            #expect(result.errors == "toggl-tui: doctor: \(failed) failed.\n", "\(result)")
        }
    }

    @Test func liveProbeSeesWhatDiffers() async throws {
        try await withCLI { cli in
            try await Self.prepareStore(cli)
            cli.sandbox.settings.quirks = SandboxQuirks(resumeByPutIgnored: true, sinceOmitsDeleted: true)
            let result = try await probe(cli, differing: ["resume", "since deleted"])
            let lines = result.output.split(separator: "\n")
            let resume = lines.first { $0.hasPrefix("  ✗ resume") } ?? ""
            #expect(resume.contains("differs: PUT duration -1, stop null resumes a stopped entry (undo of a stop) — entry "), "\(resume)")
            #expect(resume.contains(": stop 2026-11-23T10:00:00Z, duration 60, start kept"), "\(resume)")
            let since = lines.first { $0.hasPrefix("  ✗ since deleted") } ?? ""
            #expect(since.hasSuffix("differs: since lists deleted entries with server_deleted_at — 0 of 2 deleted timers listed, 0 with server_deleted_at"),
                    "\(since)")
        }
    }

    @Test func liveProbeWithARefusedTokenStopsAfterOneRequest() async throws {
        try await withCLI { cli in
            var context = Self.context(cli)
            context.api = TogglAPIClient(configuration: APIConfiguration(
                credentials: .apiToken("not-a-token"), trackURL: cli.api.configuration.trackURL, timeoutSeconds: 30, retryPolicy: .never))
            let result = await cli.run("doctor", "--live", "--yes", context: context)
            #expect(result.code == CLIExitCode.auth.rawValue, "\(result)")
            #expect(result.requests == ["GET /api/v9/me"], "\(result)")
            #expect(result.output.contains(Self.line("✗", "token", "differs: the token works (GET /me) — Toggl refused it: ")), "\(result)")
            #expect(!result.output.contains("not-a-token") && !result.errors.contains("not-a-token"))
        }
    }

    @Test func liveProbeAsksFirstAndRefusesWithoutAnAnswer() async throws {
        try await withCLI { cli in
            let refused = await cli.run("doctor", "--live", context: Self.context(cli, answer: false))
            #expect(refused.code == CLIExitCode.usage.rawValue, "\(refused)")
            #expect(refused.errors == "toggl-tui: doctor --live was not confirmed; no request was made (add --yes to skip the question, e.g. in scripts).\n")
            #expect(refused.output.isEmpty && refused.requests.isEmpty)
            let confirmed = await cli.run("doctor", "--live", context: Self.context(cli, answer: true))
            #expect(confirmed.requests.count == DoctorProbe.maximumRequests, "\(confirmed)")
        }
    }
}

