import ArgumentParser
import TogglModels

/// `quota`: what is left of each hourly request bucket (one `GET /me/quota`; offline, what this
/// machine last saw, said on standard error).
public struct QuotaCommand: CLICommand {
    public static let configuration = CommandConfiguration(commandName: "quota", abstract: "Show what is left of Toggl's hourly request quotas.")
    @OptionGroup public var global: GlobalOptions
    public init() {}

    public func execute(in session: CLISession) async throws {
        let buckets: [Quota]
        do {
            buckets = try await session.api().me.quota()
        } catch where CLISession.meansOffline(error) {
            guard let seen = session.lastSeenQuota() else { throw error }
            session.noteOffline(error)
            buckets = seen
        }
        try EntityOutput.list(buckets, columns: [.init("BUCKET"), .init("LEFT", .right), .init("OF", .right), .init("RESETS IN", .right)],
                              in: session) {
            [$0.organizationID.map { "organization \($0)" } ?? "user (/me)", String($0.remaining), String($0.total),
             "\($0.resetsInSecs / 60)m \($0.resetsInSecs % 60)s"]
        }
    }
}
