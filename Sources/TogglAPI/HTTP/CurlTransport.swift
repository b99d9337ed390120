import CCurlLazy
import Foundation

/// The production ``HTTPTransport``: libcurl, called directly.
///
/// libcurl is what Foundation's `URLSession` runs on Linux; calling it directly leaves out
/// FoundationNetworking, whose every request also asked `Locale.current` for an
/// `Accept-Language` header and so mapped megabytes of ICU's locale data into the process
/// (README, Performance). libcurl itself is loaded by the first request (`CCurlLazy`).
///
/// Each request runs on a thread of its own with a libcurl handle from a small pool, so
/// connections (and TLS sessions) are reused. Nothing is kept between requests but those
/// connections: no cookies, no cache, no credentials. Credentials go only where the request is
/// addressed: no redirect is ever followed, and only `http` and `https` are spoken. A 3xx
/// comes back as the response it is, which ``TogglAPIClient`` reports. A body larger than
/// ``ResponseBodyLimit/maxBytes`` (64 MiB by default) is not read: the request fails with
/// ``TransportError/other(_:)`` saying so. The timeout is for silence: no byte for
/// `timeoutSeconds` (or no connection within it) ends the request as ``TransportError/timedOut``.
/// A cancelled task's transfer stops within about a second. A `POST` or `PATCH` always goes on a
/// new connection: on a kept-alive one that the server closed after reading it, libcurl would
/// otherwise send it again by itself, and a write must never be sent twice behind the client's
/// back (``TogglAPIClient`` reports its outcome as unknown instead).
public struct CurlTransport: HTTPTransport {
    private let maxBodyBytes: Int
    private let handles = CurlHandlePool()

    /// Creates a transport.
    /// - Parameter maxBodyBytes: the largest response body read (64 MiB by default).
    public init(maxBodyBytes: Int = ResponseBodyLimit.defaultMaxBytes) {
        self.maxBodyBytes = maxBodyBytes
    }

    /// Sends `request`, giving up after `timeoutSeconds` of silence (at least 1).
    /// - Throws: ``TransportError``, or `CancellationError` when the task was cancelled.
    public func send(_ request: HTTPRequest, timeoutSeconds: Int) async throws -> HTTPResponse {
        try await send(request, timeoutSeconds: timeoutSeconds, sink: nil)
    }

    /// Sends `request`; a 2xx body goes to `sink` chunk by chunk as libcurl receives it.
    public func send(_ request: HTTPRequest, timeoutSeconds: Int, successBodyTo sink: any HTTPBodySink) async throws -> HTTPResponse {
        try await send(request, timeoutSeconds: timeoutSeconds, sink: sink)
    }

    private func send(_ request: HTTPRequest, timeoutSeconds: Int, sink: (any HTTPBodySink)?) async throws -> HTTPResponse {
        let exchange = CurlExchange(sink: sink, maxBodyBytes: maxBodyBytes)
        let handles = handles
        let timeout = max(1, timeoutSeconds)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                // libcurl's transfer blocks: it gets a thread, not one of the cooperative pool's.
                let thread = Thread {
                    continuation.resume(with: Result { try handles.perform(request, exchange: exchange, timeoutSeconds: timeout) })
                }
                thread.start()
            }
        } onCancel: {
            exchange.cancel()
        }
    }

    /// What a libcurl failure proves about the server (`errno` is the system's error, if any).
    static func transportError(code: Int, errno systemError: Int) -> TransportError {
        switch code {
        case TOGGL_CURLE_OPERATION_TIMEDOUT: return .timedOut
        case TOGGL_CURLE_COULDNT_RESOLVE_HOST, TOGGL_CURLE_COULDNT_RESOLVE_PROXY: return .hostNotFound
        case TOGGL_CURLE_COULDNT_CONNECT:
            return systemError == Int(ENETUNREACH) || systemError == Int(ENETDOWN) ? .notConnected : .connectionRefused
        // The server closed or broke the connection, or answered in a way that is not HTTP: the
        // request may have acted.
        case TOGGL_CURLE_PARTIAL_FILE, TOGGL_CURLE_GOT_NOTHING, TOGGL_CURLE_SEND_ERROR, TOGGL_CURLE_RECV_ERROR,
             TOGGL_CURLE_WEIRD_SERVER_REPLY, TOGGL_CURLE_HTTP2, TOGGL_CURLE_HTTP2_STREAM:
            return .connectionLost
        case TOGGL_CURLE_PEER_FAILED_VERIFICATION:
            return .other("the server's TLS certificate could not be verified (a proxy in between, or a wrong clock?)")
        case TOGGL_CURLE_SSL_CONNECT_ERROR:
            return .other("the TLS handshake with the server failed")
        default:
            let words = toggl_curl_easy_strerror(code).map { String(cString: $0) } ?? "error"
            return .other("libcurl: \(words) (\(code))")
        }
    }
}
