import ArgumentParser
import Foundation
import TogglAPI

/// `config path|init|set`: toggl-tui's config file.
public struct ConfigCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Show or write the config file.", subcommands: [Path.self, Initialize.self, Set.self])

    public init() {}

    /// `config path`.
    public struct Path: CLICommand {
        public static let configuration = CommandConfiguration(commandName: "path", abstract: "Print where the config and data live.")
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let paths = session.context.configPaths
            if global.quiet { return session.say(paths.configFile) }
            let table = TextTable(columns: [.init(""), .init("")], rows: [
                ["config:", paths.configFile], ["togglrc:", paths.togglrcCandidates.joined(separator: ", ")],
                ["data:", session.context.cacheDirectory], ["state:", session.context.stateDirectory],
            ])
            session.context.output.write(table.render(header: false))
        }
    }

    /// `config init [--token TOKEN]`: writes a config file (0600) if there is none.
    public struct Initialize: CLICommand {
        public static let configuration = CommandConfiguration(
            commandName: "init", abstract: "Write a config file (with the token from --token or TOGGL_API_TOKEN).")
        @Option(help: "The API token from your Toggl profile page.") public var token: String?
        @Flag(help: "Replace an existing file's token.") public var force = false
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let path = session.context.configPaths.configFile
            var config = try TogglConfig.loadIfPresent(from: path) ?? TogglConfig()
            if config.apiToken != nil, !force {
                throw CLIError.conflict("\(path) already has a token (add --force to replace it).")
            }
            let value = token ?? session.context.configPaths.environment[CredentialResolver.tokenVariable]
            guard let value, !value.isEmpty else {
                throw CLIError.usage("Give the token: toggl-tui config init --token <token from https://track.toggl.com/profile>.")
            }
            config.apiToken = value
            if config.timezone == nil { config.timezone = "local" }
            try config.save(to: path)
            session.report("Wrote \(path)")
        }
    }

    /// `config set KEY VALUE`: `[options]` keys (`tz`, `default_wid`, `clock`, …) or `section.key`.
    public struct Set: CLICommand {
        public static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set a config value: tz, default_wid, clock, api_url, or section.key.")
        @Argument(help: "The key.") public var key: String
        @Argument(help: "The value ('' removes the key).") public var value: String
        @OptionGroup public var global: GlobalOptions
        public init() {}

        public func execute(in session: CLISession) async throws {
            let path = session.context.configPaths.configFile
            var config = try TogglConfig.loadIfPresent(from: path) ?? TogglConfig()
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            let section = parts.count == 2 ? parts[0] : (key == "api_token" ? TogglConfig.authSection : TogglConfig.optionsSection)
            let name = parts.count == 2 ? parts[1] : key
            config[section: section, key: name] = value.isEmpty ? nil : value
            try config.validate()
            try config.save(to: path)
            let shown = TogglConfig.isSecretKey(name) ? "(hidden)" : value
            session.report(value.isEmpty ? "Removed \(section).\(name) from \(path)" : "Set \(section).\(name) = \(shown) in \(path)")
        }
    }
}
