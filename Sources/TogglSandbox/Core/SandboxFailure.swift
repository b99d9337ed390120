/// An error answer a route handler throws: the status and the message Toggl would send.
public struct SandboxFailure: Error, Sendable, Equatable {
    public var status: Int
    public var message: String

    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    /// 400 with Toggl's message.
    public static func badRequest(_ message: String) -> SandboxFailure { SandboxFailure(400, message) }
    /// 402 for a feature the workspace's plan lacks.
    public static let premiumRequired = SandboxFailure(402, "Workspace needs to have this feature enabled")
    /// 403 with Toggl's message.
    public static func forbidden(_ message: String = "User does not have access to this resource") -> SandboxFailure {
        SandboxFailure(403, message)
    }
    /// 404 with Toggl's message.
    public static func notFound(_ message: String) -> SandboxFailure { SandboxFailure(404, message) }
    /// 409 with Toggl's message.
    public static func conflict(_ message: String) -> SandboxFailure { SandboxFailure(409, message) }

    /// The response Toggl sends for this failure.
    public var response: SandboxResponse { .error(status, message) }
}
