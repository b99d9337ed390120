import Foundation
import TogglAPI

/// The man pages of `toggl-tui`, made from what its argument parser says about itself
/// (`toggl-tui --experimental-dump-help`), git-style: `toggl-tui.1` for the program (the terminal
/// UI's options, every command, files, environment and exit status) and one
/// `toggl-tui-<command>.1` per command, its subcommands included (`toggl-tui-clients.1` holds
/// `clients ls`, `clients add`, …).
public enum ManualPages {
    /// One page: its file name (`toggl-tui-start.1`) and roff source.
    public struct Page: Sendable, Equatable {
        /// The file name, e.g. `toggl-tui-start.1`.
        public var fileName: String
        /// The roff source.
        public var text: String
    }

    /// Every page for the command tree in `dump`, the program's page first.
    public static func pages(for dump: CommandHelpDump) -> [Page] {
        let root = dump.command
        let commands = root.shownSubcommands.filter { $0.commandName != root.defaultSubcommand && $0.commandName != helpCommand }
        return [rootPage(root, commands: commands)] + commands.map { commandPage($0, root: root) }
    }

    /// ArgumentParser's own `help` subcommand, which gets no page (`--help` is on every page).
    static let helpCommand = "help"

    /// The page name of a command: `toggl-tui-clients` for `toggl-tui clients`.
    static func pageName(_ command: CommandHelpDump.Command) -> String {
        command.fullName.replacingOccurrences(of: " ", with: "-")
    }

    // MARK: Pages

    private static func rootPage(_ root: CommandHelpDump.Command, commands: [CommandHelpDump.Command]) -> Page {
        let name = root.commandName
        var lines = header(name)
        lines += [".SH NAME", Roff.escape(name) + " \\- " + Roff.escape(root.abstract ?? "")]
        lines += [".SH SYNOPSIS", ".B " + Roff.escape(name), "[" + Roff.italic("options") + "]", ".br"]
        lines += [".B " + Roff.escape(name), Roff.italic("command") + " [" + Roff.italic("options") + "]"]
        lines.append(".SH DESCRIPTION")
        if let discussion = root.discussion { lines += Roff.paragraphs(discussion) }
        let defaultCommand = root.shownSubcommands.first { $0.commandName == root.defaultSubcommand }
        let options = (root.shownArguments + (defaultCommand?.shownArguments ?? [])).reduce(into: [CommandHelpDump.Argument]()) {
            list, argument in
            if !list.contains(where: { $0.names == argument.names }) { list.append(argument) }
        }
        if !options.isEmpty {
            lines.append(".SH OPTIONS")
            lines += options.flatMap(argumentItem)
        }
        if !commands.isEmpty {
            lines.append(".SH COMMANDS")
            for command in commands {
                lines += [".TP", ".B " + Roff.escape(command.commandName)]
                lines.append(Roff.textLine(command.abstract ?? "") + " See " + Roff.bold(pageName(command)) + "(1).")
            }
        }
        lines += [".SH ENVIRONMENT"]
        for (variable, meaning) in environment {
            lines += [".TP", ".B " + Roff.escape(variable), Roff.textLine(meaning)]
        }
        lines += [".SH FILES"]
        for (path, meaning) in files {
            lines += [".TP", Roff.italic(path), Roff.textLine(meaning)]
        }
        lines += exitStatus()
        lines += [".SH SEE ALSO", commands.map { ".BR " + Roff.escape(pageName($0)) + " (1)" }.joined(separator: " ,\n")]
        return Page(fileName: name + ".1", text: lines.joined(separator: "\n") + "\n")
    }

    private static func commandPage(_ command: CommandHelpDump.Command, root: CommandHelpDump.Command) -> Page {
        let name = pageName(command)
        var lines = header(name)
        lines += [".SH NAME", Roff.escape(name) + " \\- " + Roff.escape(command.abstract ?? "")]
        lines.append(".SH SYNOPSIS")
        lines += synopsis(command)
        lines.append(".SH DESCRIPTION")
        lines.append(Roff.textLine(command.abstract ?? ""))
        if let discussion = command.discussion {
            lines.append(".PP")
            lines += Roff.paragraphs(discussion)
        }
        if !command.shownArguments.isEmpty {
            lines.append(".SH OPTIONS")
            lines += command.shownArguments.flatMap(argumentItem)
        }
        let subcommands = command.shownSubcommands
        if !subcommands.isEmpty {
            lines.append(".SH COMMANDS")
            for subcommand in subcommands { lines += subcommandSection(subcommand, default: command.defaultSubcommand) }
        }
        lines += exitStatus()
        lines += [".SH SEE ALSO", ".BR " + Roff.escape(root.commandName) + " (1)"]
        return Page(fileName: name + ".1", text: lines.joined(separator: "\n") + "\n")
    }

    /// A subcommand inside its parent's page: a subsection with its synopsis, texts and options,
    /// and its own subcommands after it.
    private static func subcommandSection(_ command: CommandHelpDump.Command, default defaultName: String?) -> [String] {
        var lines = [".SS " + Roff.quoted(command.fullName)]
        lines += synopsis(command)
        lines.append(".PP")
        var abstract = command.abstract ?? ""
        if command.commandName == defaultName { abstract += " (The default subcommand.)" }
        lines.append(Roff.textLine(abstract))
        if let discussion = command.discussion {
            lines.append(".PP")
            lines += Roff.paragraphs(discussion)
        }
        lines += command.shownArguments.flatMap(argumentItem)
        for subcommand in command.shownSubcommands {
            lines += subcommandSection(subcommand, default: command.defaultSubcommand)
        }
        return lines
    }

    // MARK: Parts

    private static func header(_ name: String) -> [String] {
        [
            ".\\\" Generated from the argument parser by ManualPages (TrackerCLI); do not edit.",
            ".\\\" Regenerate: UPDATE_RESOURCES=1 swift test --filter ResourceFilesTests",
            ".TH " + Roff.quoted(name.uppercased()) + " 1 \"\" " + Roff.quoted("toggl-tui " + TogglTUIVersion.current)
                + " \"toggl-tui manual\"",
            // No hyphenation (command and page names stay whole), ragged right.
            ".nh",
            ".ad l",
        ]
    }

    private static func synopsis(_ command: CommandHelpDump.Command) -> [String] {
        var words: [String] = []
        let arguments = command.shownArguments
        if arguments.contains(where: { !$0.isPositional }) { words.append("[" + Roff.italic("options") + "]") }
        for argument in arguments where argument.isPositional {
            var word = Roff.italic(argument.valueName ?? "value")
            if argument.isRepeating { word += " ..." }
            words.append(argument.isOptional ? "[" + word + "]" : word)
        }
        if !command.shownSubcommands.isEmpty {
            let word = Roff.italic("command")
            words.append(command.defaultSubcommand == nil ? word : "[" + word + "]")
        }
        return [".B " + Roff.escape(command.fullName)] + (words.isEmpty ? [] : [words.joined(separator: " ")])
    }

    private static func argumentItem(_ argument: CommandHelpDump.Argument) -> [String] {
        var label: String
        if argument.isPositional {
            label = Roff.italic(argument.valueName ?? "value")
        } else {
            let names = (argument.names ?? []).sorted { ($0.kind == "long" ? 1 : 0) < ($1.kind == "long" ? 1 : 0) }
            label = names.map { Roff.bold($0.spelled) }.joined(separator: ", ")
            if argument.takesValue { label += " " + Roff.italic(argument.valueName ?? "value") }
        }
        if argument.isRepeating { label += " ..." }
        var lines = [".TP", label]
        var text = argument.abstract ?? ""
        if let values = argument.allValues, !values.isEmpty {
            text += (text.isEmpty ? "" : " ") + "One of: " + values.joined(separator: ", ") + "."
        }
        if let value = argument.defaultValue, argument.kind != "flag" {
            text += (text.isEmpty ? "" : " ") + "Default: " + value + "."
        }
        lines.append(Roff.textLine(text))
        if let discussion = argument.discussion {
            lines.append(".IP")
            lines += Roff.paragraphs(discussion).map { $0 == ".PP" ? ".IP" : $0 }
        }
        return lines
    }

    private static func exitStatus() -> [String] {
        var lines = [".SH EXIT STATUS"]
        for code in CLIExitCode.allCases {
            lines += [".TP", ".B \(code.rawValue)", Roff.textLine(code.meaning)]
        }
        return lines
    }

    /// The environment variables the program reads, and what for.
    static let environment: [(String, String)] = [
        ("TOGGL_API_TOKEN", "The Toggl API token; wins over the config files. Holding an email, with TOGGL_PASSWORD, it is the login (as with toggl-api-wrapper)."),
        ("TOGGL_USERNAME, TOGGL_PASSWORD", "An email and password, instead of a token."),
        ("TOGGL_API_URL", "The Toggl API v9 root (default https://api.track.toggl.com/api/v9): https, or http to this machine only."),
        ("TOGGL_CONFIG", "toggl-cli's config file, read when toggl-tui's own has no credentials (default ~/.togglrc)."),
        ("XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_STATE_HOME, XDG_DATA_HOME", "Where the config, the cache, the journal and log, and the demo data live (see FILES)."),
        ("NO_COLOR", "When set, no colours (bold, underline and reverse only), as --no-color."),
    ]

    /// The files the program reads and writes, and what they hold.
    static let files: [(String, String)] = [
        ("$XDG_CONFIG_HOME/toggl-tui/config", "toggl-tui's config file (default ~/.config/toggl-tui/config), INI; every option is explained in share/doc/toggl-tui/config.example.ini."),
        ("~/.togglrc", "toggl-cli's config file, read for credentials and shared options when toggl-tui's own does not set them."),
        ("$XDG_CACHE_HOME/toggl-tui/", "The local copy of the account, per Toggl user (default ~/.cache/toggl-tui); rebuilt from Toggl when lost."),
        ("$XDG_STATE_HOME/toggl-tui/", "The journal of writes not yet confirmed by Toggl, per user, and toggl-tui.log (default ~/.local/state/toggl-tui); keep it."),
        ("$XDG_DATA_HOME/toggl-tui/demo/", "The demo account and its sandbox (default ~/.local/share/toggl-tui/demo)."),
    ]
}
