import TrackerStatus
import ArgumentParser
import TogglAPI
import TogglModels

/// `clients ls|get|add|update|rm|archive|restore`.
public struct ClientsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "clients", abstract: "List and change clients.",
        subcommands: [List.self, Get.self, Add.self, Update.self, Remove.self, Archive.self, Restore.self])

    public init() {}

    static let columns: [TextTable.Column] = [.init("ID", .right), .init("NAME"), .init("STATUS"), .init("NOTES")]

    static func row(_ client: Client) -> [String] {
        [String(client.id), client.name, client.archived ? "archived" : "active", client.notes?.replacingOccurrences(of: "\n", with: " ") ?? ""]
    }

    /// `clients ls [--archived|--all]`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List clients.")
        @Flag(help: "Archived clients only.") public var archived = false
        @Flag(help: "Active and archived clients.") public var all = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var refreshing: RefreshOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            session.refreshRequested = refreshing.refresh
            let wid = try await session.workspace(workspace.workspace).id
            let status: ClientStatus = all ? .both : archived ? .archived : .active
            var clients = try await session.listing(fromCatalog: { $0.clients.filter { $0.workspaceID == wid } }) {
                try await session.api().clients.list(in: wid, status: status)
            }
            if !all { clients = clients.filter { $0.archived == archived } }
            clients.sort { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            try EntityOutput.list(clients, columns: ClientsCommand.columns, in: session, row: ClientsCommand.row)
        }
    }

    /// `clients get CLIENT`.
    public struct Get: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a client.")
        @Argument(help: "Client name or id.") public var client: String
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.client(client, in: wid)
            try EntityOutput.one(found, in: session, fields: [
                ("id", String(found.id)), ("name", found.name), ("status", found.archived ? "archived" : "active"),
                ("notes", found.notes ?? ""), ("workspace", String(found.workspaceID)),
            ])
        }
    }

    /// `clients add NAME [--notes]`.
    public struct Add: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "add", abstract: "Create a client.")
        @Argument(help: "The name.") public var name: String
        @Option(help: "Notes.") public var notes: String?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let client = try await session.writer().createClient(in: wid, ClientPayload(name: name, notes: notes))
            try EntityOutput.written(client, id: client.id, line: "Created client \(client.name) (\(client.id))", in: session)
        }
    }

    /// `clients update CLIENT [--name] [--notes]`.
    public struct Update: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "update", abstract: "Rename a client or change its notes.")
        @Argument(help: "Client name or id.") public var client: String
        @Option(help: "New name.") public var name: String?
        @Option(help: "New notes.") public var notes: String?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            guard name != nil || notes != nil else { throw CLIError.usage("Nothing to change: give --name or --notes.") }
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.client(client, in: wid)
            let updated = try await session.writer().updateClient(found.id, in: wid, ClientPayload(name: name ?? found.name, notes: notes))
            try EntityOutput.written(updated, id: updated.id, line: "Updated client \(updated.name) (\(updated.id))", in: session)
        }
    }

    /// `clients rm CLIENT [--yes]`.
    public struct Remove: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a client.")
        @Argument(help: "Client name or id.") public var client: String
        @Flag(name: .shortAndLong, help: "Do not ask.") public var yes = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.client(client, in: wid)
            try session.confirm("Delete client \(found.name) (\(found.id))?", yes: yes)
            try await session.writer().deleteClient(found.id, in: wid)
            session.report("Deleted client \(found.name) (\(found.id))")
        }
    }

    /// `clients archive CLIENT`.
    public struct Archive: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "archive", abstract: "Archive a client and its projects (paid plans).")
        @Argument(help: "Client name or id.") public var client: String
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.client(client, in: wid)
            let projects = try await session.writer().archiveClient(found.id, in: wid)
            if global.json { return try session.printJSON(projects) }
            session.report("Archived client \(found.name) (\(found.id)) and \(projects.count) project\(projects.count == 1 ? "" : "s")")
        }
    }

    /// `clients restore CLIENT [--all-projects]`.
    public struct Restore: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "restore", abstract: "Restore an archived client.")
        @Argument(help: "Client name or id.") public var client: String
        @Flag(name: .customLong("all-projects"), help: "Restore its projects too.") public var allProjects = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.client(client, in: wid)
            let restored = try await session.writer().restoreClient(found.id, in: wid, allProjects: allProjects)
            try EntityOutput.written(restored, id: restored.id, line: "Restored client \(restored.name) (\(restored.id))", in: session)
        }
    }
}
