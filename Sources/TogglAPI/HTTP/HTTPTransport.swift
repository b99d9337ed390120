import Foundation

/// Sends one HTTP request and returns the response, whatever its status.
///
/// The seam between ``TogglAPIClient`` and the network: ``CurlTransport`` in the app,
/// a stub in tests. Implementations throw ``TransportError`` when no response arrived;
/// HTTP error statuses are responses, not errors.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, giving up after `timeoutSeconds` (whole seconds, at least 1).
    func send(_ request: HTTPRequest, timeoutSeconds: Int) async throws -> HTTPResponse

    /// Sends `request` as ``send(_:timeoutSeconds:)`` does, but the body of a 2xx answer goes
    /// to `sink` as it arrives and the response's own `body` stays empty.
    func send(_ request: HTTPRequest, timeoutSeconds: Int, successBodyTo sink: any HTTPBodySink) async throws -> HTTPResponse
}

extension HTTPTransport {
    /// For a transport that cannot stream: the whole body, handed over in one chunk.
    public func send(_ request: HTTPRequest, timeoutSeconds: Int, successBodyTo sink: any HTTPBodySink) async throws -> HTTPResponse {
        var response = try await send(request, timeoutSeconds: timeoutSeconds)
        guard response.isSuccess else { return response }
        sink.receive(response.body)
        response.body = Data()
        return response
    }
}
