import ArgumentParser
import TogglModels

/// `me`: the signed-in user (one `GET /me`).
public struct MeCommand: CLICommand {
    public static let configuration = CommandConfiguration(commandName: "me", abstract: "Show who you are signed in as.")
    @OptionGroup public var global: GlobalOptions
    public init() {}

    public func execute(in session: CLISession) async throws {
        let me = try await session.api().me.get()
        try EntityOutput.one(me, in: session, fields: [
            ("id", String(me.id)), ("name", me.fullname ?? ""), ("email", me.email ?? ""), ("time zone", me.timezone ?? ""),
            ("default workspace", me.defaultWorkspaceID.map(String.init) ?? ""),
        ])
    }
}
