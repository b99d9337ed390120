import Foundation
import Testing
import TogglModels
import TogglSandbox
import TrackerStore
@testable import TrackerCLI

/// `status` reads the local store only: zero requests, also with the network down.
@Suite(.serialized)
struct StatusCommandTests {
    static let now = CLIHarness.now
    static let workspace: Int64 = 7
    static let project = Project(id: 70, workspaceID: workspace, clientID: 700, name: "Website Redesign")

    /// A store written with the TrackerStore API: a profile, one project and client, two
    /// finished entries today, one yesterday and one running since 9:20; saved 5 minutes ago.
    static func prepareStore(_ cli: CLIHarness, running: Bool = true) throws {
        let layout = cli.layout
        try layout.createDirectories()
        try layout.accounts.remember(Secret(DemoAccount.apiToken), userID: layout.userID, now: now)
        let saved = now.addingTimeInterval(-300)
        let catalog = CatalogSnapshot(
            profile: Me(id: layout.userID, timezone: "UTC", defaultWorkspaceID: workspace),
            workspaces: [], clients: [Client(id: 700, workspaceID: workspace, name: "Acme Corp")], projects: [project])
        try layout.catalog.save(catalog, now: saved)
        let hour: TimeInterval = 3600
        var entries = [
            TimeEntry(id: 1, workspaceID: workspace, start: now.addingTimeInterval(-26 * hour), stop: now.addingTimeInterval(-25 * hour),
                      duration: 3600, description: "Yesterday"),
            TimeEntry(id: 2, workspaceID: workspace, projectID: 70, start: now.addingTimeInterval(-3 * hour),
                      stop: now.addingTimeInterval(-2 * hour), duration: 3600, description: "Morning"),
            TimeEntry(id: 3, workspaceID: workspace, start: now.addingTimeInterval(-2 * hour),
                      stop: now.addingTimeInterval(-1.5 * hour), duration: 1800, description: "Call"),
        ]
        if running {
            entries.append(TimeEntry(id: 4, workspaceID: workspace, projectID: 70, start: now.addingTimeInterval(-40 * 60),
                                     duration: -1, description: "Fix login redirect bug", tags: ["bug"]))
        }
        try layout.recentEntries.save(EntriesSnapshot(entries: entries), now: saved)
    }

    @Test func statusReadsTheStoreWithZeroRequestsEvenWithTheNetworkDown() async throws {
        try await withCLI { cli in
            try Self.prepareStore(cli)
            var faults = SandboxFaults()
            faults.isDown = true
            cli.sandbox.faults = faults
            let result = await cli.run("status")
            #expect(result == .init(
                code: 0, output: "▶ Fix login redirect bug · Website Redesign · 0:40:00 · today 2h 10m · data 5m old\n",
                errors: "", requests: []))
            await cli.server.stopListening()
            let offline = await cli.run("status", "--format", "{description} ({project_client}) {elapsed_short} [{state}]")
            #expect(offline.output == "Fix login redirect bug (Website Redesign (Acme Corp)) 40m [running]\n")
            #expect(offline.requests.isEmpty)
        }
    }

    @Test func statusMentionsChangesTogglRefused() async throws {
        try await withCLI { cli in
            try Self.prepareStore(cli)
            let journal = cli.layout.makeJournal()
            let write = try journal.append(.updateEntry(workspaceID: Self.workspace, id: 3, payload: TimeEntryPayload(projectID: .set(99))),
                                           at: Self.now)
            try journal.append(.failed(sequence: write.sequence, message: "Project not found", statusCode: 400), at: Self.now)
            let result = await cli.run("status")
            #expect(result.output == """
                ▶ Fix login redirect bug · Website Redesign · 0:40:00 · today 2h 10m · data 5m old
                1 change refused by Toggl: Project not found — open toggl-tui to fix or discard

                """)
            #expect(result.requests.isEmpty)
        }
    }

    @Test func idleStatusAndJSON() async throws {
        try await withCLI { cli in
            try Self.prepareStore(cli, running: false)
            let idle = await cli.run("status")
            #expect(idle == .init(code: 0, output: "■ idle · today 1h 30m · data 5m old\n", errors: "", requests: []))
            let custom = await cli.run("status", "--format", "{elapsed}", "--idle-format", "-")
            #expect(custom.output == "-\n")
            let json = await cli.run("status", "--json")
            #expect(json.output == """
                {
                  "data_age_seconds" : 300,
                  "data_saved_at" : "2026-11-23T09:55:00Z",
                  "reminder" : "Not tracking for 1h 00m.",
                  "today_seconds" : 5400,
                  "untracked_seconds" : 3600
                }

                """)
            #expect(json.requests.isEmpty)
        }
    }

    @Test func noStoreSaysSoAndRefreshFetchesOnceAndSaves() async throws {
        try await withCLI { cli in
            let none = await cli.run("status")
            #expect(none == .init(
                code: 5, output: "",
                errors: "toggl-tui: No local data yet: open toggl-tui once, or run `toggl-tui status --refresh` (one request).\n",
                requests: []))
            let refreshed = await cli.run("status", "--refresh")
            #expect(refreshed == .init(
                code: 0, output: "▶ Fix login redirect bug · Mobile App v2 · 0:40:00 · today 2h 28m · data fresh\n",
                errors: "", requests: ["GET /api/v9/me"]))
            #expect(cli.layout.recentEntries.load().payload?.entries.isEmpty == false)
            let cached = await cli.run("status")
            #expect(cached.requests.isEmpty)
            #expect(cached.output == refreshed.output)
        }
    }

    @Test func writesFromTheCommandLineShowInStatus() async throws {
        try await withCLI { cli in
            _ = await cli.run("status", "--refresh")
            _ = await cli.run("start", "Write", "docs", "-p", "toggl-tui")
            let afterStart = await cli.run("status", "--format", "{description} · {project} · {elapsed}")
            #expect(afterStart.output == "Write docs · toggl-tui · 0:00:00\n")
            #expect(afterStart.requests.isEmpty)
            _ = await cli.run("stop")
            let afterStop = await cli.run("status", "--format", "{state}")
            #expect(afterStop.output == "idle\n")
        }
    }

    @Test func aStartOfflineIsQueuedShownAndSentByTheNextRun() async throws {
        try await withCLI { cli in
            _ = await cli.run("status", "--refresh")
            let before = cli.sandbox.world.timeEntries.all.count
            await cli.server.stopListening()
            let queued = await cli.run("start", "On", "the", "train")
            #expect(queued.code == 7)
            #expect(queued.output.hasPrefix("Started \"On the train\""), "\(queued)")
            #expect(queued.errors.hasPrefix("toggl-tui: saved here, not yet sent: "), "\(queued)")
            let shown = await cli.run("status", "--format", "{description} [{state}]")
            #expect(shown.output == "On the train [running]\n")
            try await cli.server.resumeListening()
            // status makes no request, even with Toggl back and a write waiting.
            let quiet = await cli.run("status", "--format", "{state}")
            #expect(quiet.output == "running\n" && quiet.requests.isEmpty, "\(quiet)")
            // The next run sends the queued start first, then stops it.
            let stopped = await cli.run("stop")
            #expect(stopped.code == 0, "\(stopped)")
            #expect(stopped.errors == "toggl-tui: sent 2 changes made offline\n") // the demo timer's stop and the start
            let created = cli.sandbox.world.timeEntries.all.dropFirst(before)
            #expect(created.map(\.description) == ["On the train"])
            #expect(created.allSatisfy { !$0.isRunning })
            let after = await cli.run("status", "--format", "{state}")
            #expect(after.output == "idle\n")
        }
    }
}
