import ArgumentParser
import TogglModels

/// `workspaces ls|get`.
public struct WorkspacesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "workspaces", abstract: "List workspaces.", subcommands: [List.self, Get.self])

    public init() {}

    /// `workspaces ls` (from the store or one bootstrap).
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List workspaces.")
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let catalog = try await session.loadCatalog()
            let preferred = session.context.defaultWorkspaceID ?? catalog.profile?.defaultWorkspaceID
            try EntityOutput.list(catalog.workspaces, columns: [.init("ID", .right), .init("NAME"), .init("DEFAULT"), .init("ROLE")],
                                  in: session) { [String($0.id), $0.name, $0.id == preferred ? "*" : "", $0.role ?? ($0.admin ? "admin" : "")] }
        }
    }

    /// `workspaces get WORKSPACE`.
    public struct Get: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a workspace.")
        @Argument(help: "Workspace name or id.") public var workspace: String
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let found = try await session.workspace(workspace)
            try EntityOutput.one(found, in: session, fields: [
                ("id", String(found.id)), ("name", found.name), ("organization", found.organizationID.map(String.init) ?? ""),
                ("premium", found.premium ? "yes" : "no"), ("admin", found.admin ? "yes" : "no"),
                ("currency", found.defaultCurrency ?? ""),
            ])
        }
    }
}
