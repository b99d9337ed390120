import Foundation
import Synchronization
import Testing
import TogglAPI
@testable import TogglSandbox

/// The sandbox over real HTTP on 127.0.0.1, port 0, seen through the app's own transport.
@Suite(.serialized) struct ServerTests {
    typealias F = EngineFixtures

    /// Runs `body` against a started server and always stops it.
    private func withServer(_ sandbox: Sandbox = F.sandbox(), autosave: SandboxAutosave? = nil,
                            _ body: (SandboxServer, URL) async throws -> Void) async throws {
        let server = SandboxServer(sandbox: sandbox, autosave: autosave)
        let url = try await server.start()
        do {
            try await body(server, url)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func send(_ method: TogglAPI.HTTPMethod, _ url: URL, auth: Bool = true, body: String? = nil,
                      timeout: Int = 30) async throws -> TogglAPI.HTTPResponse {
        var headers: [String: String] = [:]
        if auth { headers["Authorization"] = F.tokenAuth }
        if body != nil { headers["Content-Type"] = "application/json" }
        return try await CurlTransport().send(
            TogglAPI.HTTPRequest(method: method, url: url, headers: headers, body: body.map { Data($0.utf8) }),
            timeoutSeconds: timeout
        )
    }

    /// The transport error a request ends in, or nil when it got an answer.
    private func failure(_ method: TogglAPI.HTTPMethod, _ url: URL, body: String? = nil, timeout: Int = 30) async -> TransportError? {
        do {
            let response = try await send(method, url, body: body, timeout: timeout)
            Issue.record("expected no answer, got \(response.status)")
            return nil
        } catch let error as TransportError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func servesTheTrackRootOnLoopbackAndRoundTripsARequest() async throws {
        try await withServer { server, url async throws in
            #expect(url.absoluteString.hasPrefix("http://127.0.0.1:"))
            #expect(url.path == "/api/v9")
            #expect(await server.port.map { $0 > 0 } == true)

            let logged = try await send(.get, url.appendingPathComponent("me/logged"))
            #expect(logged.status == 200)
            #expect(logged.header("X-Toggl-Quota-Remaining") == "29")
            #expect(logged.header("X-Toggl-Quota-Resets-In") == "3600")
            #expect(logged.header("X-Toggl-Request-Id") != nil)

            let created = try await send(.post, url.appendingPathComponent("workspaces/\(F.workspaceID)/tags"),
                                         body: #"{"name":"über / focus"}"#)
            #expect(created.status == 200)
            #expect(created.header("Content-Type") == SandboxResponse.jsonContentType)
            let tag = try JSONDecoder().decode(F.TagAnswer.self, from: created.body)
            #expect(tag.name == "über / focus")

            let unauthenticated = try await send(.get, url.appendingPathComponent("me/logged"), auth: false)
            #expect(unauthenticated.status == 401)
            #expect(unauthenticated.body.isEmpty)
            #expect(unauthenticated.header("X-Authorization-Missing") == "true")

            let unknown = try await send(.get, url.appendingPathComponent("workspaces/\(F.workspaceID)/time_entries"))
            #expect(unknown.status == 405)
            #expect(unknown.body.isEmpty)

            var components = URLComponents(url: url.appendingPathComponent("me/logged"), resolvingAgainstBaseURL: false)!
            components.queryItems = [URLQueryItem(name: "since", value: "2025-01-01T00:00:00+02:00"),
                                     URLQueryItem(name: "q", value: "a b")]
            _ = try await send(.get, components.url!)
            let last = try #require(server.sandbox.requestLog.last)
            #expect(last.query == "since=2025-01-01T00:00:00+02:00&q=a b")
            #expect(last.path == "/api/v9/me/logged")
        }
    }

    @Test func aSuccessfulBodyGoesToTheSinkAsItArrivesAndAnErrorBodyIsCollected() async throws {
        let sandbox = Sandbox(world: F.world, clock: .frozen(at: F.start),
                              settings: SandboxSettings(demoTimeZone: TimeZone(identifier: "UTC")!))
        try await withServer(sandbox) { _, url async throws in
            var components = URLComponents(url: url.appendingPathComponent("me"), resolvingAgainstBaseURL: false)!
            components.queryItems = [URLQueryItem(name: "with_related_data", value: "true")]
            let meURL = try #require(components.url)
            let whole = try await send(.get, meURL)
            #expect(whole.status == 200 && whole.body.count > 1_000)

            let sink = ChunkCollector()
            let streamed = try await CurlTransport().send(
                TogglAPI.HTTPRequest(method: .get, url: meURL, headers: ["Authorization": F.tokenAuth]),
                timeoutSeconds: 30, successBodyTo: sink)
            #expect(streamed.status == 200)
            #expect(streamed.body.isEmpty, "the body went to the sink")
            #expect(sink.bytes == whole.body)

            let refused = ChunkCollector()
            let unauthenticated = try await CurlTransport().send(
                TogglAPI.HTTPRequest(method: .get, url: url.appendingPathComponent("me/logged"), headers: [:]),
                timeoutSeconds: 30, successBodyTo: refused)
            #expect(unauthenticated.status == 401)
            #expect(refused.bytes.isEmpty && refused.chunks == 0, "an error's body is the response's")
        }
    }

    @Test func aDroppedConnectionIsAConnectionErrorNotAStatus() async throws {
        let sandbox = F.sandbox(faults: SandboxFaults(isDown: true))
        try await withServer(sandbox) { _, url async throws in
            let error = await failure(.get, url.appendingPathComponent("me/logged"))
            #expect(error == .connectionLost)
            // Nothing reached the world, and the server keeps serving.
            sandbox.faults = .none
            #expect(try await send(.get, url.appendingPathComponent("me/logged")).status == 200)
        }
    }

    @Test func aWithheldAnswerTimesOutTheClientAfterTheWriteHappened() async throws {
        // The answer is withheld far longer than the client waits, however busy the machine: a
        // timed-out error can only be the client's own timeout. That timeout is 5 s, not 1: on a
        // busy machine a 1 s client gave up before its request reached the server at all.
        let sandbox = F.sandbox(faults: SandboxFaults(commitThenTimeout: 1, withholdSeconds: 60))
        try await withServer(sandbox) { _, url async throws in
            let error = await failure(.post, url.appendingPathComponent("workspaces/\(F.workspaceID)/tags"),
                                      body: #"{"name":"committed"}"#, timeout: 5)
            #expect(error == .timedOut)
            #expect(sandbox.world.tags.all.map(\.name) == ["committed"])
            #expect(sandbox.faults.commitThenTimeout == 0)
        }
    }

    @Test func injectedLatencyDelaysTheAnswer() async throws {
        let sandbox = F.sandbox(faults: SandboxFaults(latencySeconds: 0.3))
        try await withServer(sandbox) { _, url async throws in
            let started = Date()
            #expect(try await send(.get, url.appendingPathComponent("me/logged")).status == 200)
            #expect(Date().timeIntervalSince(started) >= 0.3)
        }
    }

    @Test func theAdminAPIWorksOverHTTP() async throws {
        try await withServer { server, url async throws in
            let admin = try #require(await server.adminURL)
            _ = try await send(.get, url.appendingPathComponent("me/logged"))

            let faults = try await send(.put, admin.appendingPathComponent("faults"), auth: false,
                                        body: #"{"server_error_rate": 1}"#)
            #expect(faults.status == 200)
            #expect(try await send(.get, url.appendingPathComponent("me/logged")).status >= 500)
            _ = try await send(.put, admin.appendingPathComponent("faults"), auth: false, body: "{}")

            let clock = try await send(.post, admin.appendingPathComponent("clock"), auth: false,
                                       body: #"{"advance_seconds": 3600}"#)
            #expect(clock.status == 200)
            #expect(server.sandbox.now() == F.start.addingTimeInterval(3600))

            let requests = try await send(.get, admin.appendingPathComponent("requests"), auth: false)
            let entries = try #require(try JSONSerialization.jsonObject(with: requests.body) as? [[String: Any]])
            #expect(entries.map { $0["status"] as? Int } == [200, 500] || entries.map { $0["status"] as? Int } == [200, 503])

            let quota = try await send(.put, admin.appendingPathComponent("quota"), auth: false, body: #"{"user_limit": 1}"#)
            #expect(quota.status == 200)
            #expect(try await send(.get, url.appendingPathComponent("me/logged")).status == 200)
            let refused = try await send(.get, url.appendingPathComponent("me/logged"))
            #expect(refused.status == 402)
            #expect(String(decoding: refused.body, as: UTF8.self).hasPrefix("You have hit your hourly limit for API calls."))
            #expect(refused.header("X-Toggl-Quota-Remaining") == "0")
        }
    }

    @Test func stopListeningRefusesConnectionsUntilResumedOnTheSamePort() async throws {
        try await withServer { server, url async throws in
            let port = await server.port
            await server.stopListening()
            #expect(await server.isListening == false)
            let error = await failure(.get, url.appendingPathComponent("me/logged"))
            #expect(error == .connectionRefused)
            try await server.resumeListening()
            #expect(await server.port == port)
            #expect(try await send(.get, url.appendingPathComponent("me/logged")).status == 200)
        }
    }

    @Test func twoServersCannotShareAPort() async throws {
        try await withServer { server, _ async throws in
            let port = try #require(await server.port)
            let other = SandboxServer(sandbox: F.sandbox())
            await #expect(throws: SandboxServerError.self) { try await other.start(port: port) }
            await other.stop()
        }
    }
}

/// A sink that keeps every chunk it is given, for tests.
final class ChunkCollector: HTTPBodySink {
    private let state = Mutex<(bytes: Data, chunks: Int)>((Data(), 0))

    func restart() { state.withLock { $0 = (Data(), 0) } }
    func receive(_ chunk: Data) { state.withLock { $0.bytes.append(chunk); $0.chunks += 1 } }

    var bytes: Data { state.withLock { $0.bytes } }
    var chunks: Int { state.withLock { $0.chunks } }
}
