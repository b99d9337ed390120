import ArgumentParser

/// The command line's subcommands under one root, for parsing in tests and for the
/// `toggl-tui` executable (which adds the terminal UI as its default subcommand).
public struct CLIRoot: ParsableCommand {
    /// Every subcommand of the command line, in the order `--help` lists them.
    public static let subcommands: [any ParsableCommand.Type] = [
        StartCommand.self, StopCommand.self, ContinueCommand.self, NowCommand.self, AddCommand.self,
        EditCommand.self, RemoveCommand.self, ListCommand.self, SumCommand.self, GapsCommand.self, GoalsCommand.self, StatusCommand.self, RemindCommand.self,
        ClientsCommand.self, ProjectsCommand.self, TagsCommand.self, TasksCommand.self, WorkspacesCommand.self,
        UsersCommand.self, WorkspaceUsersCommand.self, ProjectUsersCommand.self, MeCommand.self, QuotaCommand.self,
        ConfigCommand.self, LogoutCommand.self, DoctorCommand.self,
    ]

    /// The exit codes, for `--help` texts.
    public static let exitCodesHelp = "Exit codes: " + CLIExitCode.allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: "; ") + "."

    public static let configuration = CommandConfiguration(
        commandName: "toggl-tui", abstract: "Toggl Track from the command line.", discussion: exitCodesHelp,
        subcommands: subcommands)

    /// Required by ArgumentParser.
    public init() {}
}
