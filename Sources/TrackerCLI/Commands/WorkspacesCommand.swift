import ArgumentParser
import TogglModels

/// `workspaces ls|get`.
///
/// A workspace's `api_token` and `ical_url` (which embeds a calendar token) are printed as
/// `"(hidden)"` in `--json` unless `--show-secrets` asks for them.
public struct WorkspacesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "workspaces", abstract: "List workspaces.", subcommands: [List.self, Get.self])

    public init() {}

    /// `workspaces ls` (from the store or one bootstrap).
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List workspaces.")
        @Flag(name: .customLong("show-secrets"), help: "Print the workspaces' api_token and ical_url in --json (hidden by default).")
        public var showSecrets = false
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let catalog = try await session.loadCatalog()
            let preferred = session.context.defaultWorkspaceID ?? catalog.profile?.defaultWorkspaceID
            session.showSecrets = showSecrets
            try EntityOutput.list(catalog.workspaces, columns: [.init("ID", .right), .init("NAME"), .init("DEFAULT"), .init("ROLE")],
                                  in: session) { [String($0.id), $0.name, $0.id == preferred ? "*" : "", $0.role ?? ($0.admin ? "admin" : "")] }
        }
    }

    /// `workspaces get WORKSPACE`.
    public struct Get: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a workspace.")
        @Argument(help: "Workspace name or id.") public var workspace: String
        @Flag(name: .customLong("show-secrets"), help: "Print the workspace's api_token and ical_url (hidden by default).")
        public var showSecrets = false
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let found = try await session.workspace(workspace)
            var fields = [
                ("id", String(found.id)), ("name", found.name), ("organization", found.organizationID.map(String.init) ?? ""),
                ("premium", found.premium ? "yes" : "no"), ("admin", found.admin ? "yes" : "no"),
                ("currency", found.defaultCurrency ?? ""),
            ]
            if showSecrets {
                if let token = found.apiToken { fields.append(("api token", token.revealed)) }
                if let ical = found.icalURL { fields.append(("ical url", ical.revealed)) }
            }
            session.showSecrets = showSecrets
            try EntityOutput.one(found, in: session, fields: fields)
        }
    }
}
