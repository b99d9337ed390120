import Foundation
import Testing
import TogglModels
@testable import TogglSandbox

@Suite struct TimeEntryListTests {
    @Test func sinceIncludesDeletedRowsAndPlainListsDoNot() throws {
        var h = EntryHarness()
        let kept = h.addEntry(start: h.ago(3 * 3600), duration: 1800, at: h.ago(3600))
        let old = h.addEntry(start: h.ago(5 * 3600), duration: 600, at: h.ago(5 * 3600))
        let doomed = h.addEntry(start: h.ago(2 * 3600), duration: 900, at: h.ago(2 * 3600))
        #expect(h.send("DELETE", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(doomed)").status == 200)

        let since = Int(h.ago(4 * 3600).timeIntervalSince1970)
        let reply = h.send("GET", "/me/time_entries", query: [("since", "\(since)")])
        #expect(reply.status == 200)
        let entries = try reply.decode([TimeEntry].self)
        #expect(Set(entries.map(\.id)) == [kept, doomed])
        let deleted = try #require(entries.first { $0.id == doomed })
        #expect(deleted.serverDeletedAt == h.now)
        #expect(deleted.at == h.now)
        #expect(entries.first { $0.id == kept }?.serverDeletedAt == nil)
        #expect(reply.json.jsonItems.allSatisfy { $0[json: "server_deleted_at"] != nil })

        let plain = try h.send("GET", "/me/time_entries").decode([TimeEntry].self)
        #expect(Set(plain.map(\.id)) == [kept, old])
    }

    @Test func sinceAndBeforeTogetherIs400() {
        var h = EntryHarness()
        let reply = h.send("GET", "/me/time_entries", query: [("before", "2024-12-16T03:25:20+01:00"), ("since", "1734305120")])
        #expect(reply.status == 400)
        #expect(reply.message == "'since' and 'before' can not be present simultaneously")
    }

    @Test func startDateOlderThanThreeMonthsIs400WithTheDate() {
        var h = EntryHarness()
        let reply = h.send("GET", "/me/time_entries", query: [("start_date", "1984-03-10"), ("end_date", "1984-03-12")])
        #expect(reply.status == 400)
        #expect(reply.message == "start_date must not be earlier than 2024-09-16")
        // The bound itself is fine.
        #expect(h.send("GET", "/me/time_entries", query: [("start_date", "2024-09-16"), ("end_date", "2024-09-17")]).status == 200)
    }

    @Test func startAndEndDateGoTogether() {
        var h = EntryHarness()
        let reply = h.send("GET", "/me/time_entries", query: [("start_date", "2024-12-10")])
        #expect(reply.status == 400)
        #expect(reply.message == "start_date and end_date must be used together")
        #expect(h.send("GET", "/me/time_entries", query: [("before", "yesterday")]).status == 400)
    }

    @Test func newestFirstWithinTheDefaultWindowAndDateRanges() throws {
        var h = EntryHarness()
        let a = h.addEntry(start: h.ago(86_400 * 2), duration: 600)
        let b = h.addEntry(start: h.ago(3600), duration: 600)
        let c = h.addEntry(start: h.ago(86_400), duration: 600)
        let ancient = h.addEntry(start: h.ago(86_400 * 12), duration: 600)
        _ = h.addEntry(start: h.ago(1800), duration: 600, userID: h.otherUserID)

        let plain = try h.send("GET", "/me/time_entries").decode([TimeEntry].self)
        #expect(plain.map(\.id) == [b, c, a])

        // Date-only values are midnight UTC; end_date is exclusive.
        let ranged = try h.send("GET", "/me/time_entries", query: [("start_date", "2024-12-04"), ("end_date", "2024-12-16")])
            .decode([TimeEntry].self)
        #expect(ranged.map(\.id) == [c, a, ancient])

        let before = try h.send("GET", "/me/time_entries", query: [("before", "2024-12-15T00:00:00+00:00")])
            .decode([TimeEntry].self)
        #expect(before.map(\.id) == [a, ancient])
    }

    @Test func listsAreCappedAtOneThousandRows() throws {
        var h = EntryHarness()
        var newest: Int64 = 0
        for minute in 0..<1100 {
            newest = h.addEntry(start: h.ago(TimeInterval(86_400 * 3 - minute * 60)), duration: 30)
        }
        let entries = try h.send("GET", "/me/time_entries", query: [("start_date", "2024-12-01"), ("end_date", "2024-12-17")])
            .decode([TimeEntry].self)
        #expect(entries.count == 1000)
        #expect(entries.first?.id == newest)
    }

    @Test func readsSpellTimesWithOffsetAndAtWithZ() {
        var h = EntryHarness()
        _ = h.addEntry(start: TogglTimestamp.parse("2024-12-16T10:00:00Z")!, duration: 3600,
                       at: TogglTimestamp.parse("2024-12-16T11:00:00.25Z")!)
        let row = h.send("GET", "/me/time_entries").json.jsonItems.first
        #expect(row?[json: "start"]?.jsonString == "2024-12-16T10:00:00+00:00")
        #expect(row?[json: "stop"]?.jsonString == "2024-12-16T11:00:00+00:00")
        #expect(row?[json: "at"]?.jsonString == "2024-12-16T11:00:00.250000Z")
    }

    @Test func metaAddsProjectClientTaskAndUserFields() throws {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(3600), duration: 600, projectID: h.projectID, taskID: h.taskID)
        let entry = try h.send("GET", "/me/time_entries/\(id)", query: [("meta", "true")]).decode(TimeEntry.self)
        #expect(entry.clientID == h.clientID)
        #expect(entry.clientName == "Acme Corp")
        #expect(entry.projectName == "Website Redesign")
        #expect(entry.projectColor == "#06a893")
        #expect(entry.projectActive == true)
        #expect(entry.projectBillable == true)
        #expect(entry.taskName == "Wireframes")
        #expect(entry.userName == "Alex Demo")
        #expect(entry.userAvatarURL == "")
        let plain = h.send("GET", "/me/time_entries/\(id)")
        #expect(plain[json: "project_name"] == nil)
        #expect(plain[json: "pid"]?.jsonInt == h.projectID)
        #expect(plain[json: "tid"]?.jsonInt == h.taskID)
    }

    @Test func byIDIs404ForUnknownDeletedOrForeignEntries() {
        var h = EntryHarness()
        let foreign = h.addEntry(start: h.ago(3600), duration: 60, userID: h.otherUserID)
        for id in [Int64(42), foreign] {
            let reply = h.send("GET", "/me/time_entries/\(id)")
            #expect(reply.status == 404)
            #expect(reply.message == "Time entry not found")
        }
    }

    @Test func perWorkspaceListingDoesNotExist() {
        var h = EntryHarness()
        let reply = h.send("GET", "/workspaces/\(h.starterWorkspaceID)/time_entries")
        #expect(reply.status == 405)
        #expect(reply.response.body.isEmpty)
    }
}

@Suite struct CurrentTimeEntryTests {
    @Test func nothingRunningIs200Null() {
        var h = EntryHarness()
        _ = h.addEntry(start: h.ago(3600), duration: 60)
        let reply = h.send("GET", "/me/time_entries/current")
        #expect(reply.status == 200)
        #expect(reply.text == "null")
    }

    @Test func runningEntryReportsMinusStartEpochMinusOne() throws {
        var h = EntryHarness()
        let start = h.ago(1234)
        let id = h.addEntry(start: start, duration: -1)
        let reply = h.send("GET", "/me/time_entries/current")
        #expect(reply.status == 200)
        let entry = try reply.decode(TimeEntry.self)
        #expect(entry.id == id)
        #expect(entry.stop == nil)
        #expect(entry.duration == -Int(start.timeIntervalSince1970) - 1)
        #expect(reply[json: "stop"] == .null)
    }

    @Test func runningDurationStyleIsSwitchable() throws {
        var h = EntryHarness()
        h.router = SandboxRouter(routes: SandboxRoutes.timeEntries(runningDurationStyle: .minusOne))
        _ = h.addEntry(start: h.ago(600), duration: -1_700_000_000)
        #expect(try h.send("GET", "/me/time_entries/current").decode(TimeEntry.self).duration == -1)
        h.router = SandboxRouter(routes: SandboxRoutes.timeEntries(runningDurationStyle: .asCreated))
        #expect(try h.send("GET", "/me/time_entries/current").decode(TimeEntry.self).duration == -1_700_000_000)
    }
}

@Suite struct CreateTimeEntryTests {
    private func post(_ h: inout EntryHarness, _ json: String, workspace: Int64? = nil) -> EntryHarness.Reply {
        h.send("POST", "/workspaces/\(workspace ?? h.starterWorkspaceID)/time_entries", json: json)
    }

    @Test func startingATimerStopsTheRunningOneAtRequestTime() throws {
        var h = EntryHarness()
        let previous = h.addEntry(start: h.ago(7200), duration: -1)
        let newStart = "2024-12-16T15:00:00.837112+01:00" // 14:00Z, half an hour before the request
        let reply = post(&h, #"{"created_with":"tests","description":"Hello Toggl","duration":-1,"start":"\#(newStart)","workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(reply.status == 200)

        let stopped = try #require(h.world.timeEntries[previous])
        #expect(stopped.stop == h.now)
        #expect(stopped.duration == 7200)
        #expect(stopped.at == h.now)

        // The echo: duration as sent, start normalised to whole-second UTC with Z, tag lists null.
        #expect(reply[json: "duration"]?.jsonInt == -1)
        #expect(reply[json: "start"]?.jsonString == "2024-12-16T14:00:00Z")
        #expect(reply[json: "stop"] == .null)
        #expect(reply[json: "tags"] == .null)
        #expect(reply[json: "tag_ids"] == .null)
        #expect(reply[json: "duronly"] == .bool(true))
        #expect(reply[json: "wid"]?.jsonInt == h.starterWorkspaceID)
        #expect(reply[json: "uid"]?.jsonInt == h.userID)
        #expect(reply[json: "pid"] == nil)

        // Later reads: −(start epoch) − 1.
        let current = try h.send("GET", "/me/time_entries/current").decode(TimeEntry.self)
        #expect(current.id == reply[json: "id"]?.jsonInt)
        #expect(current.duration == -Int(TogglTimestamp.parse("2024-12-16T14:00:00Z")!.timeIntervalSince1970) - 1)
        #expect(h.world.timeEntries.filter { $0.isRunning }.count == 1)
    }

    @Test func noDurationIsAZeroLengthStoppedEntry() throws {
        var h = EntryHarness()
        let reply = post(&h, #"{"created_with":"tests","description":"Hello Toggl","start":"2024-12-16T02:29:40.335227+01:00","workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(reply.status == 200)
        #expect(reply[json: "duration"]?.jsonInt == 0)
        #expect(reply[json: "stop"] == .null) // as recorded; stored as stop == start
        let id = try #require(reply[json: "id"]?.jsonInt)
        let stored = try #require(h.world.timeEntries[id])
        #expect(stored.stop == stored.start)
        #expect(!stored.isRunning)
        #expect(h.send("GET", "/me/time_entries/\(id)")[json: "stop"]?.jsonString == "2024-12-16T01:29:40+00:00")
        #expect(h.send("GET", "/me/time_entries/current").text == "null")
    }

    @Test func fixedDurationComputesStopAndStopComputesDuration() throws {
        var h = EntryHarness()
        let fixed = post(&h, #"{"created_with":"t","duration":3600,"start":"2024-12-16T03:18:20.257412+01:00","workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(fixed[json: "stop"]?.jsonString == "2024-12-16T03:18:20Z")
        #expect(fixed[json: "description"] == .null)
        let byStop = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","stop":"2024-12-16T08:45:00Z","workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(byStop[json: "duration"]?.jsonInt == 2700)
        let both = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","stop":"2024-12-16T08:45:00Z","duration":60,"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(both.status == 400)
        #expect(both.message == "stop and duration do not match")
        let agreeing = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","stop":"2024-12-16T08:45:00Z","duration":2700,"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(agreeing.status == 200)
    }

    @Test func startIsRequiredAndItsYearMustBeIn2006Through2030() {
        var h = EntryHarness()
        let missing = post(&h, #"{"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(missing.status == 400)
        #expect(missing.message == "start is required for time entry creation")
        let old = post(&h, #"{"created_with":"API example code","description":"Hello Toggl","tags":[],"billable":false,"workspace_id":\#(h.starterWorkspaceID),"start":"1984-06-08T11:02:53.000Z"}"#)
        #expect(old.status == 400)
        #expect(old.message == "Start time year must be between 2006 and 2030")
        let future = post(&h, #"{"created_with":"t","start":"2031-01-01T00:00:00Z","workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(future.message == "Start time year must be between 2006 and 2030")
        let docs = post(&h, #"{"created_with":"API example code","description":"Hello Toggl","tags":[],"billable":false,"workspace_id":\#(h.starterWorkspaceID),"start":"2016-06-08T11:02:53.000Z"}"#)
        #expect(docs.status == 200)
        #expect(docs[json: "tags"] == .array([]))
        #expect(docs[json: "tag_ids"] == .null)
        #expect(h.world.timeEntries.count == 1)
    }

    @Test func bodyWorkspaceMustMatchThePathAndTheWorkspaceMustBeAccessible() {
        var h = EntryHarness()
        let mismatch = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","workspace_id":\#(h.freeWorkspaceID)}"#)
        #expect(mismatch.status == 400)
        #expect(mismatch.message == "workspace_id in the body must match the workspace in the path")
        let foreign = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","workspace_id":999}"#, workspace: 999)
        #expect(foreign.status == 403)
        let garbage = post(&h, "{not json")
        #expect(garbage.status == 400)
    }

    @Test func tagNamesAreCreatedAndTagIDsMustExist() throws {
        var h = EntryHarness()
        let tagCount = h.world.tags.count
        let reply = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","duration":60,"tags":["meeting","Café ☕"],"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(reply.status == 200)
        let entry = try reply.decode(TimeEntry.self)
        #expect(entry.tags == ["meeting", "Café ☕"])
        #expect(h.world.tags.count == tagCount + 1)
        let created = try #require(h.world.tags.all.first { $0.name == "Café ☕" })
        #expect(created.workspaceID == h.starterWorkspaceID)
        #expect(entry.tagIDs == [h.meetingTagID, created.id])

        let unknown = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","tag_ids":[12345],"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(unknown.status == 400)
        #expect(unknown.message == "Tag with ID 12345 not found in workspace \(h.starterWorkspaceID)")
        let byID = try post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","tag_ids":[\#(h.bugTagID)],"workspace_id":\#(h.starterWorkspaceID)}"#)
            .decode(TimeEntry.self)
        #expect(byID.tags == ["bug"])
    }

    @Test func billableNeedsAPaidPlan() {
        var h = EntryHarness()
        let free = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","billable":true,"workspace_id":\#(h.freeWorkspaceID)}"#,
                        workspace: h.freeWorkspaceID)
        #expect(free.status == 402)
        #expect(free.message == "Workspace needs to have this feature enabled")
        let paid = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","billable":true,"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(paid.status == 200)
        #expect(paid[json: "billable"] == .bool(true))
    }

    @Test func projectAndTaskMustExistInTheWorkspace() throws {
        var h = EntryHarness()
        let foreignProject = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","project_id":\#(h.freeProjectID),"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(foreignProject.status == 400)
        #expect(foreignProject.message == "Project not found in workspace \(h.starterWorkspaceID)")
        let badTask = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","task_id":7,"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(badTask.status == 400)
        let wrongPair = post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","project_id":\#(h.plainProjectID),"task_id":\#(h.taskID),"workspace_id":\#(h.starterWorkspaceID)}"#)
        #expect(wrongPair.status == 400)
        // A task alone brings its project.
        let entry = try post(&h, #"{"created_with":"t","start":"2024-12-16T08:00:00Z","task_id":\#(h.taskID),"workspace_id":\#(h.starterWorkspaceID)}"#)
            .decode(TimeEntry.self)
        #expect(entry.projectID == h.projectID)
        #expect(entry.taskID == h.taskID)
    }

    @Test func emptyCreatedWithIsAcceptedAndStoredWithAllFieldsNull() throws {
        var h = EntryHarness()
        let body = #"{"billable":false,"created_with":"","description":"Hello Toggl","duration":-1,"duronly":null,"event_metadata":null,"pid":null,"project_id":null,"shared_with_user_ids":[],"start":"2024-12-16T01:41:26.072262+01:00","start_date":null,"stop":null,"tag_action":null,"tag_ids":[],"tags":[],"task_id":null,"tid":null,"uid":null,"user_id":null,"wid":null,"workspace_id":\#(h.starterWorkspaceID)}"#
        let reply = post(&h, body)
        #expect(reply.status == 200)
        let id = try #require(reply[json: "id"]?.jsonInt)
        #expect(h.world.timeEntries[id]?.createdWith == "")
        #expect(h.world.timeEntries[id]?.isRunning == true)
        #expect(reply[json: "tag_ids"] == .array([]))
    }
}

@Suite struct UpdateTimeEntryTests {
    @Test func putChangesOnlyTheSentFieldsAndBumpsAt() throws {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(7200), duration: 1800, projectID: h.projectID, taskID: h.taskID,
                            description: "Old", tagIDs: [h.meetingTagID], at: h.ago(7000))
        let before = try #require(h.world.timeEntries[id])
        let reply = h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)", json: #"{"description":"New"}"#)
        #expect(reply.status == 200)
        var after = try #require(h.world.timeEntries[id])
        #expect(after.description == "New")
        #expect(after.at == h.now)
        after.description = before.description
        after.at = before.at
        #expect(after == before)
        #expect(reply[json: "tags"] == .array(["meeting"]))

        // null clears: the project (and with it the task).
        let cleared = try h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)", json: #"{"project_id":null}"#)
            .decode(TimeEntry.self)
        #expect(cleared.projectID == nil)
        #expect(cleared.taskID == nil)
        #expect(cleared.description == "New")
    }

    @Test func tagActionAddsAndDeletesWithoutItTagsAreReplaced() throws {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(7200), duration: 1800, tagIDs: [h.meetingTagID])
        let path = "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)"
        var entry = try h.send("PUT", path, json: #"{"tags":["urgent"],"tag_ids":[\#(h.bugTagID)],"tag_action":"add"}"#).decode(TimeEntry.self)
        #expect(entry.tags == ["meeting", "bug", "urgent"])
        entry = try h.send("PUT", path, json: #"{"tags":["MEETING"],"tag_ids":[\#(h.bugTagID)],"tag_action":"delete"}"#).decode(TimeEntry.self)
        #expect(entry.tags == ["urgent"])
        entry = try h.send("PUT", path, json: #"{"tags":["bug"]}"#).decode(TimeEntry.self)
        #expect(entry.tags == ["bug"])
        #expect(entry.tagIDs == [h.bugTagID])
    }

    @Test func startOfARunningEntryMovesAndItKeepsRunning() throws {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(600), duration: -1)
        let entry = try h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)",
                               json: #"{"start":"2024-12-16T13:00:00Z"}"#).decode(TimeEntry.self)
        #expect(entry.isRunning)
        #expect(entry.start == TogglTimestamp.parse("2024-12-16T13:00:00Z"))
        #expect(h.world.runningEntry(of: h.userID)?.id == id)
    }

    @Test func stopAndDurationViaPut() throws {
        var h = EntryHarness()
        let running = h.addEntry(start: h.ago(600), duration: -1)
        let stopped = try h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(running)",
                                 json: #"{"stop":"2024-12-16T14:25:00Z"}"#).decode(TimeEntry.self)
        #expect(!stopped.isRunning)
        #expect(stopped.duration == 300)
        let stretched = try h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(running)",
                                   json: #"{"duration":900}"#).decode(TimeEntry.self)
        #expect(stretched.stop == TogglTimestamp.parse("2024-12-16T14:35:00Z"))
        // Moving the start of a stopped entry keeps its stop.
        let moved = try h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(running)",
                               json: #"{"start":"2024-12-16T14:05:00Z"}"#).decode(TimeEntry.self)
        #expect(moved.duration == 1800)
        let inverted = h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(running)",
                              json: #"{"stop":"2024-12-16T10:00:00Z"}"#)
        #expect(inverted.status == 400)
        #expect(inverted.message == "Stop time must be after start time")
    }

    @Test func putIs404ForUnknownOrForeignEntries() {
        var h = EntryHarness()
        let foreign = h.addEntry(start: h.ago(600), duration: 60, userID: h.otherUserID)
        for id in [Int64(1), foreign] {
            let reply = h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)", json: #"{"description":"x"}"#)
            #expect(reply.status == 404)
            #expect(reply.message == "Time entry not found")
        }
        let wrongWorkspace = h.addEntry(start: h.ago(600), duration: 60)
        #expect(h.send("PUT", "/workspaces/\(h.freeWorkspaceID)/time_entries/\(wrongWorkspace)", json: "{}").status == 404)
    }

    @Test func movingToAnotherWorkspaceDropsTheProjectAndCarriesTagsByName() throws {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(600), duration: 60, projectID: h.projectID, taskID: h.taskID,
                            tagIDs: [h.meetingTagID])
        let moved = try h.send("PUT", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)",
                               json: #"{"workspace_id":\#(h.freeWorkspaceID)}"#).decode(TimeEntry.self)
        #expect(moved.workspaceID == h.freeWorkspaceID)
        #expect(moved.projectID == nil)
        #expect(moved.taskID == nil)
        #expect(moved.tags == ["meeting"])
        #expect(moved.tagIDs != [h.meetingTagID])
        #expect(h.world.tags[moved.tagIDs[0]]?.workspaceID == h.freeWorkspaceID)
        #expect(h.send("PUT", "/workspaces/\(h.freeWorkspaceID)/time_entries/\(id)",
                       json: #"{"workspace_id":999}"#).status == 403)
    }

    @Test func billableUpdateOnFreeIs402() {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(600), duration: 60, workspaceID: h.freeWorkspaceID)
        let reply = h.send("PUT", "/workspaces/\(h.freeWorkspaceID)/time_entries/\(id)", json: #"{"billable":true}"#)
        #expect(reply.status == 402)
        #expect(h.world.timeEntries[id]?.billable == false)
    }
}

@Suite struct StopAndDeleteTimeEntryTests {
    @Test func stopSetsNowAndASecondStopIs409() throws {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(994), duration: -1)
        let path = "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)/stop"
        let reply = h.send("PATCH", path)
        #expect(reply.status == 200)
        #expect(reply[json: "stop"]?.jsonString == "2024-12-16T14:30:00Z")
        #expect(reply[json: "duration"]?.jsonInt == 994)
        #expect(reply[json: "tags"] == .array([]))
        #expect(reply[json: "tag_ids"] == .array([]))
        #expect(h.world.timeEntries[id]?.at == h.now)

        let again = h.send("PATCH", path)
        #expect(again.status == 409)
        #expect(again.message == "Time entry already stopped")
        let unknown = h.send("PATCH", "/workspaces/\(h.starterWorkspaceID)/time_entries/77/stop")
        #expect(unknown.status == 404)
        #expect(unknown.message == "Time entry not found")
    }

    @Test func deleteIsSoftAndVisibleThroughSince() throws {
        var h = EntryHarness()
        let id = h.addEntry(start: h.ago(7200), duration: 600, at: h.ago(7000))
        let reply = h.send("DELETE", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)")
        #expect(reply.status == 200)
        #expect(h.world.timeEntries[id]?.deletedAt == h.now)
        #expect(h.send("GET", "/me/time_entries/\(id)").status == 404)
        #expect(h.send("DELETE", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(id)").status == 404)
        let since = try h.send("GET", "/me/time_entries", query: [("since", "\(Int(h.ago(60).timeIntervalSince1970))")])
            .decode([TimeEntry].self)
        #expect(since.map(\.id) == [id])
        #expect(since.first?.isDeleted == true)
    }
}

@Suite struct BulkPatchTimeEntryTests {
    @Test func patchesEachEntryAndReportsFailures() throws {
        var h = EntryHarness()
        let a = h.addEntry(start: h.ago(7200), duration: 600, tagIDs: [h.meetingTagID])
        let b = h.addEntry(start: h.ago(3600), duration: 600)
        let foreign = h.addEntry(start: h.ago(3600), duration: 600, userID: h.otherUserID)
        let body = #"""
        [{"op":"replace","path":"/description","value":"Review pull requests"},
         {"op":"add","path":"/tags","value":["review"]},
         {"op":"replace","path":"/project_id","value":\#(h.plainProjectID)}]
        """#
        let reply = h.send("PATCH", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(a),\(b),\(foreign),5", json: body)
        #expect(reply.status == 200)
        let result = try reply.decode(BulkEditResult.self)
        #expect(result.success == [a, b])
        #expect(result.failure == [BulkEditFailure(id: foreign, message: "Time entry not found"),
                                   BulkEditFailure(id: 5, message: "Time entry not found")])
        let first = try h.send("GET", "/me/time_entries/\(a)").decode(TimeEntry.self)
        #expect(first.description == "Review pull requests")
        #expect(first.tags == ["meeting", "review"])
        #expect(first.projectID == h.plainProjectID)
        #expect(h.world.timeEntries[b]?.at == h.now)
        #expect(h.world.timeEntries[foreign]?.description == "Work")
    }

    @Test func tagRemovalAndPerEntryFailuresLeaveOthersPatched() throws {
        var h = EntryHarness()
        let a = h.addEntry(start: h.ago(7200), duration: 600, tagIDs: [h.meetingTagID, h.bugTagID])
        let body = #"[{"op":"remove","path":"/tag_ids","value":[\#(h.bugTagID)]},{"op":"replace","path":"/duration","value":1200}]"#
        let result = try h.send("PATCH", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(a)", json: body)
            .decode(BulkEditResult.self)
        #expect(result.success == [a])
        #expect(h.world.timeEntries[a]?.tagIDs == [h.meetingTagID])
        #expect(h.world.timeEntries[a]?.duration == 1200)

        let free = h.addEntry(start: h.ago(600), duration: 60, workspaceID: h.freeWorkspaceID)
        let billable = try h.send("PATCH", "/workspaces/\(h.freeWorkspaceID)/time_entries/\(free)",
                                  json: #"[{"op":"replace","path":"/billable","value":true}]"#).decode(BulkEditResult.self)
        #expect(billable.failure == [BulkEditFailure(id: free, message: "Workspace needs to have this feature enabled")])
        let badPath = try h.send("PATCH", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(a)",
                                 json: #"[{"op":"replace","path":"/colour","value":1}]"#).decode(BulkEditResult.self)
        #expect(badPath.failure.first?.message == "Invalid path: /colour")
    }

    @Test func moreThanOneHundredIDsIs400() {
        var h = EntryHarness()
        let ids = (1...101).map(String.init).joined(separator: ",")
        let reply = h.send("PATCH", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(ids)",
                           json: #"[{"op":"replace","path":"/description","value":"x"}]"#)
        #expect(reply.status == 400)
        #expect(reply.message == "The limit is 100 time entry IDs per request")
        let hundred = (1...100).map(String.init).joined(separator: ",")
        #expect(h.send("PATCH", "/workspaces/\(h.starterWorkspaceID)/time_entries/\(hundred)",
                       json: #"[{"op":"replace","path":"/description","value":"x"}]"#).status == 200)
    }
}
