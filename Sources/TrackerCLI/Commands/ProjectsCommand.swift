import ArgumentParser
import TogglAPI
import TogglModels

/// `projects ls|get|add|update|rm`.
public struct ProjectsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "projects", abstract: "List and change projects.",
        subcommands: [List.self, Get.self, Add.self, Update.self, Remove.self])

    public init() {}

    static func row(_ project: Project, clients: [Client]) -> [String] {
        [String(project.id), project.name, project.clientID.flatMap { id in clients.first { $0.id == id }?.name } ?? "",
         project.active ? "active" : "archived", project.billable == true ? "yes" : "no", project.color ?? ""]
    }

    /// `projects ls [-c CLIENT] [--archived|--all]`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List projects.")
        @Option(name: .shortAndLong, help: "Only this client's projects.") public var client: String?
        @Flag(help: "Archived projects only.") public var archived = false
        @Flag(help: "Active and archived projects.") public var all = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var refreshing: RefreshOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            session.refreshRequested = refreshing.refresh
            let wid = try await session.workspace(workspace.workspace).id
            let clientID = try await session.clientID(client, in: wid)
            var projects = try await session.listing(fromCatalog: { $0.projects.filter { $0.workspaceID == wid } }) {
                try await session.api().projects.list(in: wid, active: .both)
            }
            if !all { projects = projects.filter { $0.active != archived } }
            if let clientID { projects = projects.filter { $0.clientID == clientID } }
            projects.sort { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            let clients = session.catalog?.clients ?? []
            try EntityOutput.list(projects, columns: [
                .init("ID", .right), .init("NAME"), .init("CLIENT"), .init("STATUS"), .init("BILLABLE"), .init("COLOR"),
            ], in: session) { ProjectsCommand.row($0, clients: clients) }
        }
    }

    /// `projects get PROJECT`.
    public struct Get: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a project.")
        @Argument(help: "Project name or id.") public var project: String
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.project(project, in: wid)
            let client = found.clientID.flatMap { id in session.catalog?.clients.first { $0.id == id }?.name }
            try EntityOutput.one(found, in: session, fields: [
                ("id", String(found.id)), ("name", found.name), ("client", client ?? ""),
                ("status", found.active ? "active" : "archived"), ("billable", found.billable == true ? "yes" : "no"),
                ("private", found.isPrivate ? "yes" : "no"), ("color", found.color ?? ""), ("workspace", String(found.workspaceID)),
            ])
        }
    }

    /// `projects add NAME [-c CLIENT] [--color] [--billable] [--private]`.
    public struct Add: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "add", abstract: "Create a project.")
        @Argument(help: "The name.") public var name: String
        @Option(name: .shortAndLong, help: "Client name or id.") public var client: String?
        @Option(help: "Colour, e.g. #06a893.") public var color: String?
        @Flag(help: "Billable.") public var billable = false
        @Flag(name: .customLong("private"), help: "Private.") public var isPrivate = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let clientID = try await session.clientID(client, in: wid)
            let payload = ProjectPayload(
                name: name, clientID: clientID.map { .set($0) }, color: color, active: true, isPrivate: isPrivate,
                billable: billable ? true : nil)
            let project = try await session.writer().createProject(in: wid, payload)
            try EntityOutput.written(project, id: project.id, line: "Created project \(project.name) (\(project.id))", in: session)
        }
    }

    /// `projects update PROJECT [--name] [-c CLIENT] [--color] [--archive|--restore]`.
    public struct Update: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a project.")
        @Argument(help: "Project name or id.") public var project: String
        @Option(help: "New name.") public var name: String?
        @Option(name: .shortAndLong, help: "New client name or id ('' for none).") public var client: String?
        @Option(help: "New colour.") public var color: String?
        @Flag(inversion: .prefixedNo, help: "Active (--no-active archives it).") public var active: Bool?
        @Flag(inversion: .prefixedNo, help: "Billable.") public var billable: Bool?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.project(project, in: wid)
            var payload = ProjectPayload(name: name, color: color, active: active, billable: billable)
            if let client {
                payload.clientID = client.isEmpty ? .clear : .set(try await session.client(client, in: wid).id)
            }
            guard payload != ProjectPayload() else { throw CLIError.usage("Nothing to change: give --name, -c, --color, --active or --billable.") }
            let updated = try await session.writer().updateProject(found.id, in: wid, payload)
            try EntityOutput.written(updated, id: updated.id, line: "Updated project \(updated.name) (\(updated.id))", in: session)
        }
    }

    /// `projects rm PROJECT [--yes]`.
    public struct Remove: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a project.")
        @Argument(help: "Project name or id.") public var project: String
        @Flag(name: .shortAndLong, help: "Do not ask.") public var yes = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let found = try await session.project(project, in: wid)
            try session.confirm("Delete project \(found.name) (\(found.id))?", yes: yes)
            try await session.writer().deleteProject(found.id, in: wid)
            session.report("Deleted project \(found.name) (\(found.id))")
        }
    }
}
