import Foundation
import Testing
import TogglAPI

/// The `Authorization` header every request of the test client must carry.
let expectedBasicHeader = "Basic " + Data("\(testToken):api_token".utf8).base64EncodedString()

/// Checks one sent request: method, path under `/api/v9`, the exact query items, the exact body
/// text (TogglJSON sorts keys, so bodies are deterministic; `nil` = no body) and the Basic header.
func expectSent(
    _ request: HTTPRequest?,
    _ method: HTTPMethod,
    _ path: String,
    query: [String: String] = [:],
    body: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let request else {
        Issue.record("expected exactly one request", sourceLocation: sourceLocation)
        return
    }
    #expect(request.method == method, sourceLocation: sourceLocation)
    #expect(request.path == path, sourceLocation: sourceLocation)
    #expect(request.queryItems == query, sourceLocation: sourceLocation)
    #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == body, sourceLocation: sourceLocation)
    #expect(request.headers["Authorization"] == expectedBasicHeader, sourceLocation: sourceLocation)
    if body != nil {
        #expect(request.headers["Content-Type"] == "application/json", sourceLocation: sourceLocation)
    }
}
extension HTTPRequest {
    /// Whether the request carries Basic auth for ``testToken`` (`<token>:api_token`).
    var usesTestTokenBasicAuth: Bool {
        headers["Authorization"] == "Basic " + Data("\(testToken):api_token".utf8).base64EncodedString()
    }

    /// Method and path in one string, e.g. `GET /api/v9/me`.
    var line: String { "\(method.rawValue) \(path)" }
}
