import ArgumentParser
import TogglModels

/// `project-users ls|add|update|rm`: who may track on a project.
public struct ProjectUsersCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "project-users", abstract: "List and change project memberships.",
        subcommands: [List.self, Add.self, Update.self, Remove.self])

    public init() {}

    /// `project-users ls [-p PROJECT]`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List project users.")
        @Option(name: .shortAndLong, help: "Only this project.") public var project: String?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let projectID = try await session.projectID(project, in: wid)
            let members = try await session.api().projectUsers.list(in: wid, projectIDs: projectID.map { [$0] })
            let projects = session.catalog?.projects ?? []
            try EntityOutput.list(members, columns: [
                .init("ID", .right), .init("PROJECT"), .init("USER", .right), .init("MANAGER"), .init("RATE", .right),
            ], in: session) { member in
                [String(member.id), projects.first { $0.id == member.projectID }?.name ?? String(member.projectID),
                 String(member.userID), member.manager ? "yes" : "no", member.rate.map { String($0) } ?? ""]
            }
        }
    }

    /// `project-users add -p PROJECT USER_ID [--manager] [--rate]`.
    public struct Add: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user to a project.")
        @Argument(help: "The user's id (see users ls).") public var user: Int64
        @Option(name: .shortAndLong, help: "The project.") public var project: String
        @Flag(help: "Make them a project manager.") public var manager = false
        @Option(help: "Hourly rate.") public var rate: Double?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let projectID = try await session.project(project, in: wid).id
            let payload = ProjectUserPayload(projectID: projectID, userID: user, manager: manager, rate: rate.map { .set($0) })
            let member = try await session.writer().createProjectUser(in: wid, payload)
            try EntityOutput.written(member, id: member.id, line: "Added user \(user) to project \(projectID) (membership \(member.id))", in: session)
        }
    }

    /// `project-users update ID [--manager|--no-manager] [--rate]`.
    public struct Update: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a project membership.")
        @Argument(help: "The membership's id (see project-users ls).") public var id: Int64
        @Flag(inversion: .prefixedNo, help: "Project manager or not.") public var manager: Bool?
        @Option(help: "Hourly rate.") public var rate: Double?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            guard manager != nil || rate != nil else { throw CLIError.usage("Nothing to change: give --manager or --rate.") }
            let wid = try await session.workspace(workspace.workspace).id
            let member = try await session.writer().updateProjectUser(id, in: wid, ProjectUserPayload(manager: manager, rate: rate.map { .set($0) }))
            try EntityOutput.written(member, id: member.id, line: "Updated membership \(member.id)", in: session)
        }
    }

    /// `project-users rm ID [--yes]`.
    public struct Remove: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a user from a project.")
        @Argument(help: "The membership's id.") public var id: Int64
        @Flag(name: .shortAndLong, help: "Do not ask.") public var yes = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            try session.confirm("Remove project membership \(id)?", yes: yes)
            try await session.writer().deleteProjectUser(id, in: wid)
            session.report("Removed membership \(id)")
        }
    }
}
