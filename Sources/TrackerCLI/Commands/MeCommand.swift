import ArgumentParser
import TogglModels

/// `me`: the signed-in user (one `GET /me`).
///
/// The profile's `api_token` and `intercom_hash` are printed as `"(hidden)"` in `--json` (the
/// keys stay) unless `--show-secrets` asks for them; the table shows the token only then.
public struct MeCommand: CLICommand {
    public static let configuration = CommandConfiguration(commandName: "me", abstract: "Show who you are signed in as.")
    @Flag(name: .customLong("show-secrets"), help: "Print the API token (hidden by default: it is a password).")
    public var showSecrets = false
    @OptionGroup public var refreshing: RefreshOption
    @OptionGroup public var global: GlobalOptions
    public init() {}

    public func execute(in session: CLISession) async throws {
        session.refreshRequested = refreshing.refresh
        let me = try await session.profile()
        var fields = [
            ("id", String(me.id)), ("name", me.fullname ?? ""), ("email", me.email ?? ""), ("time zone", me.timezone ?? ""),
            ("default workspace", me.defaultWorkspaceID.map(String.init) ?? ""),
        ]
        if showSecrets, let token = me.apiToken { fields.append(("api token", token.revealed)) }
        session.showSecrets = showSecrets
        try EntityOutput.one(me, in: session, fields: fields)
    }
}
