import ArgumentParser
import TogglAPI
import TogglModels

/// `tasks ls|get|add|update|rm`.
public struct TasksCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tasks", abstract: "List and change tasks (paid plans).",
        subcommands: [List.self, Get.self, Add.self, Update.self, Remove.self])

    public init() {}

    static func fields(_ task: ProjectTask, in session: CLISession) -> [(String, String)] {
        let project = session.catalog?.projects.first { $0.id == task.projectID }?.name ?? String(task.projectID)
        return [("id", String(task.id)), ("name", task.name), ("project", project), ("status", task.active ? "active" : "done")]
    }

    /// `tasks ls [-p PROJECT]`.
    public struct List: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "ls", abstract: "List tasks.")
        @Option(name: .shortAndLong, help: "Only this project's tasks.") public var project: String?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var refreshing: RefreshOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            session.refreshRequested = refreshing.refresh
            let wid = try await session.workspace(workspace.workspace).id
            let projectID = try await session.projectID(project, in: wid)
            var tasks = try await session.listing(fromCatalog: { $0.tasks.filter { $0.workspaceID == wid } }) {
                if let projectID { return try await session.api().tasks.list(in: wid, projectID: projectID) }
                return try await session.api().tasks.listAllInWorkspace(in: wid)
            }
            if let projectID { tasks = tasks.filter { $0.projectID == projectID } }
            tasks.sort { ($0.projectID, $0.name.lowercased(), $0.id) < ($1.projectID, $1.name.lowercased(), $1.id) }
            try EntityOutput.list(tasks, columns: [.init("ID", .right), .init("NAME"), .init("PROJECT"), .init("STATUS")], in: session) {
                TasksCommand.fields($0, in: session).map(\.1)
            }
        }
    }

    /// `tasks get TASK [-p PROJECT]`.
    public struct Get: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "get", abstract: "Show a task.")
        @Argument(help: "Task name or id.") public var task: String
        @Option(name: .shortAndLong, help: "The task's project.") public var project: String?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let projectID = try await session.projectID(project, in: wid)
            let found = try await session.task(task, projectID: projectID, in: wid)
            try EntityOutput.one(found, in: session, fields: TasksCommand.fields(found, in: session))
        }
    }

    /// `tasks add NAME -p PROJECT`.
    public struct Add: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "add", abstract: "Create a task.")
        @Argument(help: "The name.") public var name: String
        @Option(name: .shortAndLong, help: "The project.") public var project: String
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let projectID = try await session.project(project, in: wid).id
            let task = try await session.writer().createTask(in: wid, projectID: projectID, TaskPayload(name: name, active: true))
            try EntityOutput.written(task, id: task.id, line: "Created task \(task.name) (\(task.id))", in: session)
        }
    }

    /// `tasks update TASK [-p PROJECT] [--name] [--done|--no-done]`.
    public struct Update: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a task.")
        @Argument(help: "Task name or id.") public var task: String
        @Option(name: .shortAndLong, help: "The task's project.") public var project: String?
        @Option(help: "New name.") public var name: String?
        @Flag(inversion: .prefixedNo, help: "Mark it done (or not).") public var done: Bool?
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            guard name != nil || done != nil else { throw CLIError.usage("Nothing to change: give --name or --done.") }
            let wid = try await session.workspace(workspace.workspace).id
            let projectID = try await session.projectID(project, in: wid)
            let found = try await session.task(task, projectID: projectID, in: wid)
            let payload = TaskPayload(name: name, active: done.map { !$0 })
            let updated = try await session.writer().updateTask(found.id, projectID: found.projectID, in: wid, payload)
            try EntityOutput.written(updated, id: updated.id, line: "Updated task \(updated.name) (\(updated.id))", in: session)
        }
    }

    /// `tasks rm TASK [-p PROJECT] [--yes]`.
    public struct Remove: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "rm", abstract: "Delete a task.")
        @Argument(help: "Task name or id.") public var task: String
        @Option(name: .shortAndLong, help: "The task's project.") public var project: String?
        @Flag(name: .shortAndLong, help: "Do not ask.") public var yes = false
        @OptionGroup public var workspace: WorkspaceOption
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let wid = try await session.workspace(workspace.workspace).id
            let projectID = try await session.projectID(project, in: wid)
            let found = try await session.task(task, projectID: projectID, in: wid)
            try session.confirm("Delete task \(found.name) (\(found.id))?", yes: yes)
            try await session.writer().deleteTask(found.id, projectID: found.projectID, in: wid)
            session.report("Deleted task \(found.name) (\(found.id))")
        }
    }
}
