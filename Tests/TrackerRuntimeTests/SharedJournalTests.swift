import Foundation
import Synchronization
import Testing
import TogglModels
import TogglSandbox
import TrackerCore
import TrackerStore
@testable import TrackerRuntime

/// The app and command-line runs share one journal: what one writes shows in the other, and
/// writes either leaves unsent are sent (once) by the other.
@Suite(.serialized) struct SharedJournalTests {
    /// A second process's outbox on the harness's journal (a command-line run), and its answers.
    final class OtherProcess: Sendable {
        final class Answers: Sendable {
            let list = Mutex<[AppMessage]>([])
        }

        let outbox: Outbox
        let answers = Answers()

        init(_ harness: SandboxHarness) {
            let journal = Journal(path: harness.folder.appendingPathComponent("journal.jsonl").path)
            let answers = self.answers
            outbox = Outbox(api: harness.api, journal: journal, now: { SandboxHarness.now }, pause: SandboxHarness.untilRetried,
                            post: { messages in answers.list.withLock { $0 += messages } })
        }

        /// Opens the journal, journals `effect` and tries to send it, like one command-line run.
        func run(_ effects: AppEffect...) async throws {
            try outbox.open()
            outbox.enqueue(effects)
            await outbox.waitUntilIdle()
        }
    }

    static func start(_ text: String, in workspace: Int64, localID: Int64 = -900_000) -> AppEffect {
        .startEntry(localID: localID, workspaceID: workspace,
                    TimeEntryPayload(workspaceID: workspace, start: SandboxHarness.now, duration: -1, description: .set(text)))
    }

    @Test func aTimerStartedFromTheCommandLineShowsInTheAppWithoutARequest() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        let workspace = try #require(harness.driver.state.workspaceID)
        let demoRunning = try #require(harness.driver.state.runningEntry)
        let cli = OtherProcess(harness)
        try await cli.run(Self.start("From the shell", in: workspace))
        harness.sandbox.clearRequestLog()

        #expect(harness.driver.outbox?.follow() == true)
        await harness.driver.settle()
        let running = try #require(harness.driver.state.runningEntry)
        #expect(running.description == "From the shell")
        #expect(running.id > 0)
        #expect(harness.sandbox.world.timeEntries[running.id] != nil)
        #expect(harness.driver.state.catalog.entries[demoRunning.id]?.isRunning == false)
        #expect(harness.driver.state.pendingWrites.isEmpty)
        #expect(harness.requests.isEmpty)
        // Nothing new: one stat, nothing read.
        #expect(harness.driver.outbox?.follow() == false)
        await harness.stop()
    }

    @Test func aWriteTheCommandLineLeftUnsentIsSentByTheAppOnce() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let workspace = try #require(harness.driver.state.workspaceID)
        harness.sandbox.faults.isDown = true
        let cli = OtherProcess(harness)
        try await cli.run(Self.start("Queued in the shell", in: workspace))
        #expect(cli.outbox.unsentCount == 1)

        #expect(harness.driver.outbox?.follow() == true)
        await harness.driver.settle()
        #expect(harness.driver.state.runningEntry?.description == "Queued in the shell")
        #expect(harness.driver.state.runningEntry?.id == -900_000)

        harness.sandbox.faults.isDown = false
        harness.driver.outbox?.retryNow()
        await harness.driver.settle()
        let running = try #require(harness.driver.state.runningEntry)
        #expect(running.id > 0)
        #expect(harness.sandbox.world.timeEntries.all.filter { $0.description == "Queued in the shell" }.count == 1)
        #expect(harness.driver.state.pendingWrites.isEmpty)
        await harness.stop()
    }

    @Test func theAppsWritesSentByAnotherProcessAreAnsweredInTheApp() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        harness.sandbox.faults.isDown = true
        await harness.press(.character("s"))
        await harness.type("Started offline")
        await harness.press(.ctrl("s"))
        let local = try #require(harness.driver.state.runningEntry)
        #expect(local.id < 0)

        // Back online, a command-line run sends everything the journal holds, then compacts it.
        harness.sandbox.faults.isDown = false
        let cli = OtherProcess(harness)
        try await cli.run()
        #expect(cli.outbox.unsentCount == 0)
        #expect(harness.sandbox.world.timeEntries.all.filter { $0.description == "Started offline" }.count == 1)

        #expect(harness.driver.outbox?.follow() == true)
        await harness.driver.settle()
        let running = try #require(harness.driver.state.runningEntry)
        #expect(running.description == "Started offline")
        #expect(running.id > 0)
        #expect(harness.driver.state.pendingWrites.isEmpty)
        #expect(harness.driver.outbox?.unsentCount == 0)
        await harness.stop()
    }

    @Test func anEntryAKilledRunMayHaveCreatedAndTheUserDeletedIsDeletedOnToggl() async throws {
        let harness = try await SandboxHarness.start()
        await harness.launch()
        let workspace = try #require(harness.driver.state.workspaceID)
        // A run journaled a create and sent it — Toggl made the entry — but was killed before
        // journaling the answer; later the entry was deleted while offline.
        let payload = TimeEntryPayload(workspaceID: workspace, start: SandboxHarness.now, duration: 600, description: .set("Half sent"))
        let made = try await harness.api.timeEntries.create(in: workspace, payload)
        let journal = Journal(path: harness.folder.appendingPathComponent("journal.jsonl").path)
        _ = try journal.append(.createEntry(workspaceID: workspace, localID: -900_001, payload: payload), at: SandboxHarness.now)
        _ = try journal.append(.deleteEntry(workspaceID: workspace, id: -900_001), at: SandboxHarness.now)
        harness.sandbox.clearRequestLog()

        #expect(harness.driver.outbox?.follow() == true)
        await harness.driver.settle()
        // The create and delete cancel out, but Toggl's entry is found and deleted too.
        #expect(harness.sandbox.world.timeEntries[made.id]?.deletedAt != nil)
        #expect(harness.requests.map { $0.components(separatedBy: "?")[0] } == [
            "GET /api/v9/me/time_entries", "DELETE /api/v9/workspaces/\(workspace)/time_entries/\(made.id)",
        ])
        #expect(harness.driver.outbox?.unsentCount == 0)
        #expect(harness.driver.state.catalog.entries[-900_001] == nil)
        await harness.stop()
    }

    @Test func aCreateLeftUnsentWhoseRetryTimesOutIsLookedUpAfreshNotSentTwice() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let workspace = try #require(harness.driver.state.workspaceID)
        let payload = TimeEntryPayload(workspaceID: workspace, start: SandboxHarness.now, duration: 600, description: .set("Left unsent"))
        let journal = Journal(path: harness.folder.appendingPathComponent("journal.jsonl").path)
        _ = try journal.append(.createEntry(workspaceID: workspace, localID: -900_002, payload: payload), at: SandboxHarness.now)
        harness.sandbox.faults = SandboxFaults(commitThenTimeout: 1, withholdSeconds: 0)
        harness.sandbox.clearRequestLog()

        harness.driver.outbox?.follow()
        await harness.driver.settle()
        // Looked up (not there), sent (made, answer lost), looked up again with a new read: found.
        #expect(harness.requests.map { $0.components(separatedBy: "?")[0] } == [
            "GET /api/v9/me/time_entries", "POST /api/v9/workspaces/\(workspace)/time_entries", "GET /api/v9/me/time_entries",
        ])
        #expect(harness.sandbox.world.timeEntries.all.filter { $0.description == "Left unsent" && $0.deletedAt == nil }.count == 1)
        #expect(harness.driver.outbox?.unsentCount == 0)
        await harness.stop()
    }

    @Test func aWriteByAnotherProcessIsFollowedEvenWhenTheAppsOwnAppendReadItFirst() async throws {
        let harness = try await SandboxHarness.start(timeoutSeconds: 30)
        await harness.launch()
        let workspace = try #require(harness.driver.state.workspaceID)
        harness.sandbox.faults.isDown = true
        let cli = OtherProcess(harness)
        try await cli.run(Self.start("From the shell", in: workspace))
        // The app journals (here a status, as its sender does) before it looks: the append
        // reads the shell's record and numbers its own after it.
        harness.driver.outbox?.settle(.discarded(sequence: 0))
        #expect(harness.driver.outbox?.follow() == true)
        await harness.driver.settle()
        #expect(harness.driver.state.catalog.entries.values.contains { $0.description == "From the shell" })
        await harness.stop()
    }
}
