import ArgumentParser
import CursesTerminal
import Foundation
import TerminalUI
import TogglAPI
import TrackerCLI
import TrackerCore
import TrackerRuntime

/// `toggl-tui [tui]`: the terminal UI for Toggl Track, the default subcommand.
struct TUICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the terminal UI (the default when no subcommand is given).",
        discussion: """
            Reads the API token from TOGGL_API_TOKEN, ~/.config/toggl-tui/config or ~/.togglrc.
            Try it without an account: toggl-tui --demo
            """
    )

    @Flag(help: "Run against the built-in sandbox with a demo account (no Toggl account needed).")
    var demo = false

    @Flag(name: .customLong("reset-demo"), help: "Start the demo from a fresh demo account (forgets demo changes).")
    var resetDemo = false

    @Option(name: .customLong("demo-data"), help: "The demo data folder (default: $XDG_DATA_HOME/toggl-tui/demo).")
    var demoData: String?

    @Flag(name: .customLong("no-color"), help: "No colours (bold, underline and reverse only). Also: NO_COLOR=1.")
    var noColor = false

    func run() async throws {
        var standardError = StandardError()
        // Decided before anything touches the terminal: no TTY, no TERM, TERM=dumb or a type
        // without cursor addressing get one line on stderr and exit 2 (doctor says the same).
        let environment = ProcessInfo.processInfo.environment
        let term = environment["TERM"]
        let terminfo = term.flatMap { TerminfoEntry.lookUp($0, in: TerminfoEntry.searchFolders(environment: environment, home: environment["HOME"])) }
        let verdict = TerminalVerdict.decide(term: term, inputIsTerminal: isatty(STDIN_FILENO) == 1,
                                             outputIsTerminal: isatty(STDOUT_FILENO) == 1, terminfo: terminfo)
        if let message = verdict.message {
            print(message, to: &standardError)
            throw ExitCode(2)
        }
        let launcher = AppLauncher(
            demo: demo || resetDemo, resetDemo: resetDemo, demoFolder: demoData.map { URL(fileURLWithPath: $0) },
            colorMode: noColor ? .none : .auto)
        do {
            try await launcher.run()
        } catch let error as TerminalError {
            switch error {
            case .notATerminal:
                print(TerminalVerdict.decide(term: nil, inputIsTerminal: false, outputIsTerminal: false, terminfo: nil).message
                    ?? error.description, to: &standardError)
                throw ExitCode(2)
            case .cannotMoveCursor(let type):
                print(TerminalVerdict.cannotMoveCursor(type), to: &standardError)
                throw ExitCode(2)
            case .unknownTerminalType(let type):
                // curses has no entry for this TERM: the same kind of terminal problem, exit 2.
                print(TerminalVerdict.unknownType(type), to: &standardError)
                throw ExitCode(2)
            case .systemCall:
                print(error.description, to: &standardError)
                throw ExitCode(1)
            }
        } catch let error as LaunchError {
            print(error.description, to: &standardError)
            throw ExitCode(1)
        } catch let error as ConfigError {
            print(error.description, to: &standardError)
            throw ExitCode(1)
        }
    }
}
