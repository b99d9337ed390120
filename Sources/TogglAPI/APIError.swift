import Foundation

/// Everything that can go wrong talking to Toggl, in terms a caller can act on.
///
/// Every case has a plain-words ``description`` fit for a status line. None of them ever holds
/// a credential: bodies quoted in ``undecodable(path:snippet:)`` are redacted.
public enum APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 400: the server rejected the request; `message` is its explanation.
    case badRequest(message: String)
    /// 401: no usable credentials were sent.
    case unauthorized
    /// 403: wrong credentials, or no access to the resource.
    case forbidden(message: String)
    /// 404: no such resource.
    case notFound(message: String)
    /// 402 because an hourly quota is used up; retry after `resetsInSeconds` (when known).
    case quotaExhausted(bucket: QuotaBucket, resetsInSeconds: Int?)
    /// 402 because the workspace's plan lacks the feature.
    case premiumRequired(message: String)
    /// 405: the route does not exist with that method.
    case methodNotAllowed
    /// 409: the request conflicts with the resource's state (e.g. "Time entry already stopped").
    case conflict(message: String)
    /// 410: the endpoint is gone for good.
    case gone
    /// 429: too many requests in a burst; `retryAfterSeconds` when the server said.
    case rateLimited(retryAfterSeconds: Int?)
    /// 5xx: the server failed.
    case serverError(status: Int, message: String)
    /// Any other unexpected status. A 3xx is a redirect the transport refused to follow; its
    /// `message` then says where it pointed.
    case unexpectedStatus(status: Int, message: String)
    /// No response arrived, and the failure proves the request did nothing (or it was a read).
    case network(TransportError)
    /// A write got no answer: it may or may not have happened. Reconcile before sending again.
    case unknownOutcome(method: HTTPMethod, path: String)
    /// The body could not be decoded as the expected type.
    case undecodable(path: String, snippet: String)
    /// The request was refused before sending (e.g. a name is missing).
    case invalidRequest(String)

    /// The HTTP status behind the error, when there was one.
    public var status: Int? {
        switch self {
        case .badRequest: return 400
        case .unauthorized: return 401
        case .quotaExhausted, .premiumRequired: return 402
        case .forbidden: return 403
        case .notFound: return 404
        case .methodNotAllowed: return 405
        case .conflict: return 409
        case .gone: return 410
        case .rateLimited: return 429
        case .serverError(let status, _), .unexpectedStatus(let status, _): return status
        case .network, .unknownOutcome, .undecodable, .invalidRequest: return nil
        }
    }

    public var description: String {
        switch self {
        case .badRequest(let message):
            return message.isEmpty ? "Toggl rejected the request." : "Toggl rejected the request: \(message)"
        case .unauthorized:
            return "Toggl needs credentials: set an API token (TOGGL_API_TOKEN, the config file or ~/.togglrc)."
        case .forbidden(let message):
            return message.isEmpty ? "Toggl refused access: check the API token." : "Toggl refused access: \(message)"
        case .notFound(let message):
            return message.isEmpty ? "Not found on Toggl." : "Not found on Toggl: \(message)"
        case .quotaExhausted(let bucket, let seconds):
            let when = seconds.map { "in \(APIError.spoken(seconds: $0))" } ?? "within the hour"
            return "Toggl's hourly request limit (\(bucket)) is used up; it resets \(when)."
        case .premiumRequired(let message):
            return message.isEmpty ? "This needs a paid Toggl plan." : "This needs a paid Toggl plan: \(message)"
        case .methodNotAllowed:
            return "Toggl does not offer this operation."
        case .conflict(let message):
            return message.isEmpty ? "Toggl reported a conflict." : message
        case .gone:
            return "This Toggl endpoint no longer exists."
        case .rateLimited(let seconds):
            return "Too many requests at once; Toggl asks to wait" + (seconds.map { " \($0) s." } ?? " a moment.")
        case .serverError(let status, _):
            return "Toggl had a server error (\(status)); try again shortly."
        case .unexpectedStatus(let status, let message) where (300...399).contains(status) && !message.isEmpty:
            // A refused redirect: the message is already a whole sentence (see `redirectMessage`).
            return message
        case .unexpectedStatus(let status, let message):
            return "Toggl answered \(status)" + (message.isEmpty ? "." : ": \(message)")
        case .network(let failure):
            switch failure {
            case .timedOut: return "Toggl did not answer in time."
            case .connectionLost: return "The connection to Toggl dropped."
            case .connectionRefused: return "Could not connect to Toggl (connection refused)."
            case .hostNotFound: return "Could not find Toggl's server (DNS lookup failed)."
            case .notConnected: return "Offline: no network connection."
            case .other(let reason): return "Network error: \(reason)"
            }
        case .unknownOutcome(let method, let path):
            return "No answer to \(method.rawValue) \(path): it may or may not have been saved."
        case .undecodable(let path, let snippet):
            return "Toggl's answer to \(path) could not be read: \(snippet)"
        case .invalidRequest(let reason):
            return reason
        }
    }

    /// Whether the problem is the network (offline, timeouts, refused), not the request.
    public var isConnectivity: Bool {
        switch self {
        case .network, .unknownOutcome: return true
        default: return false
        }
    }

    static func spoken(seconds: Int) -> String {
        // Errors can be built by hand with any number: clamp before the arithmetic.
        let seconds = min(max(seconds, 0), HeaderNumber.maxSeconds)
        if seconds < 60 { return "\(seconds) s" }
        let minutes = (seconds + 59) / 60
        return minutes < 60 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }
}
