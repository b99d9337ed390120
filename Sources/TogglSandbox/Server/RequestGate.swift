import FlyingFox
import Foundation

/// What the server checks before a request reaches the sandbox, so no web page and no other
/// program can use it by accident or on purpose:
///
/// - **Host**: the `Host` header must name the loopback address and the port the server listens
///   on (`127.0.0.1:<port>` or `localhost:<port>`). Anything else — a DNS-rebound name, a missing
///   header — is refused with 421 and a JSON string, before the body is read. This holds for
///   every sandbox server (the demo and `toggl-sandbox`), since clients always use the URL the
///   server handed out.
/// - **Body size**: a body over ``SandboxSettings/maximumBodyBytes`` is refused with 413 and a
///   JSON string. A declared `Content-Length` is checked before a byte of the body is read; a
///   chunked body is read only up to the cap.
enum RequestGate {
    /// Whether `host` (a `Host` header value) names this server on loopback.
    static func hostIsAllowed(_ host: String?, port: UInt16?) -> Bool {
        guard let host, let port else { return false }
        let allowed = ["127.0.0.1:\(port)", "localhost:\(port)"]
        return allowed.contains(host.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The answer to a request for another host: 421 Misdirected Request.
    static func misdirected(port: UInt16?) -> SandboxResponse {
        let expected = port.map { "127.0.0.1:\($0)" } ?? "127.0.0.1"
        return .error(421, "This sandbox only answers requests for host \(expected) or localhost")
    }

    /// The answer to a body over `limit` bytes: 413 Payload Too Large.
    static func tooLarge(limit: Int) -> SandboxResponse {
        .error(413, "Request body too large: the limit is \(limit) bytes")
    }

    /// The request's body, or nil when it is larger than `limit` bytes (not read further).
    static func body(of request: HTTPRequest, limit: Int) async throws -> Data? {
        let limit = max(0, limit)
        if let declared = request.headers[.contentLength] {
            guard let length = Int(declared.trimmingCharacters(in: .whitespaces)), length >= 0, length <= limit else {
                return nil
            }
        }
        if let count = request.bodySequence.count {
            guard count <= limit else { return nil }
            return try await request.bodyData
        }
        var data = Data()
        for try await chunk in request.bodySequence {
            guard chunk.count <= limit - data.count else { return nil }
            data.append(chunk)
        }
        return data
    }
}
