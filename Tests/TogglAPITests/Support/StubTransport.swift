import Foundation
import Synchronization
import TogglAPI

/// A transport that records every request and answers from a script, for tests.
final class StubTransport: HTTPTransport {
    typealias Answer = Result<HTTPResponse, TransportError>

    private struct State {
        var answers: [Answer] = []
        var fallback: Answer
        var requests: [HTTPRequest] = []
        var timeouts: [Int] = []
    }

    private let state: Mutex<State>

    /// Answers with `answers` in order, then with `fallback` forever.
    init(_ answers: [Answer] = [], fallback: Answer = .success(HTTPResponse(status: 200, body: Data("null".utf8)))) {
        state = Mutex(State(answers: answers, fallback: fallback))
    }

    /// A stub that always answers `status` with a JSON `body`.
    convenience init(status: Int = 200, json body: String, headers: [String: String] = [:]) {
        self.init(fallback: .success(HTTPResponse(status: status, headers: headers, body: Data(body.utf8))))
    }

    func send(_ request: HTTPRequest, timeoutSeconds: Int) async throws -> HTTPResponse {
        let answer = state.withLock { state -> Answer in
            state.requests.append(request)
            state.timeouts.append(timeoutSeconds)
            return state.answers.isEmpty ? state.fallback : state.answers.removeFirst()
        }
        return try answer.get()
    }

    /// Every request sent so far.
    var requests: [HTTPRequest] { state.withLock { $0.requests } }
    /// The only request sent; fails the test if there were more or none.
    var onlyRequest: HTTPRequest? { state.withLock { $0.requests.count == 1 ? $0.requests[0] : nil } }
    /// The timeout passed with each request.
    var timeouts: [Int] { state.withLock { $0.timeouts } }
}

extension HTTPResponse {
    /// A response with a UTF-8 body.
    static func text(_ status: Int, _ body: String = "", headers: [String: String] = [:]) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
    }
}

extension HTTPRequest {
    /// The URL's path, e.g. `/api/v9/me`.
    var path: String { url.path }
    /// The URL's query items as name → value (decoded).
    var queryItems: [String: String] {
        var items: [String: String] = [:]
        for item in URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? [] {
            items[item.name] = item.value ?? ""
        }
        return items
    }
    /// The body parsed as a JSON object, for comparing fields.
    var jsonBody: [String: Any]? {
        body.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
    }
    /// The body as text.
    var bodyText: String { body.map { String(decoding: $0, as: UTF8.self) } ?? "" }
}
