/// The outcome of ``CredentialResolver/resolve()``: credentials and where they came from, or the
/// list of places that were searched (for a first-run screen that says where to put a token).
public enum CredentialResolution: Sendable, Equatable {
    /// Credentials were found.
    case found(Credentials, source: CredentialSource)
    /// Nothing usable was found; `searched` lists the places looked at, in precedence order.
    case notFound(searched: [CredentialSource])

    /// The credentials, if found.
    public var credentials: Credentials? {
        if case .found(let credentials, _) = self { return credentials }
        return nil
    }

    /// Where the credentials came from, if found.
    public var source: CredentialSource? {
        if case .found(_, let source) = self { return source }
        return nil
    }
}
