import CCurlLazy
import Foundation
import Synchronization

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
        if exchange.isCancelled { throw CancellationError() }
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
        for line in try Self.headerLines(for: request) {
            guard let longer = toggl_curl_slist_append(headerList, line) else {
                throw TransportError.other("libcurl could not hold the request's headers")
            }
            headerList = longer
        }
        let context = Unmanaged.passUnretained(exchange).toOpaque()
        let code: Int = try withExtendedLifetime(exchange) {
            try configure(handle.pointer, request, headers: headerList, context: context, timeoutSeconds: timeoutSeconds)
            return toggl_curl_easy_perform(handle.pointer)
        }
        if code == TOGGL_CURLE_ABORTED_BY_CALLBACK, exchange.isCancelled { throw CancellationError() }
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

    /// The request's header lines as libcurl takes them: `Name: value`, or `Name;` for an empty
    /// value. `Expect:` turns off the `100-continue` pause before a body, and `Content-Type:`
    /// keeps libcurl from labelling a `POST` without a body as a form.
    /// - Throws: ``TransportError/other(_:)`` for a name or value holding a line break.
    static func headerLines(for request: HTTPRequest) throws -> [String] {
        var lines = ["Expect:"]
        if request.body == nil, request.method == .post { lines.append("Content-Type:") }
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            guard !(name + value).contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
                throw TransportError.other("a request header holds a line break; not sent")
            }
            lines.append(value.isEmpty ? "\(name);" : "\(name): \(value)")
        }
        return lines
    }

    /// Sets every option of one transfer on a freshly reset handle.
    /// - Throws: ``TransportError/other(_:)`` when libcurl refuses one.
    private func configure(
        _ handle: UnsafeMutableRawPointer, _ request: HTTPRequest, headers: UnsafeMutableRawPointer?,
        context: UnsafeMutableRawPointer, timeoutSeconds: Int
    ) throws {
        func check(_ code: Int, _ option: Int) throws {
            guard code == TOGGL_CURLE_OK else { throw TransportError.other("libcurl refused option \(option) (\(code))") }
        }
        func set(_ option: Int, _ value: Int) throws { try check(toggl_curl_setopt_long(handle, option, value), option) }
        func set(_ option: Int, _ value: UnsafeRawPointer?) throws { try check(toggl_curl_setopt_pointer(handle, option, value), option) }
        func set(_ option: Int, _ text: String) throws { try text.withCString { try set(option, UnsafeRawPointer($0)) } }

        try set(TOGGL_CURLOPT_URL, request.url.absoluteString)
        // Only http and https, also after a redirect (which is never followed anyway).
        let web = TOGGL_CURLPROTO_HTTP | TOGGL_CURLPROTO_HTTPS
        if "http,https".withCString({ toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_PROTOCOLS_STR, $0) }) != TOGGL_CURLE_OK {
            try set(TOGGL_CURLOPT_PROTOCOLS, web)  // libcurl older than 7.85
        }
        if "http,https".withCString({ toggl_curl_setopt_pointer(handle, TOGGL_CURLOPT_REDIR_PROTOCOLS_STR, $0) }) != TOGGL_CURLE_OK {
            try set(TOGGL_CURLOPT_REDIR_PROTOCOLS, web)
        }
        try set(TOGGL_CURLOPT_FOLLOWLOCATION, 0)
        try set(TOGGL_CURLOPT_NOSIGNAL, 1)
        // Any encoding libcurl can decode (gzip, …), decoded before the body callback sees it.
        try set(TOGGL_CURLOPT_ACCEPT_ENCODING, "")
        try set(TOGGL_CURLOPT_CONNECTTIMEOUT, timeoutSeconds)
        try set(TOGGL_CURLOPT_LOW_SPEED_LIMIT, 1)
        try set(TOGGL_CURLOPT_LOW_SPEED_TIME, timeoutSeconds)
        try set(TOGGL_CURLOPT_HTTPHEADER, UnsafeRawPointer(headers))
        try check(toggl_curl_setopt_data_function(handle, TOGGL_CURLOPT_HEADERFUNCTION, CurlExchange.headerCallback), TOGGL_CURLOPT_HEADERFUNCTION)
        try set(TOGGL_CURLOPT_HEADERDATA, UnsafeRawPointer(context))
        try check(toggl_curl_setopt_data_function(handle, TOGGL_CURLOPT_WRITEFUNCTION, CurlExchange.bodyCallback), TOGGL_CURLOPT_WRITEFUNCTION)
        try set(TOGGL_CURLOPT_WRITEDATA, UnsafeRawPointer(context))
        try check(toggl_curl_setopt_progress_function(handle, TOGGL_CURLOPT_XFERINFOFUNCTION, CurlExchange.progressCallback), TOGGL_CURLOPT_XFERINFOFUNCTION)
        try set(TOGGL_CURLOPT_XFERINFODATA, UnsafeRawPointer(context))
        try set(TOGGL_CURLOPT_NOPROGRESS, 0)
        switch request.method {
        case .get: try set(TOGGL_CURLOPT_HTTPGET, 1)
        case .post: try set(TOGGL_CURLOPT_POST, 1)
        case .put, .patch, .delete: try set(TOGGL_CURLOPT_CUSTOMREQUEST, request.method.rawValue)
        }
        // A write never rides a kept-alive connection: libcurl resends a request on its own when
        // such a connection turns out closed before any answer, even after the server read it.
        if !request.method.isIdempotent { try set(TOGGL_CURLOPT_FRESH_CONNECT, 1) }
        if let body = request.body ?? (request.method == .post ? Data() : nil) {
            // libcurl copies the body (COPYPOSTFIELDS), so it need not outlive this call.
            try check(toggl_curl_setopt_offset(handle, TOGGL_CURLOPT_POSTFIELDSIZE_LARGE, Int64(body.count)), TOGGL_CURLOPT_POSTFIELDSIZE_LARGE)
            try body.withUnsafeBytes { raw in
                try set(TOGGL_CURLOPT_COPYPOSTFIELDS, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1))
            }
        }
    }
}
