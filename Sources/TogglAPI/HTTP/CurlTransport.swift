import CCurlLazy
import Foundation
import Synchronization

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
/// A cancelled task's transfer stops within about a second.
public struct CurlTransport: HTTPTransport {
    private let maxBodyBytes: Int
    private let handles = CurlHandlePool()

    /// Creates a transport.
    /// - Parameter maxBodyBytes: the largest response body read (64 MiB by default).
    public init(maxBodyBytes: Int = ResponseBodyLimit.defaultMaxBytes) {
        self.maxBodyBytes = maxBodyBytes
    }

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
        default:
            let words = toggl_curl_easy_strerror(code).map { String(cString: $0) } ?? "error"
            return .other("libcurl: \(words) (\(code))")
        }
    }
}

/// libcurl handles kept between requests (each keeps its connections open for reuse), and the
/// transfer itself.
final class CurlHandlePool: Sendable {
    /// A libcurl easy handle; used by one transfer at a time.
    private struct Handle: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
    }

    private let idle = Mutex<[Handle]>([])
    /// How many idle handles are kept; more concurrent requests get handles of their own.
    private static let keep = 4

    deinit {
        idle.withLock { handles in
            for handle in handles { toggl_curl_easy_cleanup(handle.pointer) }
        }
    }

    /// Runs one transfer on the calling thread.
    /// - Throws: ``TransportError``, or `CancellationError` when ``CurlExchange/cancel()`` stopped it.
    func perform(_ request: HTTPRequest, exchange: CurlExchange, timeoutSeconds: Int) throws -> HTTPResponse {
        guard toggl_curl_load() == 0 else {
            throw TransportError.other(toggl_curl_load_failure().map { String(cString: $0) } ?? "libcurl could not be loaded")
        }
        guard let handle = idle.withLock({ $0.popLast() }) ?? toggl_curl_easy_init().map(Handle.init) else {
            throw TransportError.other("libcurl could not start a request")
        }
        defer {
            toggl_curl_easy_reset(handle.pointer)
            let kept = idle.withLock { handles -> Bool in
                guard handles.count < Self.keep else { return false }
                handles.append(handle)
                return true
            }
            if !kept { toggl_curl_easy_cleanup(handle.pointer) }
        }
        var headerList: UnsafeMutableRawPointer?
        defer { if let headerList { toggl_curl_slist_free_all(headerList) } }
        // No `Expect: 100-continue` pause before a body; the caller's headers as given.
        for line in ["Expect:"] + request.headers.map({ "\($0.key): \($0.value)" }) {
            headerList = toggl_curl_slist_append(headerList, line)
        }
        let context = Unmanaged.passUnretained(exchange).toOpaque()
        let code: Int = withExtendedLifetime(exchange) {
            configure(handle.pointer, request, headers: headerList, context: context, timeoutSeconds: timeoutSeconds)
            return toggl_curl_easy_perform(handle.pointer)
        }
        if exchange.isCancelled { throw CancellationError() }
        if let failure = exchange.failure { throw failure }
        guard code == TOGGL_CURLE_OK else {
            var systemError = 0
            _ = toggl_curl_getinfo_long(handle.pointer, TOGGL_CURLINFO_OS_ERRNO, &systemError)
            throw CurlTransport.transportError(code: code, errno: systemError)
        }
        var status = 0
        _ = toggl_curl_getinfo_long(handle.pointer, TOGGL_CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: exchange.headers, body: exchange.body)
    }

    /// Sets every option of one transfer on a freshly reset handle.
    private func configure(
        _ handle: UnsafeMutableRawPointer, _ request: HTTPRequest, headers: UnsafeMutableRawPointer?,
        context: UnsafeMutableRawPointer, timeoutSeconds: Int
    ) {
        request.url.absoluteString.withCString { _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_URL, $0) }
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_PROTOCOLS, TOGGL_CURLPROTO_HTTP | TOGGL_CURLPROTO_HTTPS)
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_REDIR_PROTOCOLS, TOGGL_CURLPROTO_HTTP | TOGGL_CURLPROTO_HTTPS)
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_FOLLOWLOCATION, 0)
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_NOSIGNAL, 1)
        // Any encoding libcurl can decode (gzip, …), decoded before the body callback sees it.
        "".withCString { _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_ACCEPT_ENCODING, $0) }
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_CONNECTTIMEOUT, timeoutSeconds)
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_LOW_SPEED_LIMIT, 1)
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_LOW_SPEED_TIME, timeoutSeconds)
        _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_HTTPHEADER, headers)
        _ = toggl_curl_setopt_data_function(handle, TOGGL_CURLOPT_HEADERFUNCTION, CurlExchange.headerCallback)
        _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_HEADERDATA, context)
        _ = toggl_curl_setopt_data_function(handle, TOGGL_CURLOPT_WRITEFUNCTION, CurlExchange.bodyCallback)
        _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_WRITEDATA, context)
        _ = toggl_curl_setopt_progress_function(handle, TOGGL_CURLOPT_XFERINFOFUNCTION, CurlExchange.progressCallback)
        _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_XFERINFODATA, context)
        _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_NOPROGRESS, 0)
        switch request.method {
        case .get: _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_HTTPGET, 1)
        case .post: _ = toggl_curl_setopt_long(handle, TOGGL_CURLOPT_POST, 1)
        case .put, .patch, .delete:
            request.method.rawValue.withCString { _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_CUSTOMREQUEST, $0) }
        }
        if let body = request.body ?? (request.method == .post ? Data() : nil) {
            // libcurl copies the body (COPYPOSTFIELDS), so it need not outlive this call.
            _ = toggl_curl_setopt_offset(handle, TOGGL_CURLOPT_POSTFIELDSIZE_LARGE, Int64(body.count))
            body.withUnsafeBytes { raw in
                _ = toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_COPYPOSTFIELDS, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1))
            }
        }
    }
}
