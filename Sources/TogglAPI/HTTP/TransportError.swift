/// Why a request got no HTTP response at all.
///
/// The cases differ in what they prove about the server: ``connectionRefused``,
/// ``hostNotFound`` and ``notConnected`` mean the request never reached it, so any request may be
/// repeated; after ``timedOut`` or ``connectionLost`` the server may have acted on it.
public enum TransportError: Error, Sendable, Equatable {
    /// No answer within the timeout; the server may or may not have acted.
    case timedOut
    /// The connection broke after the request was sent; the server may or may not have acted.
    case connectionLost
    /// Nothing listens at the address: the request was not received.
    case connectionRefused
    /// The host name did not resolve: the request was not sent.
    case hostNotFound
    /// The machine has no network: the request was not sent.
    case notConnected
    /// Any other failure, described in words (never containing credentials).
    case other(String)

    /// Whether the failure proves the server never saw the request.
    public var requestNeverArrived: Bool {
        switch self {
        case .connectionRefused, .hostNotFound, .notConnected: return true
        case .timedOut, .connectionLost, .other: return false
        }
    }
}
