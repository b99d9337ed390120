import Foundation

/// The credentials of an `Authorization: Basic …` header, as Toggl reads them: a token with the
/// literal password `api_token`, or an email and a password.
enum BasicCredentials: Equatable {
    case token(String)
    case password(email: String, password: String)

    /// Parses the header value; nil when absent or garbled (Toggl's 401).
    init?(header: String?) {
        guard let header else { return nil }
        let parts = header.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
              let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
              let text = String(data: data, encoding: .utf8),
              let colon = text.firstIndex(of: ":")
        else { return nil }
        let user = String(text[..<colon])
        let password = String(text[text.index(after: colon)...])
        if password == "api_token" {
            self = .token(user)
        } else {
            self = .password(email: user, password: password)
        }
    }

    /// The user these credentials open, if any.
    func user(in world: SandboxWorld) -> UserRecord? {
        switch self {
        case .token(let token): return token.isEmpty ? nil : world.user(apiToken: token)
        case .password(let email, let password): return world.user(email: email, password: password)
        }
    }
}
