import FlyingFox
import Foundation

/// Turns FlyingFox requests into ``SandboxRequest``s and the sandbox's answers back into bytes —
/// or into silence. The ``RequestGate`` checks (Host, body size) come first.
struct SandboxHTTPHandler: HTTPHandler {
    let sandbox: Sandbox
    let autosave: SandboxAutosave?
    let listeningPort: ListeningPort

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let port = listeningPort.value
        guard RequestGate.hostIsAllowed(request.headers[.host], port: port) else {
            return Self.httpResponse(RequestGate.misdirected(port: port))
        }
        let limit = sandbox.settings.maximumBodyBytes
        guard let body = try await RequestGate.body(of: request, limit: limit) else {
            return Self.httpResponse(RequestGate.tooLarge(limit: limit))
        }
        let sandboxRequest = SandboxRequest(
            method: request.method.rawValue,
            path: request.path.removingPercentEncoding ?? request.path,
            query: request.query.map { (name: $0.name, value: $0.value) },
            headers: Dictionary(request.headers.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: { first, _ in first }),
            body: body
        )
        let latency = sandbox.latencySeconds(for: sandboxRequest)
        if latency > 0 {
            try await Task.sleep(for: .seconds(latency))
        }
        let response = sandbox.handle(sandboxRequest)
        do {
            try autosave?.saveIfChanged()
        } catch {
            FileHandle.standardError.write(Data("toggl-sandbox: warning: could not save the state file: \(error)\n".utf8))
        }
        switch response.delivery {
        case .normal:
            return Self.httpResponse(response)
        case .dropConnection:
            armReset(request)
            return Self.cutOffResponse
        case .withhold(let seconds):
            armReset(request)
            // An answer lost at once is cut off; one withheld is never begun (the client times out).
            guard SandboxFaults.clampedSeconds(seconds) > 0 else { return Self.cutOffResponse }
            return HTTPResponse(webSocket: DroppedConnection(after: seconds))
        }
    }

    /// Makes the coming close of this request's connection a reset (see ``ConnectionReset``).
    private func armReset(_ request: HTTPRequest) {
        guard case .ip4(_, let peerPort)? = request.remoteAddress, let localPort = listeningPort.value else { return }
        ConnectionReset.arm(peerPort: peerPort, localPort: localPort)
    }

    /// An answer whose connection ends after its headers (see ``CutOffBody``).
    static var cutOffResponse: HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json"],
                     body: HTTPBodySequence(from: CutOffBody(), count: CutOffBody.promisedCount))
    }

    static func httpResponse(_ response: SandboxResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in response.headers {
            headers[HTTPHeader(name)] = value
        }
        return HTTPResponse(
            statusCode: HTTPStatusCode(response.status, phrase: reasonPhrase(response.status)),
            headers: headers,
            body: response.body
        )
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 201: return "Created"
        case 204: return "No Content"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 402: return "Payment Required"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 409: return "Conflict"
        case 410: return "Gone"
        case 413: return "Payload Too Large"
        case 418: return "I'm a teapot"
        case 421: return "Misdirected Request"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        default: return "Status \(status)"
        }
    }
}

/// Ends a connection without an answer after a wait (with a reset when ``ConnectionReset`` could
/// arm it): an answer that never comes, so the client times out first.
///
/// FlyingFox writes a response's status line and headers before its body, so a failing body would
/// still show the client a status. A WebSocket "upgrade" is different: FlyingFox asks the handler
/// for its frames *before* writing anything, so throwing there closes the connection with not a
/// single byte sent — what a client sees when the network drops. Waiting first imitates an answer
/// that never comes (the client times out).
struct DroppedConnection: WSHandler {
    struct Dropped: Error {}

    let seconds: Double

    init(after seconds: Double) {
        self.seconds = SandboxFaults.clampedSeconds(seconds)
    }

    func makeFrames(for client: AsyncThrowingStream<WSFrame, any Error>) async throws -> AsyncStream<WSFrame> {
        if seconds > 0 {
            try? await Task.sleep(for: .seconds(seconds))
        }
        throw Dropped()
    }
}
