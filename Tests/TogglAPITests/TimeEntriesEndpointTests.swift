import Foundation
import Testing
import TogglAPI
import TogglModels

@Suite struct TimeEntriesEndpointTests {
    /// A running entry as `GET /me/time_entries/current` returns it.
    static let runningJSON = #"""
        {"id":3727977106,"workspace_id":2230580,"project_id":155392684,"task_id":null,"billable":false,
         "start":"2024-12-13T00:18:26+00:00","stop":null,"duration":-1734049107,"description":"Open Sourcing",
         "tags":["deep"],"tag_ids":[16939168],"user_id":2166261}
        """#

    /// 2024-12-16T01:55:24.837Z, the recorded start-timer request's moment.
    static let recordedNow = Date(timeIntervalSince1970: 1_734_314_124.837)

    static func fixture(_ name: String, status: Int = 200) throws -> StubTransport {
        StubTransport(fallback: .success(HTTPResponse(status: status, body: try Fixtures.data(name))))
    }

    // MARK: list

    @Test func listWithoutFiltersSendsNoQuery() async throws {
        let stub = StubTransport(json: "[\(Self.runningJSON)]")
        let entries = try await makeClient(stub).timeEntries.list()
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/time_entries")
        #expect(request.url.query == nil)
        #expect(request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(entries.map(\.id) == [3727977106])
        #expect(entries.first?.isRunning == true)
    }

    @Test(.enabled(if: Fixtures.available))
    func listSinceSendsUnixSecondsAndFlags() async throws {
        let stub = try Self.fixture("GET_me_time_entries.since.200_includes_deleted.json")
        let entries = try await makeClient(stub).timeEntries.list(
            since: Date(timeIntervalSince1970: 1_734_304_527.6), meta: true, includeSharing: true)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/time_entries")
        #expect(request.url.query == "since=1734304527&meta=true&include_sharing=true")
        #expect(request.usesTestTokenBasicAuth)
        #expect(entries.count == 5)
        #expect(entries.contains { $0.isDeleted })
    }

    @Test func listBeforeSendsUTCTimestamp() async throws {
        let stub = StubTransport(json: "[]")
        _ = try await makeClient(stub).timeEntries.list(before: Self.recordedNow)
        #expect(stub.onlyRequest?.queryItems == ["before": "2024-12-16T01:55:24Z"])
    }

    @Test(.enabled(if: Fixtures.available))
    func listBetweenDatesSendsBothAsUTCTimestamps() async throws {
        let stub = try Self.fixture("GET_me_time_entries.start_end_date.200.json")
        let entries = try await makeClient(stub).timeEntries.list(
            startDate: Date(timeIntervalSince1970: 1_734_303_600), endDate: Date(timeIntervalSince1970: 1_734_390_000))
        let request = try #require(stub.onlyRequest)
        #expect(request.url.query == "start_date=2024-12-15T23%3A00%3A00Z&end_date=2024-12-16T23%3A00%3A00Z")
        #expect(request.queryItems == ["start_date": "2024-12-15T23:00:00Z", "end_date": "2024-12-16T23:00:00Z"])
        #expect(entries.map(\.id) == [3730256173])
    }

    @Test func sinceWithBeforeIsRefusedBeforeSending() async throws {
        let stub = StubTransport(json: "[]")
        do {
            _ = try await makeClient(stub).timeEntries.list(since: Self.recordedNow, before: Self.recordedNow)
            Issue.record("expected invalidRequest")
        } catch APIError.invalidRequest {
        }
        #expect(stub.requests.isEmpty)
    }

    @Test(arguments: [true, false])
    func aLoneStartOrEndDateIsRefusedBeforeSending(startOnly: Bool) async throws {
        let stub = StubTransport(json: "[]")
        let client = makeClient(stub)
        do {
            _ = startOnly
                ? try await client.timeEntries.list(startDate: Self.recordedNow)
                : try await client.timeEntries.list(endDate: Self.recordedNow)
            Issue.record("expected invalidRequest")
        } catch APIError.invalidRequest {
        }
        #expect(stub.requests.isEmpty)
    }

    // MARK: get

    @Test(.enabled(if: Fixtures.available))
    func getSendsMetaAndDecodesTheRecording() async throws {
        let stub = try Self.fixture("evrone.GET_me_time_entries_id.meta.200.json")
        let entry = try await makeClient(stub).timeEntries.get(3544298808, meta: true)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/time_entries/3544298808")
        #expect(request.url.query == "meta=true")
        #expect(request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(entry?.id == 3544298808)
        #expect(entry?.duration == 22)
    }

    @Test func getSendsIncludeSharingAndNoMetaByDefault() async throws {
        let stub = StubTransport(json: Self.runningJSON)
        _ = try await makeClient(stub).timeEntries.get(1, includeSharing: true)
        #expect(stub.onlyRequest?.url.query == "include_sharing=true")
    }

    @Test func getIsNilOn404() async throws {
        let stub = StubTransport(status: 404, json: #""Time entry not found""#)
        #expect(try await makeClient(stub).timeEntries.get(42) == nil)
        #expect(stub.requests.count == 1)
    }

    @Test func getRethrowsOtherErrors() async throws {
        let stub = StubTransport(status: 403, json: #""User does not have access to this resource""#)
        await #expect(throws: APIError.forbidden(message: "User does not have access to this resource")) {
            _ = try await makeClient(stub).timeEntries.get(42)
        }
    }

    // MARK: current

    @Test(.enabled(if: Fixtures.available))
    func currentDecodesTheRunningRecording() async throws {
        let stub = try Self.fixture("GET_me_time_entries_current.200_running.json")
        let entry = try #require(try await makeClient(stub).timeEntries.current())
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "GET /api/v9/me/time_entries/current")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(entry.id == 3727977106 && entry.isRunning)
    }

    @Test(.enabled(if: Fixtures.available))
    func currentIsNilOnTheRecorded200Null() async throws {
        let stub = try Self.fixture("GET_me_time_entries_current.200_none.json")
        #expect(try await makeClient(stub).timeEntries.current() == nil)
    }

    @Test(arguments: [(200, "null"), (200, ""), (404, #""Resource can not be found""#), (405, "")])
    func currentIsNilWhenNothingRuns(status: Int, body: String) async throws {
        let stub = StubTransport(status: status, json: body)
        #expect(try await makeClient(stub).timeEntries.current() == nil)
        #expect(stub.requests.count == 1)
    }

    @Test func currentRethrowsOtherErrors() async throws {
        let stub = StubTransport(status: 403, json: #""Incorrect username and/or password""#)
        await #expect(throws: APIError.forbidden(message: "Incorrect username and/or password")) {
            _ = try await makeClient(stub).timeEntries.current()
        }
    }

    // MARK: start, continue, create

    @Test(.enabled(if: Fixtures.available))
    func startPostsARunningEntryStartingNowByTheClientsClock() async throws {
        let stub = try Self.fixture("POST_workspaces_wid_time_entries.200_running_duration_minus1.json")
        let client = makeClient(stub, clock: FakeAPIClock(now: Self.recordedNow))
        let entry = try await client.timeEntries.start(in: 2230580, description: "Hello Toggl")
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "POST /api/v9/workspaces/2230580/time_entries")
        #expect(request.url.query == nil)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.usesTestTokenBasicAuth)
        let body = try #require(request.jsonBody)
        #expect(body["duration"] as? Int == -1)
        #expect(body["start"] as? String == "2024-12-16T01:55:24Z")
        #expect(body["workspace_id"] as? Int == 2230580)
        let createdWith = try #require(body["created_with"] as? String)
        #expect(createdWith.hasPrefix("toggl-tui/") && createdWith.count > "toggl-tui/".count)
        #expect(request.bodyText == #"{"created_with":"\#(createdWith)","description":"Hello Toggl","duration":-1,"#
            + #""start":"2024-12-16T01:55:24Z","workspace_id":2230580}"#)
        #expect(entry.id == 3730303299 && entry.isRunning)
    }

    @Test func startSendsEveryGivenField() async throws {
        let stub = StubTransport(json: Self.runningJSON)
        _ = try await makeClient(stub).timeEntries.start(
            in: 7, description: "Plan", projectID: 8, taskID: 9, tags: ["a", "b"], billable: true,
            start: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(stub.onlyRequest?.bodyText == #"{"billable":true,"created_with":"\#(TogglTUIVersion.createdWith)","#
            + #""description":"Plan","duration":-1,"project_id":8,"start":"2023-11-14T22:13:20Z","tags":["a","b"],"#
            + #""task_id":9,"workspace_id":7}"#)
    }

    @Test func startUsesTheConfiguredCreatedWith() async throws {
        let stub = StubTransport(json: Self.runningJSON)
        let configuration = APIConfiguration(credentials: .apiToken(testToken), createdWith: "toggl-tui/9.9 (test)")
        let client = TogglAPIClient(configuration: configuration, transport: stub, clock: FakeAPIClock())
        _ = try await client.timeEntries.start(in: 7)
        #expect(stub.onlyRequest?.jsonBody?["created_with"] as? String == "toggl-tui/9.9 (test)")
    }

    @Test func startIsNotRepeatedAfterATimeout() async throws {
        let stub = StubTransport([.failure(.timedOut)])
        await #expect(throws: APIError.unknownOutcome(method: .post, path: "/workspaces/7/time_entries")) {
            _ = try await makeClient(stub).timeEntries.start(in: 7)
        }
        #expect(stub.requests.count == 1)
    }

    @Test func continueStartsACopyOfTheEntry() async throws {
        let finished = TimeEntry(
            id: 1, workspaceID: 5, projectID: 6, taskID: 7, billable: true,
            start: Date(timeIntervalSince1970: 1_600_000_000), stop: Date(timeIntervalSince1970: 1_600_003_600),
            duration: 3600, description: "Review", tags: ["x"])
        let stub = StubTransport(json: Self.runningJSON)
        let client = makeClient(stub, clock: FakeAPIClock(now: Self.recordedNow))
        _ = try await client.timeEntries.continue(finished)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "POST /api/v9/workspaces/5/time_entries")
        #expect(request.bodyText == #"{"billable":true,"created_with":"\#(TogglTUIVersion.createdWith)","#
            + #""description":"Review","duration":-1,"project_id":6,"start":"2024-12-16T01:55:24Z","tags":["x"],"#
            + #""task_id":7,"workspace_id":5}"#)
    }

    @Test func continueAtAGivenTimeOmitsWhatTheEntryLacks() async throws {
        let bare = TimeEntry(id: 1, workspaceID: 5, start: Date(timeIntervalSince1970: 0), duration: 10)
        let stub = StubTransport(json: Self.runningJSON)
        _ = try await makeClient(stub).timeEntries.continue(bare, at: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(stub.onlyRequest?.bodyText == #"{"billable":false,"created_with":"\#(TogglTUIVersion.createdWith)","#
            + #""duration":-1,"start":"2023-11-14T22:13:20Z","workspace_id":5}"#)
    }

    @Test(.enabled(if: Fixtures.available))
    func createFillsWorkspaceAndCreatedWith() async throws {
        let stub = try Self.fixture("POST_workspaces_wid_time_entries.200_fixed_duration_3600.json")
        let payload = TimeEntryPayload(start: Date(timeIntervalSince1970: 1_734_314_124), duration: 3600, description: .set("Call"))
        let entry = try await makeClient(stub).timeEntries.create(in: 2230580, payload)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "POST /api/v9/workspaces/2230580/time_entries")
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"{"created_with":"\#(TogglTUIVersion.createdWith)","description":"Call","#
            + #""duration":3600,"start":"2024-12-16T01:55:24Z","workspace_id":2230580}"#)
        #expect(entry.duration == 3600)
    }

    @Test func createKeepsAGivenCreatedWithAndSendsNulls() async throws {
        let stub = StubTransport(json: Self.runningJSON)
        let payload = TimeEntryPayload(
            workspaceID: 7, createdWith: "importer", start: Date(timeIntervalSince1970: 1_700_000_000),
            stop: .set(Date(timeIntervalSince1970: 1_700_000_060)), projectID: .clear)
        _ = try await makeClient(stub).timeEntries.create(in: 7, payload)
        #expect(stub.onlyRequest?.bodyText == #"{"created_with":"importer","project_id":null,"#
            + #""start":"2023-11-14T22:13:20Z","stop":"2023-11-14T22:14:20Z","workspace_id":7}"#)
    }

    @Test func createRefusesAMissingStartOrAnotherWorkspace() async throws {
        let stub = StubTransport(json: Self.runningJSON)
        let client = makeClient(stub)
        for payload in [
            TimeEntryPayload(duration: -1),
            TimeEntryPayload(workspaceID: 8, start: Date(timeIntervalSince1970: 1_700_000_000)),
        ] {
            do {
                _ = try await client.timeEntries.create(in: 7, payload)
                Issue.record("expected invalidRequest for \(payload)")
            } catch APIError.invalidRequest {
            }
        }
        #expect(stub.requests.isEmpty)
    }

    // MARK: update, stop, delete

    @Test func updatePutsOnlyTheChangedFields() async throws {
        let stub = StubTransport(json: Self.runningJSON)
        let payload = TimeEntryPayload(description: .set("Renamed"), projectID: .clear, tags: ["t"], tagAction: .add)
        let entry = try await makeClient(stub).timeEntries.update(3727977106, in: 2230580, payload)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "PUT /api/v9/workspaces/2230580/time_entries/3727977106")
        #expect(request.url.query == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"{"description":"Renamed","project_id":null,"tag_action":"add","tags":["t"]}"#)
        #expect(entry.id == 3727977106)
    }

    @Test func updateIsRetriedAfterAServerError() async throws {
        let stub = StubTransport([.success(.text(503))], fallback: .success(.text(200, Self.runningJSON)))
        _ = try await makeClient(stub).timeEntries.update(1, in: 2, TimeEntryPayload(billable: true))
        #expect(stub.requests.count == 2)
    }

    @Test(.enabled(if: Fixtures.available))
    func stopPatchesWithoutBodyAndReturnsTheStoppedEntry() async throws {
        let stub = try Self.fixture("PATCH_workspaces_wid_time_entries_id_stop.200.json")
        let result = try await makeClient(stub).timeEntries.stop(3730303299, in: 2230580)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "PATCH /api/v9/workspaces/2230580/time_entries/3730303299/stop")
        #expect(request.url.query == nil)
        #expect(request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
        let entry = try #require(result.entry)
        #expect(entry.id == 3730303299 && entry.duration == 994 && !entry.isRunning)
        #expect(result == .stopped(entry))
    }

    @Test func stopOfAnAlreadyStoppedEntryIsNotAnError() async throws {
        let stub = StubTransport(status: 409, json: #""Time entry already stopped""#)
        let result = try await makeClient(stub).timeEntries.stop(1, in: 2)
        #expect(result == .alreadyStopped)
        #expect(result.entry == nil)
        #expect(stub.requests.count == 1)
    }

    @Test func stopIsRepeatedAfterATimeoutBecauseItIsIdempotent() async throws {
        let stub = StubTransport([.failure(.timedOut)], fallback: .success(.text(200, Self.runningJSON)))
        let result = try await makeClient(stub).timeEntries.stop(1, in: 2)
        #expect(result.entry?.id == 3727977106)
        #expect(stub.requests.count == 2)
    }

    @Test func stopOfAnUnknownEntryThrows() async throws {
        let stub = StubTransport(status: 404, json: #""Time entry not found""#)
        await #expect(throws: APIError.notFound(message: "Time entry not found")) {
            _ = try await makeClient(stub).timeEntries.stop(1, in: 2)
        }
    }

    @Test func deleteSendsDelete() async throws {
        let stub = StubTransport(json: "")
        try await makeClient(stub).timeEntries.delete(3730303299, in: 2230580)
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "DELETE /api/v9/workspaces/2230580/time_entries/3730303299")
        #expect(request.url.query == nil && request.body == nil)
        #expect(request.usesTestTokenBasicAuth)
    }

    // MARK: bulkEdit

    @Test func bulkEditPatchesCommaJoinedIDsWithAJSONPatchBody() async throws {
        let stub = StubTransport(json: #"{"success":[1,2],"failure":[{"id":3,"message":"Time entry not found"}]}"#)
        let result = try await makeClient(stub).timeEntries.bulkEdit(
            [1, 2, 3], in: 9, operations: [.replace("/description", with: "Standup"), .add("/tags", ["daily"])])
        let request = try #require(stub.onlyRequest)
        #expect(request.line == "PATCH /api/v9/workspaces/9/time_entries/1,2,3")
        #expect(request.url.query == nil)
        #expect(request.usesTestTokenBasicAuth)
        #expect(request.bodyText == #"[{"op":"replace","path":"/description","value":"Standup"},"#
            + #"{"op":"add","path":"/tags","value":["daily"]}]"#)
        #expect(result == BulkEditResult(success: [1, 2], failure: [BulkEditFailure(id: 3, message: "Time entry not found")]))
    }

    @Test func bulkEditSplits150IDsIntoBatchesOf100And50AndMergesTheResults() async throws {
        let ids = (1...150).map(Int64.init)
        let stub = StubTransport([
            .success(.text(200, #"{"success":[\#((1...99).map(String.init).joined(separator: ","))],"failure":[{"id":100,"message":"nope"}]}"#)),
            .success(.text(200, #"{"success":[\#((101...150).map(String.init).joined(separator: ","))],"failure":null}"#)),
        ])
        let result = try await makeClient(stub).timeEntries.bulkEdit(ids, in: 9, operations: [.replace("/billable", with: true)])
        let requests = stub.requests
        #expect(requests.count == 2)
        #expect(requests.map { $0.path.split(separator: "/").last?.split(separator: ",").count } == [100, 50])
        #expect(requests.first?.path == "/api/v9/workspaces/9/time_entries/" + (1...100).map(String.init).joined(separator: ","))
        #expect(requests.last?.path == "/api/v9/workspaces/9/time_entries/" + (101...150).map(String.init).joined(separator: ","))
        #expect(requests.allSatisfy { $0.method == .patch && $0.usesTestTokenBasicAuth })
        #expect(result.success == (1...99).map(Int64.init) + (101...150).map(Int64.init))
        #expect(result.failure == [BulkEditFailure(id: 100, message: "nope")])
    }

    @Test func bulkEditOfNoIDsSendsNothing() async throws {
        let stub = StubTransport(json: "{}")
        let result = try await makeClient(stub).timeEntries.bulkEdit([], in: 9, operations: [.replace("/billable", with: true)])
        #expect(result == BulkEditResult())
        #expect(stub.requests.isEmpty)
    }

    @Test func bulkEditWithoutOperationsIsRefused() async throws {
        let stub = StubTransport(json: "{}")
        do {
            _ = try await makeClient(stub).timeEntries.bulkEdit([1], in: 9, operations: [])
            Issue.record("expected invalidRequest")
        } catch APIError.invalidRequest {
        }
        #expect(stub.requests.isEmpty)
    }
}
