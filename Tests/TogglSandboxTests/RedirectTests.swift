import FlyingFox
import FlyingSocks
import Foundation
import Synchronization
import Testing
import TogglAPI

/// Over real HTTP on 127.0.0.1 with Foundation's `URLSession` (the production transport): a
/// redirect is never followed — Foundation on Linux would carry the `Authorization` header to the
/// new origin — and an oversized body is not read.
@Suite struct RedirectTests {
    /// What a loopback server saw: one line per request, with its `Authorization` header.
    final class RequestLog: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    /// A loopback server answering every request with `respond`, recording the requests it saw.
    final class LoopbackServer: Sendable {
        let server: HTTPServer
        let task: Task<Void, Never>
        let port: UInt16
        let log = RequestLog()

        var received: [String] { log.all }

        init(respond: @escaping @Sendable (FlyingFox.HTTPRequest) -> FlyingFox.HTTPResponse) async throws {
            let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 10, logger: .disabled)
            let log = self.log
            await server.appendRoute("*") { request in
                let auth = request.headers[.authorization] ?? "-"
                log.append("\(request.method.rawValue) \(request.path) auth=\(auth)")
                return respond(request)
            }
            self.server = server
            self.task = Task { try? await server.run() }
            try await server.waitUntilListening(timeout: 10)
            guard case .ip4(_, let port)? = await server.listeningAddress else { throw CancellationError() }
            self.port = port
        }

        func stop() async {
            await server.stop(timeout: 1)
            task.cancel()
        }
    }

    private func client(port: UInt16, transport: CurlTransport = CurlTransport()) -> TogglAPIClient {
        TogglAPIClient(
            configuration: APIConfiguration(
                credentials: .apiToken("redirect-test-token-0000"), trackURL: URL(string: "http://127.0.0.1:\(port)/api/v9")!,
                timeoutSeconds: 10, retryPolicy: .never),
            transport: transport)
    }

    @Test(arguments: [301, 302, 303, 307, 308])
    func aRedirectToAnotherOriginIsNotFollowedAndSaysWhere(status: Int) async throws {
        let elsewhere = try await LoopbackServer { _ in FlyingFox.HTTPResponse(statusCode: .ok, body: Data("{}".utf8)) }
        let origin = try await LoopbackServer { _ in
            FlyingFox.HTTPResponse(
                statusCode: HTTPStatusCode(status, phrase: "Redirect"),
                headers: [.location: "http://127.0.0.1:\(elsewhere.port)/steal?x=1"])
        }
        do {
            try await client(port: origin.port).send(APIRequest(.get, "/me"))
            Issue.record("a \(status) was followed or accepted")
        } catch let error as APIError {
            #expect(error.description == "Toggl answered with a redirect (\(status)) to http://127.0.0.1:\(elsewhere.port); not followed.")
        }
        #expect(origin.received.count == 1)
        #expect(elsewhere.received.isEmpty, "the redirect was followed: \(elsewhere.received)")
        await origin.stop()
        await elsewhere.stop()
    }

    @Test func anAnnouncedBodyOverTheCapIsNotRead() async throws {
        let server = try await LoopbackServer { _ in
            FlyingFox.HTTPResponse(statusCode: .ok, body: Data(repeating: UInt8(ascii: " "), count: 4096))
        }
        await #expect(throws: APIError.network(.other("the answer is larger than 1 KiB; it was not read"))) {
            try await client(port: server.port, transport: CurlTransport(maxBodyBytes: 1024)).send(APIRequest(.get, "/me"))
        }
        await server.stop()
    }

    /// Bytes served in chunks with no length announced (chunked transfer encoding).
    struct UnannouncedBytes: AsyncBufferedSequence {
        typealias Element = UInt8
        let bytes: [UInt8]
        func makeAsyncIterator() -> Iterator { Iterator(remaining: bytes[...]) }

        struct Iterator: AsyncBufferedIteratorProtocol {
            var remaining: ArraySlice<UInt8>
            mutating func next() async throws -> UInt8? { remaining.popFirst() }
            mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
                guard !remaining.isEmpty else { return nil }
                let chunk = remaining.prefix(Swift.max(1, Swift.min(count, 512)))
                remaining = remaining.dropFirst(chunk.count)
                return chunk
            }
        }
    }

    @Test func anUnannouncedBodyGrowingPastTheCapIsCutOff() async throws {
        let server = try await LoopbackServer { _ in
            FlyingFox.HTTPResponse(
                statusCode: .ok,
                body: HTTPBodySequence(from: UnannouncedBytes(bytes: Array(repeating: UInt8(ascii: " "), count: 8192))))
        }
        await #expect(throws: APIError.network(.other("the answer is larger than 1 KiB; it was not read"))) {
            try await client(port: server.port, transport: CurlTransport(maxBodyBytes: 1024)).send(APIRequest(.get, "/me"))
        }
        await server.stop()
    }

    @Test func aBodyWithinTheCapIsReadWhole() async throws {
        let body = "[" + String(repeating: "1,", count: 400) + "1]"
        let server = try await LoopbackServer { _ in FlyingFox.HTTPResponse(statusCode: .ok, body: Data(body.utf8)) }
        let numbers = try await client(port: server.port, transport: CurlTransport(maxBodyBytes: 1024))
            .send(APIRequest(.get, "/me"), decoding: [Int].self)
        #expect(numbers.count == 401)
        #expect(server.received.first?.hasPrefix("GET /api/v9/me auth=Basic ") == true)
        await server.stop()
    }

    /// Many chunks (curl hands them over 16 KiB at a time): every byte arrives, in order.
    @Test func aBodyOfManyChunksArrivesWholeAndInOrder() async throws {
        let count = 200_000
        let body = "[" + (0..<count).map(String.init).joined(separator: ",") + "]"
        #expect(body.utf8.count > 1_000_000)
        let server = try await LoopbackServer { _ in FlyingFox.HTTPResponse(statusCode: .ok, body: Data(body.utf8)) }
        let numbers = try await client(port: server.port).send(APIRequest(.get, "/me"), decoding: [Int].self)
        #expect(numbers.count == count)
        #expect(numbers == Array(0..<count))
        await server.stop()
    }
}
