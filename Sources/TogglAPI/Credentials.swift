import Foundation

/// How toggl-tui proves who it is to Toggl: an API token or an email and password.
///
/// Both become HTTP Basic auth. The token form sends `<token>:api_token`.
/// `description`, `dump` and mirrors never show the secret, so a `Credentials` value (and a
/// configuration holding one) is safe to log or print.
public enum Credentials: Sendable, Equatable, CustomStringConvertible, CustomReflectable {
    /// The API token from Toggl's profile page.
    case apiToken(String)
    /// An email address and password.
    case password(email: String, password: String)

    /// The value of the `Authorization` header for these credentials.
    public var authorizationHeader: String {
        let pair: String
        switch self {
        case .apiToken(let token): pair = "\(token):api_token"
        case .password(let email, let password): pair = "\(email):\(password)"
        }
        return "Basic " + Data(pair.utf8).base64EncodedString()
    }

    /// The secret strings these credentials put on the wire — the token or password, and the
    /// `Authorization` header's Base64 — for scrubbing them out of anything a server sends back.
    var secretValues: [String] {
        let base64 = String(authorizationHeader.dropFirst("Basic ".count))
        switch self {
        case .apiToken(let token): return [token, base64]
        case .password(_, let password): return [password, base64]
        }
    }

    /// A redacted description: says which kind of credentials, never the secret.
    public var description: String {
        switch self {
        case .apiToken: return "API token (hidden)"
        case .password(let email, _): return "password for \(email)"
        }
    }

    /// A mirror without children, so `dump` (of these credentials, or of an
    /// ``APIConfiguration``) shows only the redacted ``description``.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: nil) }
}
