/// Sends one HTTP request and returns the response, whatever its status.
///
/// The seam between ``TogglAPIClient`` and the network: ``URLSessionTransport`` in the app,
/// a stub in tests. Implementations throw ``TransportError`` when no response arrived;
/// HTTP error statuses are responses, not errors.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, giving up after `timeoutSeconds` (whole seconds, at least 1).
    func send(_ request: HTTPRequest, timeoutSeconds: Int) async throws -> HTTPResponse
}
