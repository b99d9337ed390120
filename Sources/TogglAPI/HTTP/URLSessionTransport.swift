import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The production ``HTTPTransport``: Foundation's `URLSession` with an ephemeral configuration
/// (no cookies, no cache, no credential storage).
///
/// Credentials go only where the request is addressed: no redirect is ever followed (Toggl's
/// API does not redirect, and Foundation on Linux would copy the `Authorization` header to the
/// new origin). A 3xx comes back as the response it is, which ``TogglAPIClient`` reports as
/// "Toggl answered with a redirect to <origin>; not followed". A body larger than
/// ``ResponseBodyLimit/maxBytes`` (64 MiB by default) is not read: the request fails with
/// ``TransportError/other(_:)`` saying so.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let delegate: URLSessionTransportDelegate

    /// Creates a transport over a fresh ephemeral session.
    /// - Parameter maxBodyBytes: the largest response body read (64 MiB by default).
    public init(maxBodyBytes: Int = ResponseBodyLimit.defaultMaxBytes) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCredentialStorage = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let delegate = URLSessionTransportDelegate(maxBodyBytes: maxBodyBytes)
        self.delegate = delegate
        self.session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    public func send(_ request: HTTPRequest, timeoutSeconds: Int) async throws -> HTTPResponse {
        try await send(request, timeoutSeconds: timeoutSeconds, sink: nil)
    }

    /// Sends `request`; a 2xx body goes to `sink` chunk by chunk as URLSession delivers it.
    public func send(_ request: HTTPRequest, timeoutSeconds: Int, successBodyTo sink: any HTTPBodySink) async throws -> HTTPResponse {
        try await send(request, timeoutSeconds: timeoutSeconds, sink: sink)
    }

    private func send(_ request: HTTPRequest, timeoutSeconds: Int, sink: (any HTTPBodySink)?) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = TimeInterval(max(1, timeoutSeconds))
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        let task = session.dataTask(with: urlRequest)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                delegate.start(task, sink: sink, continuation: continuation)
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Maps Foundation's URL loading errors onto what they prove about the server.
    static func transportError(for error: URLError) -> TransportError {
        switch error.code {
        case .timedOut: return .timedOut
        // A server that closes without answering shows up as a bad response: the request may have acted.
        case .networkConnectionLost, .badServerResponse: return .connectionLost
        case .cannotConnectToHost: return .connectionRefused
        case .cannotFindHost, .dnsLookupFailed: return .hostNotFound
        case .notConnectedToInternet, .internationalRoamingOff, .dataNotAllowed: return .notConnected
        default: return .other("URL error \(error.code.rawValue)")
        }
    }
}

/// The session delegate behind ``URLSessionTransport``: collects each task's response and body
/// (within the body limit) or passes a successful body on to the task's sink, refuses every
/// redirect, and resumes the waiting caller.
///
/// `@unchecked Sendable` because `NSObject` is not `Sendable`; all mutable state is behind the
/// mutex.
final class URLSessionTransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Pending {
        var continuation: CheckedContinuation<HTTPResponse, any Error>
        var response: HTTPURLResponse?
        var body = Data()
        /// Where a 2xx body goes instead of ``body``, if the caller gave one.
        var sink: (any HTTPBodySink)?
        /// Whether this answer's body goes to ``sink`` (set when its status is known).
        var streams = false
        var limit: ResponseBodyLimit
        /// Set when this delegate cancelled the task (a body over the limit).
        var failure: TransportError?
    }

    private let maxBodyBytes: Int
    private let pending = Mutex<[Int: Pending]>([:])

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
    }

    /// Registers the caller waiting for `task` and starts it.
    func start(_ task: URLSessionDataTask, sink: (any HTTPBodySink)?, continuation: CheckedContinuation<HTTPResponse, any Error>) {
        pending.withLock {
            $0[task.taskIdentifier] = Pending(
                continuation: continuation, sink: sink, limit: ResponseBodyLimit(maxBytes: maxBodyBytes))
        }
        task.resume()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        // Never follow: the 3xx itself becomes the response, and the client reports it.
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let allowed: Bool = pending.withLock { all in
            guard var entry = all[dataTask.taskIdentifier] else { return true }
            entry.response = response as? HTTPURLResponse
            entry.streams = entry.sink != nil && (200..<300).contains(entry.response?.statusCode ?? 0)
            let allowed = entry.limit.allows(expectedLength: response.expectedContentLength)
            if !allowed { entry.failure = entry.limit.exceededError }
            all[dataTask.taskIdentifier] = entry
            return allowed
        }
        completionHandler(allowed ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let (withinLimit, sink): (Bool, (any HTTPBodySink)?) = pending.withLock { all in
            // In place: a copy of the entry would share its body, and appending to the copy
            // would copy the whole body received so far, for every chunk.
            guard let index = all.index(forKey: dataTask.taskIdentifier), all.values[index].failure == nil else { return (true, nil) }
            guard all.values[index].limit.receive(data.count) else {
                all.values[index].failure = all.values[index].limit.exceededError
                all.values[index].body = Data()
                return (false, nil)
            }
            if all.values[index].streams { return (true, all.values[index].sink) }
            all.values[index].body.append(data)
            return (true, nil)
        }
        // Outside the lock: the sink reads the chunk. The delegate queue is serial, so chunks
        // arrive in order.
        sink?.receive(data)
        if !withinLimit { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let entry = pending.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        let response = entry.response ?? (task.response as? HTTPURLResponse)
        if let failure = entry.failure {
            entry.continuation.resume(throwing: failure)
        } else if let error {
            entry.continuation.resume(throwing: Self.transportError(for: error))
        } else if let response {
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields {
                if let name = key as? String, let text = value as? String { headers[name] = text }
            }
            entry.continuation.resume(returning: HTTPResponse(status: response.statusCode, headers: headers, body: entry.body))
        } else {
            entry.continuation.resume(throwing: TransportError.other("the response was not HTTP"))
        }
    }

    private static func transportError(for error: any Error) -> any Error {
        if let urlError = error as? URLError {
            if urlError.code == .cancelled { return CancellationError() }
            return URLSessionTransport.transportError(for: urlError)
        }
        let nsError = error as NSError
        if nsError.domain == NSURLErrorDomain, let code = Optional(URLError.Code(rawValue: nsError.code)).flatMap({ $0 }) {
            if code == .cancelled { return CancellationError() }
            return URLSessionTransport.transportError(for: URLError(code))
        }
        return TransportError.other(String(describing: type(of: error)))
    }
}
