import Foundation
import TogglModels

/// A client for Toggl Track API v9 and Reports API v3.
///
/// Endpoint groups hang off it — ``me``, ``timeEntries``, ``clients``, ``projects`` and the rest —
/// and all go through ``send(_:)``, which adds credentials and headers, records the quota headers
/// of every response in ``quota``, maps failures to ``APIError`` and repeats a request only when
/// repeating cannot duplicate work:
///
/// | failure | retried |
/// |---|---|
/// | connection refused, 429 | any request |
/// | timeout, dropped connection, 5xx | idempotent requests only |
/// | offline, DNS failure, 4xx, 402 | never |
///
/// A write that timed out or lost its connection throws ``APIError/unknownOutcome(method:path:)``.
/// Nothing is sent over `http://` except to a loopback host (``CleartextPolicy``).
/// A `DELETE` repeated after such a failure (or a 5xx) that then finds nothing (404) has
/// succeeded: the earlier attempt deleted it.
public struct TogglAPIClient: Sendable {
    public let configuration: APIConfiguration
    /// The latest quota of every bucket this client has touched.
    public let quota: QuotaTracker
    private let transport: any HTTPTransport
    let clock: any APIClock
    private let random: @Sendable () -> Double

    /// Creates a client. Everything but the configuration has a production default; tests pass a
    /// stub transport, a fake clock and a fixed random source.
    public init(
        configuration: APIConfiguration,
        transport: any HTTPTransport = CurlTransport(),
        clock: any APIClock = SystemAPIClock(),
        quota: QuotaTracker = QuotaTracker(),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
        self.quota = quota
        self.random = random
    }

    /// A client for the real Toggl with default settings.
    public init(credentials: Credentials) {
        self.init(configuration: APIConfiguration(credentials: credentials))
    }

    // MARK: Sending

    /// Sends a request and decodes a successful body as `Response`.
    /// - Throws: ``APIError``, or `CancellationError` when cancelled while waiting to retry.
    public func send<Response: Decodable>(_ request: APIRequest, decoding _: Response.Type = Response.self) async throws -> Response {
        let response = try await send(request)
        return try decode(Response.self, from: response, path: request.path)
    }

    /// Sends a request and returns the successful (2xx) response.
    /// - Throws: ``APIError``, or `CancellationError` when cancelled while waiting to retry.
    @discardableResult
    public func send(_ request: APIRequest) async throws -> HTTPResponse {
        try await send(request, successBodyTo: nil)
    }

    /// Sends a request as ``send(_:)`` does; with a `sink`, a successful answer's body goes to
    /// it as it arrives (restarted before each attempt) instead of into the returned response.
    /// - Throws: ``APIError``, or `CancellationError` when cancelled while waiting to retry.
    @discardableResult
    public func send(_ request: APIRequest, successBodyTo sink: (any HTTPBodySink)?) async throws -> HTTPResponse {
        let httpRequest = makeHTTPRequest(request)
        // The settings were checked when read; this catches a configuration built in code.
        guard CleartextPolicy.allowsCredentials(to: httpRequest.url) else {
            throw APIError.invalidRequest(CleartextPolicy.refusal(for: httpRequest.url))
        }
        let policy = configuration.retryPolicy
        var attempt = 1
        var earlierAttemptMayHaveActed = false
        while true {
            switch await attemptOnce(httpRequest, for: request, sink: sink) {
            case .success(let response):
                return response
            case .failure(.notFound, _, _, let response?) where request.method == .delete && earlierAttemptMayHaveActed:
                return response
            case .failure(let error, let retryable, let retryAfterSeconds, _):
                guard retryable, attempt < policy.maxAttempts else { throw error }
                // Only a refusal and a 429 prove the server did nothing.
                if error != .network(.connectionRefused), error.status != 429 { earlierAttemptMayHaveActed = true }
                var pause = policy.delay(beforeRetry: attempt, random: random())
                if let retryAfterSeconds {
                    guard Double(retryAfterSeconds) <= policy.maxDelaySeconds else { throw error }
                    pause = max(pause, Double(retryAfterSeconds))
                }
                try await clock.sleep(seconds: pause)
                attempt += 1
            }
        }
    }

    /// What one attempt came to.
    private enum Attempt {
        case success(HTTPResponse)
        /// `response` is the failed answer, when one came.
        case failure(APIError, retryable: Bool, retryAfterSeconds: Int?, response: HTTPResponse?)
    }

    /// Sends once, records the quota headers, and classifies the outcome.
    private func attemptOnce(_ httpRequest: HTTPRequest, for request: APIRequest, sink: (any HTTPBodySink)?) async -> Attempt {
        let response: HTTPResponse
        do {
            let timeout = configuration.timeoutSeconds
            if let sink {
                sink.restart()
                response = try await transport.send(httpRequest, timeoutSeconds: timeout, successBodyTo: sink)
            } else {
                response = try await transport.send(httpRequest, timeoutSeconds: timeout)
            }
        } catch {
            let failure = error as? TransportError ?? .other(String(describing: type(of: error)))
            let mayRepeat = failure == .connectionRefused
                || (request.isIdempotent && (failure == .timedOut || failure == .connectionLost))
            let outcome: APIError = request.isIdempotent || failure.requestNeverArrived
                ? .network(failure)
                : .unknownOutcome(method: request.method, path: request.path)
            return .failure(outcome, retryable: mayRepeat, retryAfterSeconds: nil, response: nil)
        }
        if let status = QuotaStatus(headers: response, at: clock.now()) {
            quota.record(status, for: request.bucket)
        }
        if response.isSuccess { return .success(response) }
        let error = APIError(response: response, bucket: quota.bucket(for: request.bucket))
            .redacting(configuration.credentials.secretValues)
        var retryAfter: Int?
        if case .rateLimited(let seconds) = error { retryAfter = seconds }
        return .failure(error, retryable: Self.shouldRetry(status: response.status, request: request),
                        retryAfterSeconds: retryAfter, response: response)
    }

    /// Whether a failed status may be retried for this request.
    static func shouldRetry(status: Int, request: APIRequest) -> Bool {
        switch status {
        case 429: return true
        case 500, 502, 503, 504: return request.isIdempotent
        default: return false
        }
    }

    /// The full HTTP request: URL under the right root, Basic auth, JSON and agent headers.
    func makeHTTPRequest(_ request: APIRequest) -> HTTPRequest {
        let root = request.root == .track ? configuration.trackURL : configuration.reportsURL
        var text = root.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += request.path
        if !request.query.isEmpty { text += "?" + request.encodedQuery }
        var headers = [
            "Authorization": configuration.credentials.authorizationHeader,
            "Accept": "application/json",
            "User-Agent": configuration.userAgent,
        ]
        if request.body != nil { headers["Content-Type"] = "application/json" }
        return HTTPRequest(method: request.method, url: URL(string: text) ?? root, headers: headers, body: request.body)
    }

    /// Decodes a body, mapping failure to ``APIError/undecodable(path:snippet:)``.
    func decode<Value: Decodable>(_ type: Value.Type, from response: HTTPResponse, path: String) throws -> Value {
        do {
            // `/me` with its related data is the one large answer: read it with less memory.
            if Value.self == Me.self, let me = try Me.decoded(from: response.body) as? Value { return me }
            return try TogglJSON.makeDecoder().decode(Value.self, from: response.body)
        } catch {
            throw APIError.undecodable(path: path, snippet: APIError.snippet(of: response.body))
                .redacting(configuration.credentials.secretValues)
        }
    }
}
