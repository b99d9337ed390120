import ArgumentParser
import Foundation
import TrackerStatus
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

        /// The config file is local: no request.
        public var sendsUnsentFirst: Bool { false }

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
    ///
    /// The token comes from `--token` (with a warning: the command line is visible to other users
    /// and kept in shell history), else `TOGGL_API_TOKEN`, else standard input: the first line of
    /// a pipe (`pass toggl | toggl-tui config init`) or a prompt with echo off on a terminal.
    public struct Initialize: CLICommand {
        public static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a config file with the API token (asked for with echo off, or read from standard input).")
        @Option(help: "The API token (visible to other users in `ps` and kept in shell history: prefer the prompt or a pipe).")
        public var token: String?
        @Flag(help: "Replace an existing file's token.") public var force = false
        @OptionGroup public var global: GlobalOptions
        public init() {}

        /// The warning `--token` earns.
        public static let argumentWarning =
            "warning: --token puts the API token on the command line, where other users can see it "
            + "(ps) and your shell history keeps it; run `toggl-tui config init` without it to be asked, or pipe the token in."

        /// The config file is local: no request.
        public var sendsUnsentFirst: Bool { false }

        public func execute(in session: CLISession) async throws {
            let path = session.context.configPaths.configFile
            var config = try TogglConfig.loadIfPresent(from: path) ?? TogglConfig()
            if config.apiToken != nil, !force {
                throw CLIError.conflict("\(path) already has a token (add --force to replace it).")
            }
            if token != nil { session.notify(CLINotice(.warning, Self.argumentWarning)) }
            let environment = session.context.configPaths.environment[CredentialResolver.tokenVariable]
                .flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            let given = token ?? environment
            let value = (given ?? session.context.tokenInput.read("Toggl API token (from https://track.toggl.com/profile): "))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard let value, !value.isEmpty else {
                throw CLIError.usage(
                    "Give the token (from https://track.toggl.com/profile): run `toggl-tui config init` on a terminal "
                        + "to be asked for it, or pipe it in: `toggl-tui config init < token-file`.")
            }
            guard !value.contains(where: { $0.isNewline || $0.isWhitespace }),
                  value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
            else {
                throw CLIError.usage("That does not look like an API token (it has spaces or control characters); nothing was written.")
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

        /// The config file is local: no request.
        public var sendsUnsentFirst: Bool { false }

        public func execute(in session: CLISession) async throws {
            let path = session.context.configPaths.configFile
            var config = try TogglConfig.loadForEditing(from: path) ?? TogglConfig()
            config.document.fileName = path
            let parts = key.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let section = parts.count == 2 ? parts[0] : (key == "api_token" ? TogglConfig.authSection : TogglConfig.optionsSection)
            let name = parts.count == 2 ? parts[1] : key
            do {
                try config.setValue(value.isEmpty ? nil : value, section: section, key: name)
            } catch let error as ConfigError {
                // A name INI cannot hold is a mistake on the command line: a usage error.
                throw CLIError.usage("\(error.description). Use `key` for [options] or `section.key`.")
            }
            do {
                try config.validate()
            } catch let error as ConfigError {
                // A value of the wrong form (default_wid = abc, api_url = http://remote) is a usage error.
                throw CLIError.usage(error.description)
            }
            try config.save(to: path)
            let shown = TogglConfig.isSecretKey(name) ? "(hidden)" : value
            session.report(value.isEmpty ? "Removed \(section).\(name) from \(path)" : "Set \(section).\(name) = \(shown) in \(path)")
        }
    }
}
