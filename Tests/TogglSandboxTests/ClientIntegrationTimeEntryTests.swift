import Foundation
import Testing
import TogglAPI
import TogglModels
@testable import TogglSandbox

/// `TogglAPIClient.timeEntries` against a real sandbox server: the timer, reads, writes, bulk
/// edits, and the 409 and 402 answers.
@Suite(.serialized) struct ClientIntegrationTimeEntryTests {
    /// A project of the Northwind workspace by name.
    private func project(_ name: String, _ h: IntegrationHarness) throws -> ProjectRecord {
        try #require(h.sandbox.world.projects.all.first { $0.workspaceID == h.northwind && $0.name == name })
    }

    @Test func startStopAndCurrentRunTheTimer() async throws {
        try await withHarness { h in
            let api = h.client()
            let demoRunning = try #require(try await api.timeEntries.current())
            #expect(demoRunning.isRunning)

            let website = try project("Website Redesign", h)
            let started = try await api.timeEntries.start(
                in: h.northwind, description: "Integration timer ☕ 会议", projectID: website.id, tags: ["review", "brand-new"])
            #expect(started.isRunning)
            #expect(started.start == IntegrationHarness.now)
            #expect(started.description == "Integration timer ☕ 会议")
            #expect(started.projectID == website.id)
            #expect(Set(started.tags) == ["review", "brand-new"])

            let record = try #require(h.sandbox.world.timeEntries[started.id])
            #expect(record.isRunning)
            #expect(record.createdWith == TogglTUIVersion.createdWith)
            #expect(record.createdWith.hasPrefix("toggl-tui/"))
            // Starting stopped the demo's running entry, and created the unknown tag.
            #expect(h.sandbox.world.timeEntries[demoRunning.id]?.isRunning == false)
            #expect(h.sandbox.world.tags.all.contains { $0.name == "brand-new" && $0.workspaceID == h.northwind })
            #expect(try await api.timeEntries.current()?.id == started.id)

            h.sandbox.advanceClock(by: 25 * 60)
            let stopped = try await api.timeEntries.stop(started.id, in: h.northwind)
            let entry = try #require(stopped.entry)
            #expect(entry.duration == 25 * 60)
            #expect(entry.stop == IntegrationHarness.now.addingTimeInterval(25 * 60))
            #expect(h.sandbox.world.timeEntries[started.id]?.duration == 25 * 60)

            // Stopping again is Toggl's 409, which the client turns into a result.
            #expect(try await api.timeEntries.stop(started.id, in: h.northwind) == .alreadyStopped)
            #expect(h.sandbox.requestLog.last?.status == 409)
            #expect(try await api.timeEntries.current() == nil)
            // Stopping an unknown entry is still an error.
            let unknown = await apiError { try await api.timeEntries.stop(42, in: h.northwind) }
            #expect(unknown == .notFound(message: "Time entry not found"))
        }
    }

    @Test func continueStartsACopyOfAStoppedEntry() async throws {
        try await withHarness { h in
            let api = h.client()
            let website = try project("Website Redesign", h)
            let task = try #require(h.sandbox.world.tasks.all.first { $0.projectID == website.id })
            let original = try await api.timeEntries.create(in: h.northwind, TimeEntryPayload(
                start: IntegrationHarness.now.addingTimeInterval(-7200), duration: 1800,
                description: .set("Pricing page"), projectID: .set(website.id), taskID: .set(task.id),
                tags: ["planning"], billable: true))
            #expect(!original.isRunning)
            #expect(original.billable)

            h.sandbox.advanceClock(by: 60)
            let resumed = try await api.timeEntries.continue(original)
            #expect(resumed.id != original.id)
            #expect(resumed.isRunning)
            #expect(resumed.start == IntegrationHarness.now.addingTimeInterval(60))
            #expect(resumed.description == "Pricing page")
            #expect(resumed.projectID == website.id)
            #expect(resumed.taskID == task.id)
            #expect(resumed.tags == ["planning"])
            #expect(resumed.billable)
            #expect(h.sandbox.world.runningEntry(of: h.userID)?.id == resumed.id)
        }
    }

    @Test func createGetUpdateListAndDelete() async throws {
        try await withHarness { h in
            let api = h.client()
            let start = IntegrationHarness.now.addingTimeInterval(-3 * 3600)
            let created = try await api.timeEntries.create(in: h.northwind, TimeEntryPayload(
                start: start, duration: 3600, description: .set("Quarterly numbers")))
            #expect(created.start == start)
            #expect(created.stop == start.addingTimeInterval(3600))
            #expect(h.sandbox.world.timeEntries[created.id]?.description == "Quarterly numbers")

            let audit = try project("Quarterly Audit", h)
            let updated = try await api.timeEntries.update(created.id, in: h.northwind, TimeEntryPayload(
                description: .set("Quarterly numbers, reviewed"), projectID: .set(audit.id), tags: ["review"]))
            #expect(updated.description == "Quarterly numbers, reviewed")
            #expect(updated.projectID == audit.id)
            #expect(updated.tags == ["review"])

            let fetched = try #require(try await api.timeEntries.get(created.id, meta: true))
            #expect(fetched.projectName == "Quarterly Audit")
            #expect(fetched.clientName == "Stark Industries")
            #expect(try await api.timeEntries.get(created.id)?.projectName == nil)

            let recent = try await api.timeEntries.list()
            #expect(recent.contains { $0.id == created.id })
            #expect(recent.map(\.start) == recent.map(\.start).sorted(by: >))
            let window = try await api.timeEntries.list(
                startDate: start.addingTimeInterval(-60), endDate: start.addingTimeInterval(60))
            #expect(window.map(\.id) == [created.id])
            let before = try await api.timeEntries.list(before: start.addingTimeInterval(1), meta: true)
            #expect(before.first?.id == created.id)
            #expect(before.first?.projectName == "Quarterly Audit")
            #expect(try await api.timeEntries.list(includeSharing: true).count == recent.count)

            h.sandbox.advanceClock(by: 60)
            let since = h.sandbox.now()
            try await api.timeEntries.delete(created.id, in: h.northwind)
            #expect(h.sandbox.world.timeEntries[created.id]?.deletedAt != nil)
            #expect(try await api.timeEntries.get(created.id) == nil)
            #expect(try await api.timeEntries.get(42) == nil)
            #expect(try await !api.timeEntries.list().contains { $0.id == created.id })
            // `since` lists the deletion.
            let changed = try await api.timeEntries.list(since: since)
            #expect(changed.map(\.id) == [created.id])
            #expect(changed.first?.isDeleted == true)
            // Deleting twice is a 404.
            let again = await apiError { try await api.timeEntries.delete(created.id, in: h.northwind) }
            #expect(again?.status == 404)
            // Toggl's 400 for a start that is too old arrives with its message.
            let tooOld = await apiError {
                try await api.timeEntries.list(startDate: IntegrationHarness.now.addingTimeInterval(-200 * 86_400),
                                               endDate: IntegrationHarness.now)
            }
            #expect(tooOld == .badRequest(message: "start_date must not be earlier than 2026-08-23"))
        }
    }

    @Test func bulkEditSplitsIntoBatchesOfAHundred() async throws {
        try await withHarness { h in
            let api = h.client()
            var ids: [Int64] = []
            h.sandbox.updateWorld { world in
                for index in 0..<105 {
                    let start = IntegrationHarness.now.addingTimeInterval(-Double(index + 1) * 600)
                    let id = world.makeID()
                    ids.append(id)
                    world.timeEntries.upsert(TimeEntryRecord(
                        id: id, workspaceID: h.northwind, userID: h.userID, start: start,
                        stop: start.addingTimeInterval(300), duration: 300, description: "bulk \(index)",
                        createdWith: "seed", at: start))
                }
            }
            let result = try await api.timeEntries.bulkEdit(
                ids + [42], in: h.northwind, operations: [.replace("/description", with: .string("Bulk edited"))])
            #expect(result.success == ids)
            #expect(result.failure.map(\.id) == [42])
            // 106 ids: one request of 100 and one of 6.
            let patches = h.sandbox.requestLog.filter { $0.method == "PATCH" }
            #expect(patches.map { $0.path.split(separator: "/").last?.split(separator: ",").count } == [100, 6])
            #expect(ids.allSatisfy { h.sandbox.world.timeEntries[$0]?.description == "Bulk edited" })
        }
    }

    @Test func billableOnTheFreeWorkspaceIsPremiumRequired() async throws {
        try await withHarness { h in
            let api = h.client()
            let error = await apiError {
                try await api.timeEntries.start(in: h.personal, description: "Side reading", billable: true)
            }
            #expect(error == .premiumRequired(message: "Workspace needs to have this feature enabled"))
            // Nothing changed: the demo's timer still runs, no entry was added.
            #expect(h.sandbox.world.timeEntries.all.filter { $0.description == "Side reading" }.isEmpty)
            let current = try await api.timeEntries.current()
            #expect(current?.workspaceID == h.northwind)
            let unbilled = try await api.timeEntries.start(in: h.personal, description: "Side reading")
            #expect(!unbilled.billable)
        }
    }
}
