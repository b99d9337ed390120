import TogglAPI

/// A failure a subcommand reports: a message for standard error and an exit code.
public struct CLIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What to tell the user (one or more lines, no trailing newline).
    public var message: String
    /// The exit status.
    public var code: CLIExitCode

    /// Creates an error.
    public init(_ message: String, code: CLIExitCode = .failure) {
        self.message = message
        self.code = code
    }

    public var description: String { message }

    /// A usage error (exit 2).
    public static func usage(_ message: String) -> CLIError { CLIError(message, code: .usage) }

    /// A not-found error (exit 5).
    public static func notFound(_ message: String) -> CLIError { CLIError(message, code: .notFound) }

    /// A conflict (exit 6).
    public static func conflict(_ message: String) -> CLIError { CLIError(message, code: .conflict) }

    /// No credentials anywhere (exit 3).
    public static let noCredentials = CLIError(
        "No Toggl API token found. Set TOGGL_API_TOKEN, run `toggl-tui config init`, or add --demo.", code: .auth)

    /// An API failure in words, with the exit code its kind deserves.
    public init(_ error: APIError) {
        let code: CLIExitCode
        switch error {
        case .unauthorized, .forbidden: code = .auth
        case .quotaExhausted: code = .quota
        case .notFound: code = .notFound
        case .conflict: code = .conflict
        case .badRequest, .invalidRequest: code = .failure
        case .network: code = .offline
        default: code = .failure
        }
        self.init(error.description, code: code)
    }
}
