import ArgumentParser
import Foundation
import TogglAPI
import TrackerCLI
import TrackerRuntime
import TrackerStatus

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
        // Before any other thread runs (and allocates an arena of its own): see HeapTuning.
        HeapTuning.returnLargeBlocks()
        HeapTuning.shareOneArena()
        // A status bar's `status`, a timer's `remind` and `goals`, from the cards, before the parser
        // is built (an install's `toggl-tui` launcher answers them sooner still, before this
        // program is even loaded).
        let arguments = Array(CommandLine.arguments.dropFirst())
        let environment = ProcessInfo.processInfo.environment
        if let code = CardShortcuts.answer(arguments, environment: environment, now: Date(),
                                           notifier: .notifySend(environment: environment), write: { StandardStream.output.deliver($0) }) {
            Foundation.exit(code)
        }
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
