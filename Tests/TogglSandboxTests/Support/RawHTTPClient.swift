import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sends hand-written HTTP/1.1 bytes to 127.0.0.1 and reads the answer until the server closes
/// the connection, for tests that need headers a URL session would not send (another `Host`, none
/// at all, a chunked body). The blocking socket work runs on a Dispatch queue, never on the
/// test's cooperative threads.
enum RawHTTPClient {
    /// What came back: the status (0 when none) and the body after the headers.
    struct Answer: Sendable {
        var status: Int
        var head: String
        var body: Data
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `request` (complete bytes) to `127.0.0.1:port`; waits at most `timeoutSeconds`.
    static func send(_ request: Data, port: UInt16, timeoutSeconds: Int = 30) async throws -> Answer {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try exchange(request, port: port, timeoutSeconds: timeoutSeconds) })
            }
        }
    }

    /// A request with the given head lines (joined with CRLF) and body; `Connection: close` is added.
    static func request(_ lines: [String], body: Data = Data()) -> Data {
        Data((lines + ["Connection: close", "", ""]).joined(separator: "\r\n").utf8) + body
    }

    private static func exchange(_ request: Data, port: UInt16, timeoutSeconds: Int) throws -> Answer {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "connect() failed: \(errno)") }
        try request.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.send(descriptor, base + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                guard written > 0 else { throw Failure(description: "send() failed: \(errno)") }
                offset += written
            }
        }
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: chunk[0..<count])
        }
        return parse(received)
    }

    private static func parse(_ data: Data) -> Answer {
        let separator = Data("\r\n\r\n".utf8)
        guard let range = data.range(of: separator) else {
            return Answer(status: 0, head: String(decoding: data, as: UTF8.self), body: Data())
        }
        let head = String(decoding: data[data.startIndex..<range.lowerBound], as: UTF8.self)
        let statusText = head.split(separator: " ", maxSplits: 2).dropFirst().first.map(String.init) ?? ""
        return Answer(status: Int(statusText) ?? 0, head: head, body: Data(data[range.upperBound...]))
    }
}
