import ArgumentParser
import Foundation
import TogglAPI
import TrackerCLI

/// `toggl-tui`: the terminal UI (default subcommand) and the command line's subcommands.
@main
struct TogglTUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toggl-tui",
        abstract: "A keyboard-driven terminal client for Toggl Track, and its command line.",
        discussion: """
            Without a subcommand, opens the terminal UI. Try it without an account: toggl-tui --demo
            Every subcommand takes --demo, --json and --quiet. \(CLIRoot.exitCodesHelp)
            """,
        version: TogglTUIVersion.current,
        subcommands: [TUICommand.self] + CLIRoot.subcommands,
        defaultSubcommand: TUICommand.self
    )

    /// Parses the arguments; runs the UI as ArgumentParser would, and the command line's
    /// subcommands through `CLIRunner` with a context made from the environment (or the demo).
    static func main() async {
        // A status bar's `status`, from the store's status summary, before the parser is built.
        if let code = CLILauncher.statusShortcut(Array(CommandLine.arguments.dropFirst())) { Foundation.exit(code) }
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        guard let cli = command as? any CLICommand else {
            do {
                var runnable = command
                if var async = runnable as? any AsyncParsableCommand {
                    try await async.run()
                } else {
                    try runnable.run()
                }
            } catch {
                exit(withError: error)
            }
            return
        }
        let code = await CLILauncher(global: cli.global).run(cli)
        Foundation.exit(code)
    }
}
