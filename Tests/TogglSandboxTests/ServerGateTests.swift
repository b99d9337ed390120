import Foundation
import Testing
import TogglAPI
@testable import TogglSandbox

/// The server's own checks before a request reaches the sandbox (``RequestGate``), over real
/// HTTP on 127.0.0.1 port 0: the `Host` must be this server on loopback, and bodies are capped.
@Suite(.serialized) struct ServerGateTests {
    typealias F = EngineFixtures

    private func withServer(_ sandbox: Sandbox, _ body: (SandboxServer, UInt16, URL) async throws -> Void) async throws {
        let server = SandboxServer(sandbox: sandbox)
        let url = try await server.start()
        let port = try #require(await server.port)
        do {
            try await body(server, port, url)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func get(_ path: String, host: String?, port: UInt16) async throws -> RawHTTPClient.Answer {
        var lines = ["GET \(path) HTTP/1.1", "Authorization: \(F.tokenAuth)"]
        if let host { lines.append("Host: \(host)") }
        return try await RawHTTPClient.send(RawHTTPClient.request(lines), port: port)
    }

    private func message(_ body: Data) -> String? {
        try? JSONDecoder().decode(String.self, from: body)
    }

    @Test func requestsForTheLoopbackAddressAndPortAreServed() async throws {
        try await withServer(F.sandbox()) { _, port, _ async throws in
            #expect(try await get("/api/v9/me/logged", host: "127.0.0.1:\(port)", port: port).status == 200)
            #expect(try await get("/api/v9/me/logged", host: "localhost:\(port)", port: port).status == 200)
            #expect(try await get("/api/v9/me/logged", host: "LOCALHOST:\(port)", port: port).status == 200)
        }
    }

    @Test(arguments: ["evil.example:PORT", "127.0.0.1", "127.0.0.1:1", "localhost", "attacker.test",
                      "127.0.0.1.nip.io:PORT", "[::1]:PORT", ""])
    func anotherHostIsRefusedWith421BeforeTheSandboxSeesIt(host: String) async throws {
        let sandbox = F.sandbox()
        try await withServer(sandbox) { _, port, _ async throws in
            let answer = try await get("/api/v9/me/logged", host: host.replacingOccurrences(of: "PORT", with: "\(port)"),
                                       port: port)
            #expect(answer.status == 421, "Host: \(host)")
            #expect(message(answer.body)?.contains("127.0.0.1:\(port)") == true)
            #expect(sandbox.requestLog.isEmpty)
        }
    }

    @Test func aRequestWithoutHostIsRefused() async throws {
        let sandbox = F.sandbox()
        try await withServer(sandbox) { _, port, _ async throws in
            #expect(try await get("/api/v9/me/logged", host: nil, port: port).status == 421)
            #expect(sandbox.requestLog.isEmpty)
        }
    }

    @Test func aRebindingPageCannotReachTheAdminAPIOfAStandaloneSandbox() async throws {
        let sandbox = F.sandbox()
        try await withServer(sandbox) { _, port, _ async throws in
            let body = Data(#"{"server_error_rate": 1}"#.utf8)
            let request = RawHTTPClient.request([
                "PUT /__sandbox/faults HTTP/1.1", "Host: rebound.example:\(port)",
                "Content-Type: text/plain", "Content-Length: \(body.count)",
            ], body: body)
            #expect(try await RawHTTPClient.send(request, port: port).status == 421)
            #expect(sandbox.faults == .none)
        }
    }

    @Test func aBodyOverTheCapIsRefusedWith413AndNeverHandled() async throws {
        let sandbox = F.sandbox()
        sandbox.settings.maximumBodyBytes = 1000
        try await withServer(sandbox) { _, _, url async throws in
            let name = String(repeating: "a", count: 5000)
            let response = try await CurlTransport().send(
                TogglAPI.HTTPRequest(method: .post, url: url.appendingPathComponent("workspaces/\(F.workspaceID)/tags"),
                                     headers: ["Authorization": F.tokenAuth, "Content-Type": "application/json"],
                                     body: Data(#"{"name":"\#(name)"}"#.utf8)),
                timeoutSeconds: 30)
            #expect(response.status == 413)
            #expect(message(response.body) == "Request body too large: the limit is 1000 bytes")
            #expect(sandbox.requestLog.isEmpty)
            #expect(sandbox.world.tags.count == 0)

            let small = try await CurlTransport().send(
                TogglAPI.HTTPRequest(method: .post, url: url.appendingPathComponent("workspaces/\(F.workspaceID)/tags"),
                                     headers: ["Authorization": F.tokenAuth, "Content-Type": "application/json"],
                                     body: Data(#"{"name":"ok"}"#.utf8)),
                timeoutSeconds: 30)
            #expect(small.status == 200)
        }
    }

    @Test func aChunkedBodyIsReadOnlyUpToTheCap() async throws {
        let sandbox = F.sandbox()
        sandbox.settings.maximumBodyBytes = 100
        try await withServer(sandbox) { _, port, _ async throws in
            func chunked(_ parts: [String]) -> Data {
                var body = ""
                for part in parts { body += String(part.utf8.count, radix: 16) + "\r\n" + part + "\r\n" }
                return Data((body + "0\r\n\r\n").utf8)
            }
            let head = ["POST /api/v9/workspaces/\(F.workspaceID)/tags HTTP/1.1", "Host: 127.0.0.1:\(port)",
                        "Authorization: \(F.tokenAuth)", "Content-Type: application/json", "Transfer-Encoding: chunked"]
            let big = try await RawHTTPClient.send(
                RawHTTPClient.request(head, body: chunked(Array(repeating: String(repeating: " ", count: 60), count: 4))),
                port: port)
            #expect(big.status == 413)
            #expect(sandbox.requestLog.isEmpty)

            let fine = try await RawHTTPClient.send(
                RawHTTPClient.request(head, body: chunked([#"{"name":"#, #""chunked"}"#])), port: port)
            #expect(fine.status == 200)
            #expect(sandbox.world.tags.all.map(\.name) == ["chunked"])
        }
    }

    @Test func aDeclaredLengthOverTheCapIsRefusedWith413() async throws {
        let sandbox = F.sandbox()
        sandbox.settings.maximumBodyBytes = 10
        try await withServer(sandbox) { _, port, _ async throws in
            // The body is sent (the server discards unread bodies before it answers) but never
            // handed to the sandbox.
            let body = Data(repeating: UInt8(ascii: "x"), count: 11)
            let request = RawHTTPClient.request([
                "POST /api/v9/workspaces/\(F.workspaceID)/tags HTTP/1.1", "Host: 127.0.0.1:\(port)",
                "Authorization: \(F.tokenAuth)", "Content-Length: 11",
            ], body: body)
            #expect(try await RawHTTPClient.send(request, port: port).status == 413)
            #expect(sandbox.requestLog.isEmpty)
        }
    }

    @Test func theDemoSettingsCapBodiesAtOneMebibyteAndTurnTheAdminAPIOff() {
        let demo = SandboxSettings.demo(timeZone: TimeZone(identifier: "UTC")!)
        #expect(demo.maximumBodyBytes == 1_048_576)
        #expect(demo.adminAPI == false)
        #expect(SandboxSettings().adminAPI == true)
    }

    @Test func hostMatchingIsExactAboutAddressAndPort() {
        #expect(RequestGate.hostIsAllowed("127.0.0.1:8080", port: 8080))
        #expect(RequestGate.hostIsAllowed("localhost:8080", port: 8080))
        #expect(!RequestGate.hostIsAllowed("127.0.0.1:80801", port: 8080))
        #expect(!RequestGate.hostIsAllowed("127.0.0.2:8080", port: 8080))
        #expect(!RequestGate.hostIsAllowed("127.0.0.1:8080", port: nil))
        #expect(!RequestGate.hostIsAllowed(nil, port: 8080))
    }
}
