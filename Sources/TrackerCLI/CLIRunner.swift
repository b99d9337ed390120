import ArgumentParser
import Foundation
import TogglAPI

/// Runs subcommands: parses arguments (tests), builds a ``CLISession``, and turns every failure
/// into a message on standard error and an exit code (``CLIExitCode``).
public enum CLIRunner {
    /// Runs an already-parsed command.
    /// - Returns: the exit status.
    public static func execute(_ command: any CLICommand, context: CLIContext) async -> Int32 {
        let session = CLISession(context: context, global: command.global)
        do {
            if command.sendsUnsentFirst { await session.sendUnsentFirst() }
            try await command.execute(in: session)
            if let reason = session.queuedReason {
                let code = CLIExitCode.queuedOffline.rawValue
                session.notify(CLINotice(.queued, "saved here, not yet sent: \(reason) The next run of toggl-tui sends it.",
                                         exitCode: code))
                return code
            }
            return CLIExitCode.success.rawValue
        } catch {
            let failure = cliError(error)
            session.notify(CLINotice(.error, failure.message, exitCode: failure.code.rawValue))
            return failure.code.rawValue
        }
    }

    /// Parses `arguments` (without the program name) as a subcommand and runs it; help and
    /// usage errors are written as ArgumentParser writes them.
    public static func run(_ arguments: [String], context: CLIContext) async -> Int32 {
        let command: any ParsableCommand
        do {
            command = try CLIRoot.parseAsRoot(arguments)
        } catch {
            let code = CLIRoot.exitCode(for: error)
            let message = CLIRoot.fullMessage(for: error)
            if code == .success {
                context.output.write(message + "\n")
                return 0
            }
            context.errors.write(message + "\n")
            return CLIExitCode.usage.rawValue
        }
        guard let cli = command as? any CLICommand else {
            context.output.write(CLIRoot.helpMessage(for: type(of: command)) + "\n")
            return 0
        }
        return await execute(cli, context: context)
    }

    /// Any failure as a ``CLIError``.
    public static func cliError(_ error: any Error) -> CLIError {
        switch error {
        case let failure as CLIError: return failure
        case let failure as APIError: return CLIError(failure)
        case let failure as ConfigError:
            // A setting of the wrong form (TOGGL_API_URL=http://remote…) is the user's input: exit 2.
            switch failure {
            case .invalidEnvironmentValue, .invalidName: return CLIError.usage(failure.description)
            default: return CLIError(failure.description)
            }
        default: return CLIError("\(error)")
        }
    }
}
