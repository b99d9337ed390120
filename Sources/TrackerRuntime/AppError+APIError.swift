import TogglAPI
import TrackerCore

extension AppError {
    /// The app's view of an API failure: its kind, in plain words.
    public init(_ error: APIError) {
        let kind: Kind
        switch error {
        case .network: kind = .offline
        case .unknownOutcome: kind = .unknownOutcome
        case .quotaExhausted(_, let seconds): kind = .quota(resetsInSeconds: seconds)
        case .unauthorized, .forbidden: kind = .unauthorized
        case .notFound: kind = .notFound
        case .badRequest, .premiumRequired, .conflict, .methodNotAllowed, .gone, .invalidRequest: kind = .rejected
        case .serverError, .unexpectedStatus, .undecodable, .rateLimited: kind = .server
        }
        self.init(kind, error.description)
    }

    /// Any error thrown while performing an effect.
    public init(any error: any Error) {
        if let api = error as? APIError {
            self.init(api)
        } else {
            self.init(.server, "Unexpected error: \(type(of: error))")
        }
    }
}
