import CCurlLazy
import Foundation
import Synchronization
import Testing
@testable import TogglAPI
#if canImport(Glibc)
import Glibc
#endif

/// `CurlTransport` against a raw loopback server that misbehaves on purpose, and its pieces.
@Suite struct CurlTransportTests {
    @Test func aPostOnAKeptAliveConnectionTheServerClosesIsNotSentAgain() async throws {
        // The server answers a GET and keeps the connection; then it reads the POST that comes
        // next and closes without an answer. libcurl would resend a request on a reused
        // connection that died like this; a write must not be sent twice.
        let server = try RawLoopbackServer { request, earlier in
            if request.hasPrefix("GET") {
                return .answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\n{}")
            }
            // The first POST is read and its connection closed; a repeat would be answered.
            return earlier == 0 ? .close : .answer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
        }
        defer { server.stop() }
        let transport = CurlTransport()
        let url = try #require(URL(string: "http://127.0.0.1:\(server.port)/api/v9/x"))
        let first = try await transport.send(HTTPRequest(method: .get, url: url), timeoutSeconds: 10)
        #expect(first.status == 200)
        await #expect(throws: TransportError.connectionLost) {
            try await transport.send(HTTPRequest(method: .post, url: url, body: Data("{}".utf8)), timeoutSeconds: 10)
        }
        #expect(server.requests.filter { $0.hasPrefix("POST") }.count == 1, "\(server.requests)")
    }

    @Test func headerLinesSendEmptyValuesRefuseLineBreaksAndUnlabelABodilessPost() throws {
        let url = try #require(URL(string: "http://127.0.0.1:1/"))
        let post = HTTPRequest(method: .post, url: url, headers: ["X-Empty": "", "Accept": "application/json"])
        #expect(try CurlHandlePool.headerLines(for: post) == ["Expect:", "Content-Type:", "Accept: application/json", "X-Empty;"])
        let put = HTTPRequest(method: .put, url: url, headers: ["Content-Type": "application/json"], body: Data("{}".utf8))
        #expect(try CurlHandlePool.headerLines(for: put) == ["Expect:", "Content-Type: application/json"])
        let injected = HTTPRequest(method: .get, url: url, headers: ["User-Agent": "x\r\nX-Evil: 1"])
        #expect(throws: TransportError.self) { try CurlHandlePool.headerLines(for: injected) }
    }

    @Test func repeatedResponseFieldsAreJoinedAndAnInterimAnswerIsForgotten() {
        let exchange = CurlExchange(sink: nil, maxBodyBytes: 100)
        for line in ["HTTP/1.1 100 Continue\r\n", "X-Interim: 1\r\n", "\r\n", "HTTP/1.1 429 Too Many Requests\r\n",
                     "Retry-After:  7 \r\n", "Warning: a\r\n", "warning: b\r\n", "\r\n"] {
            #expect(Array(line.utf8).withUnsafeBytes { exchange.receiveHeader($0) })
        }
        #expect(exchange.status == 429)
        #expect(exchange.headers == ["Retry-After": "7", "Warning": "a, b"])
    }

    @Test func anAnnouncedBodyOverTheLimitStopsTheTransferAtItsHeaders() {
        let exchange = CurlExchange(sink: nil, maxBodyBytes: 100)
        #expect(Array("HTTP/1.1 200 OK\r\n".utf8).withUnsafeBytes { exchange.receiveHeader($0) })
        #expect(!Array("Content-Length: 101\r\n".utf8).withUnsafeBytes { exchange.receiveHeader($0) })
        #expect(exchange.failure == ResponseBodyLimit(maxBytes: 100).exceededError)
    }
}

/// A loopback TCP server, a thread per connection, that reads whole requests (headers and a
/// `Content-Length` body) and answers each as `respond` says, for the transport's tests.
private final class RawLoopbackServer: @unchecked Sendable {
    enum Reply { case answer(String), close }

    let port: UInt16
    private let listener: Int32
    private let log = RequestLog()
    private let thread: Thread

    /// The requests read so far, each as its head and body.
    var requests: [String] { log.lines.withLock { $0 } }

    /// What the server's thread read, for the test's thread to look at.
    private final class RequestLog: Sendable {
        let lines = Mutex<[String]>([])
    }

    /// `respond` gets each request and how many requests of its method came before it.
    init(respond: @escaping @Sendable (String, Int) -> Reply) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        guard socket >= 0, bound == 0, listen(socket, 8) == 0 else { throw TransportError.other("no loopback socket") }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        listener = socket
        port = UInt16(bigEndian: address.sin_port)
        let log = log
        thread = Thread {
            while true {
                let client = accept(socket, nil, nil)
                guard client >= 0 else { return }
                Thread {
                    var pending = [UInt8]()
                    serving: while let request = RawLoopbackServer.readRequest(client, &pending) {
                        let method = request.prefix { $0 != " " }
                        let earlier = log.lines.withLock { lines -> Int in
                            defer { lines.append(request) }
                            return lines.filter { $0.hasPrefix(method + " ") }.count
                        }
                        switch respond(request, earlier) {
                        case .close: break serving
                        case .answer(let text): _ = Array(text.utf8).withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
                        }
                    }
                    close(client)
                }.start()
            }
        }
        thread.start()
    }

    /// Ends the accept loop.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// One request from `client` (reading more into `pending` as needed), or nil at its end.
    private static func readRequest(_ client: Int32, _ pending: inout [UInt8]) -> String? {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let end = pending.firstRange(of: Array("\r\n\r\n".utf8))?.upperBound {
                let head = String(decoding: pending[..<end], as: UTF8.self)
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                if pending.count >= end + length {
                    let request = String(decoding: pending[..<(end + length)], as: UTF8.self)
                    pending.removeFirst(end + length)
                    return request
                }
            }
            let count = recv(client, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            pending.append(contentsOf: chunk[..<count])
        }
    }
}

/// What each libcurl failure is taken to prove about the server.
@Suite struct CurlErrorMappingTests {
    @Test func libcurlFailuresMapToWhatTheyProve() {
        #expect(CurlTransport.transportError(code: TOGGL_CURLE_OPERATION_TIMEDOUT, errno: 0) == .timedOut)
        #expect(CurlTransport.transportError(code: TOGGL_CURLE_COULDNT_RESOLVE_HOST, errno: 0) == .hostNotFound)
        #expect(CurlTransport.transportError(code: TOGGL_CURLE_COULDNT_CONNECT, errno: Int(ECONNREFUSED)) == .connectionRefused)
        #expect(CurlTransport.transportError(code: TOGGL_CURLE_COULDNT_CONNECT, errno: Int(ENETUNREACH)) == .notConnected)
        for lost in [TOGGL_CURLE_PARTIAL_FILE, TOGGL_CURLE_GOT_NOTHING, TOGGL_CURLE_RECV_ERROR, TOGGL_CURLE_SEND_ERROR] {
            #expect(CurlTransport.transportError(code: lost, errno: 0) == .connectionLost)
        }
        #expect(CurlTransport.transportError(code: TOGGL_CURLE_PEER_FAILED_VERIFICATION, errno: 0)
            == .other("the server's TLS certificate could not be verified (a proxy in between, or a wrong clock?)"))
        #expect(!CurlTransport.transportError(code: TOGGL_CURLE_SSL_CONNECT_ERROR, errno: 0).requestNeverArrived)
    }
}
