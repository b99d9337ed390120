import Foundation
import TrackerStatus
import TogglAPI
import TogglModels
import TogglSandbox
import TrackerCLI

/// Builds a subcommand's context from the environment — credentials, config, folders, time
/// zone — or from the built-in demo sandbox with `--demo`, then runs it.
struct CLILauncher {
    let global: GlobalOptions

    func run(_ command: any CLICommand) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let paths = ConfigPaths(environment: environment)
        // Before the config is read, for the commands that leave a card: it must not pair a later
        // config's stamp with the settings read now.
        let leavesCard = command is StatusCommand || command is RemindCommand || command is GoalsCommand
        let inputsAtLaunch = leavesCard ? StatusInputs.take(environment: environment, paths: StatusInputs.launchPaths(paths)) : nil
        do {
            let resolver = CredentialResolver(paths: paths)
            let local = try Self.localContext(paths: paths)
            var context = local.0
            context.inputsAtLaunch = inputsAtLaunch
            let effective = local.1
            var demo: DemoEnvironment?
            if global.demo {
                let folder = global.demoData.map { URL(fileURLWithPath: $0) } ?? DemoEnvironment.defaultFolder(environment: environment)
                let started = try await DemoEnvironment.start(folder: folder, fresh: false, timeZone: context.timeZoneOverride ?? .current)
                context.api = TogglAPIClient(configuration: started.apiConfiguration)
                context.token = Secret(started.apiToken)
                // The demo's store lives in the demo folder, beside the sandbox's state.
                context.cacheDirectory = folder.appendingPathComponent("cache").path
                context.stateDirectory = folder.appendingPathComponent("state").path
                context.defaultWorkspaceID = nil
                demo = started
            } else if case .found(let credentials, let source) = try resolver.resolve() {
                context.api = TogglAPIClient(configuration: APIConfiguration(
                    credentials: credentials, trackURL: effective.apiURL ?? APIConfiguration.defaultTrackURL))
                if case .apiToken(let token) = credentials { context.token = Secret(token) }
                context.credentialSource = source
            }
            let code = await CLIRunner.execute(command, context: context)
            if let demo { await demo.stop() }
            return code
        } catch {
            let failure = CLIRunner.cliError(error)
            // doctor reports a broken config among its checks instead of stopping at it.
            if command is DoctorCommand {
                var context = CLIContext(api: nil, token: nil, configPaths: paths, confirm: Self.askOnTerminal)
                context.configProblem = failure.message
                return await CLIRunner.execute(command, context: context)
            }
            StandardStream.error.write(
                CLINotice(.error, failure.message, exitCode: failure.code.rawValue).line(json: global.json))
            return failure.code.rawValue
        }
    }

    /// The context every subcommand starts from: the config's settings and the folders, no
    /// Toggl client and no token yet (with the settings it was made from). Throws what a bad
    /// config file or environment says.
    static func localContext(paths: ConfigPaths) throws -> (CLIContext, EffectiveSettings) {
        let effective = try CredentialResolver(paths: paths).effectiveSettings()
        let settings = try LaunchSettings(paths: paths).appSettings(effective: effective)
        var context = CLIContext(
            api: nil, token: nil, configPaths: paths, timeZoneOverride: settings.timeZoneOverride,
            defaultWorkspaceID: effective.defaultWorkspaceID, confirm: Self.askOnTerminal,
            maxDataAge: try LaunchSettings(paths: paths).commandLineMaxDataAge(), tokenInput: .standardInput)
        context.settings = settings
        context.notifier = .notifySend(environment: paths.environment)
        return (context, effective)
    }

    /// Asks on the terminal (standard error + standard input); no terminal means no.
    static let askOnTerminal: @Sendable (String) -> Bool = { question in
        guard isatty(STDIN_FILENO) == 1 else { return false }
        var standardError = StandardError()
        print("\(question) [y/N] ", terminator: "", to: &standardError)
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return answer == "y" || answer == "yes"
    }
}
