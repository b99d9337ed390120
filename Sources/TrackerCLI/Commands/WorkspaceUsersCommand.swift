import ArgumentParser
import TogglModels

/// `workspace-users ls`: memberships with roles and rates.
public struct WorkspaceUsersCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "workspace-users", abstract: "List a workspace's memberships.", subcommands: [List.self])

    public init() {}

    /// `workspace-users ls`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List workspace users.")
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let users = try await session.api().workspaceUsers.list(in: wid)
            try EntityOutput.list(users, columns: [
                .init("ID", .right), .init("USER", .right), .init("NAME"), .init("EMAIL"), .init("ADMIN"), .init("ACTIVE"),
            ], in: session) {
                [String($0.id), String($0.userID), $0.name ?? "", $0.email ?? "", $0.admin ? "yes" : "no", $0.active ? "yes" : "no"]
            }
        }
    }
}
