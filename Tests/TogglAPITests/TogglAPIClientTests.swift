import Foundation
import Testing
@testable import TogglAPI

@Suite struct TogglAPIClientTests {
    // MARK: Requests

    @Test func sendsBasicAuthJsonAndAgentHeaders() async throws {
        let stub = StubTransport(json: "{}")
        try await makeClient(stub).send(APIRequest(.post, "/workspaces/1/tags", body: Data("{}".utf8)))
        let request = try #require(stub.onlyRequest)
        #expect(request.url.absoluteString == "https://api.track.toggl.com/api/v9/workspaces/1/tags")
        #expect(request.headers["Authorization"] == "Basic " + Data("\(testToken):api_token".utf8).base64EncodedString())
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.headers["User-Agent"]?.hasPrefix("toggl-tui/") == true)
        #expect(stub.timeouts == [15])
    }

    @Test func queryValuesArePercentEncoded() async throws {
        let stub = StubTransport(json: "[]")
        let request = APIRequest(.get, "/me/time_entries", query: [
            QueryItem("start_date", "2024-12-16T15:58:15+01:00"), QueryItem("meta", "true"),
        ])
        try await makeClient(stub).send(request)
        let sent = try #require(stub.onlyRequest)
        #expect(sent.url.query == "start_date=2024-12-16T15%3A58%3A15%2B01%3A00&meta=true")
        #expect(sent.queryItems["start_date"] == "2024-12-16T15:58:15+01:00")
        #expect(sent.headers["Content-Type"] == nil)
    }

    @Test func reportsRequestsGoToTheReportsRoot() async throws {
        let stub = StubTransport(json: "{}")
        try await makeClient(stub).send(APIRequest(.post, "/workspace/5/summary/time_entries", root: .reports))
        #expect(stub.onlyRequest?.url.absoluteString == "https://api.track.toggl.com/reports/api/v3/workspace/5/summary/time_entries")
    }

    @Test func reportsRootIsDerivedFromTheTrackRoot() {
        #expect(APIConfiguration.reportsURL(forTrackURL: URL(string: "http://127.0.0.1:8080/api/v9")!).absoluteString
            == "http://127.0.0.1:8080/reports/api/v3")
        #expect(APIConfiguration.reportsURL(forTrackURL: URL(string: "https://example.com/toggl/api/v9/")!).absoluteString
            == "https://example.com/toggl/reports/api/v3")
    }

    @Test func bucketsFollowTheRoute() {
        #expect(APIRequest(.get, "/me").bucket == .user)
        #expect(APIRequest(.get, "/me/time_entries/current").bucket == .user)
        #expect(APIRequest(.get, "/workspaces/42/clients").bucket == .workspace(42))
        #expect(APIRequest(.post, "/workspace/42/search/time_entries", root: .reports).bucket == .workspace(42))
        #expect(APIRequest(.get, "/organizations/9").bucket == .organization(9))
        #expect(APIRequest(.post, "/organizations").bucket == .user)
    }

    @Test func undecodableBodiesNameThePath() async throws {
        let stub = StubTransport(json: #"{"id":"not a number"}"#)
        await #expect(throws: APIError.undecodable(path: "/me/quota", snippet: #"{"id":"not a number"}"#)) {
            _ = try await makeClient(stub).send(APIRequest(.get, "/me/quota"), decoding: [Int].self)
        }
    }

    // MARK: Quota

    @Test func quotaHeadersOfEveryResponseAreRecorded() async throws {
        let clock = FakeAPIClock()
        let stub = StubTransport([
            .success(.text(200, "{}", headers: ["X-Toggl-Quota-Remaining": "29", "X-Toggl-Quota-Resets-In": "3600"])),
            .success(.text(404, #""nope""#, headers: ["x-toggl-quota-remaining": "12", "x-toggl-quota-resets-in": "100"])),
        ])
        let client = makeClient(stub, clock: clock)
        try await client.send(APIRequest(.get, "/me"))
        _ = try? await client.send(APIRequest(.get, "/workspaces/3/clients/1"))
        #expect(client.quota.status(of: .user) == QuotaStatus(remaining: 29, resetsInSeconds: 3600, observedAt: clock.now()))
        #expect(client.quota.status(of: .workspace(3))?.remaining == 12)
    }

    @Test func workspaceBucketsFoldIntoTheirOrganization() async throws {
        let stub = StubTransport(fallback: .success(.text(200, "{}", headers: ["X-Toggl-Quota-Remaining": "200", "X-Toggl-Quota-Resets-In": "10"])))
        let client = makeClient(stub)
        try await client.send(APIRequest(.get, "/workspaces/3/tags"))
        client.quota.register(workspaceID: 3, organizationID: 77)
        #expect(client.quota.snapshot().keys.sorted { "\($0)" < "\($1)" } == [.organization(77)])
        #expect(client.quota.status(of: .workspace(3))?.remaining == 200)
    }

    @Test func quota402IsNotRetried() async throws {
        let stub = StubTransport(fallback: .success(.text(402, "You have hit your hourly limit for API calls.",
            headers: ["X-Toggl-Quota-Remaining": "0", "X-Toggl-Quota-Resets-In": "99"])))
        let clock = FakeAPIClock()
        await #expect(throws: APIError.quotaExhausted(bucket: .user, resetsInSeconds: 99)) {
            try await makeClient(stub, clock: clock).send(APIRequest(.get, "/me"))
        }
        #expect(stub.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    // MARK: Retries

    @Test func idempotentRequestsRetry5xxWithBackoff() async throws {
        let stub = StubTransport([.success(.text(503)), .success(.text(502))], fallback: .success(.text(200, "{}")))
        let clock = FakeAPIClock()
        try await makeClient(stub, clock: clock).send(APIRequest(.get, "/me"))
        #expect(stub.requests.count == 3)
        #expect(clock.sleeps == [0.5, 1.0])
    }

    @Test func retriesAreBounded() async throws {
        let stub = StubTransport(fallback: .success(.text(500, #""down""#)))
        let clock = FakeAPIClock()
        await #expect(throws: APIError.serverError(status: 500, message: "down")) {
            try await makeClient(stub, clock: clock, retry: RetryPolicy(maxAttempts: 4)).send(APIRequest(.delete, "/workspaces/1/tags/2"))
        }
        #expect(stub.requests.count == 4)
        #expect(clock.sleeps == [0.5, 1.0, 2.0])
    }

    @Test func createsAreNotRetriedAfter5xx() async throws {
        let stub = StubTransport(fallback: .success(.text(502)))
        await #expect(throws: APIError.serverError(status: 502, message: "")) {
            try await makeClient(stub).send(APIRequest(.post, "/workspaces/1/time_entries", body: Data("{}".utf8)))
        }
        #expect(stub.requests.count == 1)
    }

    @Test func createThatTimedOutHasAnUnknownOutcome() async throws {
        let stub = StubTransport(fallback: .failure(.timedOut))
        let clock = FakeAPIClock()
        await #expect(throws: APIError.unknownOutcome(method: .post, path: "/workspaces/1/time_entries")) {
            try await makeClient(stub, clock: clock).send(APIRequest(.post, "/workspaces/1/time_entries", body: Data("{}".utf8)))
        }
        #expect(stub.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func readsThatTimeOutAreRetriedThenReported() async throws {
        let stub = StubTransport(fallback: .failure(.timedOut))
        await #expect(throws: APIError.network(.timedOut)) {
            try await makeClient(stub).send(APIRequest(.get, "/me"))
        }
        #expect(stub.requests.count == 3)
    }

    @Test func refusedConnectionsRetryEvenWrites() async throws {
        let stub = StubTransport([.failure(.connectionRefused)], fallback: .success(.text(200, "{}")))
        try await makeClient(stub).send(APIRequest(.post, "/workspaces/1/clients", body: Data("{}".utf8)))
        #expect(stub.requests.count == 2)
    }

    @Test func offlineFailsFastWithoutRetrying() async throws {
        let stub = StubTransport(fallback: .failure(.notConnected))
        await #expect(throws: APIError.network(.notConnected)) {
            try await makeClient(stub).send(APIRequest(.post, "/workspaces/1/time_entries", body: Data("{}".utf8)))
        }
        #expect(stub.requests.count == 1)
    }

    @Test func rateLimitedRequestsWaitAtLeastRetryAfter() async throws {
        let stub = StubTransport([.success(.text(429, headers: ["Retry-After": "3"]))], fallback: .success(.text(200, "{}")))
        let clock = FakeAPIClock()
        try await makeClient(stub, clock: clock).send(APIRequest(.post, "/workspaces/1/tags", body: Data("{}".utf8)))
        #expect(clock.sleeps == [3])
        #expect(stub.requests.count == 2)
    }

    @Test func rateLimitAskingForMinutesIsNotWaitedOut() async throws {
        let stub = StubTransport(fallback: .success(.text(429, headers: ["Retry-After": "300"])))
        await #expect(throws: APIError.rateLimited(retryAfterSeconds: 300)) {
            try await makeClient(stub).send(APIRequest(.get, "/me"))
        }
        #expect(stub.requests.count == 1)
    }

    @Test func stopDeclaredIdempotentIsRetriedAfterATimeout() async throws {
        let stub = StubTransport([.failure(.connectionLost)], fallback: .success(.text(200, "{}")))
        try await makeClient(stub).send(APIRequest(.patch, "/workspaces/1/time_entries/2/stop", isIdempotent: true))
        #expect(stub.requests.count == 2)
    }

    @Test func cancellationStopsTheRetryLoop() async throws {
        let stub = StubTransport(fallback: .success(.text(503)))
        let client = makeClient(stub)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.send(APIRequest(.get, "/me"))
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
        #expect(stub.requests.count == 1)
    }
}
