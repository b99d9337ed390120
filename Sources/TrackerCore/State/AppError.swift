/// A failed request, in the terms the UI needs: what kind of failure, and the words to show.
/// The runtime translates API errors into these, so the core needs no HTTP knowledge.
public struct AppError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// No network, DNS failure, refused, timeout.
        case offline
        /// An hourly quota is used up; it resets after this many seconds (when known).
        case quota(resetsInSeconds: Int?)
        /// The token is missing or wrong.
        case unauthorized
        /// Toggl refused the request as invalid (4xx with a message).
        case rejected
        /// The object no longer exists.
        case notFound
        /// A write got no answer; it may or may not have happened.
        case unknownOutcome
        /// Toggl failed (5xx) or answered something unreadable.
        case server
    }

    public var kind: Kind
    /// Plain words for the status line.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
