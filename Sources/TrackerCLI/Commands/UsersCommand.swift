import ArgumentParser
import TogglModels

/// `users ls`: the workspace's users.
public struct UsersCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "users", abstract: "List a workspace's users.", subcommands: [List.self])

    public init() {}

    /// `users ls`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List users.")
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let users = try await session.api().users.list(in: wid)
            try EntityOutput.list(users, columns: [.init("ID", .right), .init("NAME"), .init("EMAIL"), .init("ROLE")], in: session) {
                [String($0.id), $0.fullname ?? "", $0.email ?? "", $0.role ?? ($0.isAdmin ? "admin" : "")]
            }
        }
    }
}
