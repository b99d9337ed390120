import Foundation

/// What `toggl-tui --experimental-dump-help` prints (ArgumentParser's `ToolInfoV0` JSON), read
/// back: the part of it the man pages need. ArgumentParser does not export its own types for
/// this format, so these mirror them; unknown fields are ignored.
public struct CommandHelpDump: Decodable, Sendable, Equatable {
    /// The format's version; 0 is the only one there is.
    public var serializationVersion: Int
    /// The root command.
    public var command: Command

    /// One command: its name, texts, arguments and subcommands.
    public struct Command: Decodable, Sendable, Equatable {
        /// The commands above this one, root first.
        public var superCommands: [String]?
        /// False for hidden commands.
        public var shouldDisplay: Bool?
        /// The name typed on the command line.
        public var commandName: String
        /// Other names for the command.
        public var aliases: [String]?
        /// One line saying what it does.
        public var abstract: String?
        /// More text, if any.
        public var discussion: String?
        /// The subcommand run when none is named.
        public var defaultSubcommand: String?
        /// Its subcommands, in help order.
        public var subcommands: [Command]?
        /// Its arguments, options and flags, in help order.
        public var arguments: [Argument]?

        /// Whether help shows the command.
        public var isShown: Bool { shouldDisplay ?? true }
        /// The full name, e.g. `toggl-tui clients add`.
        public var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }
        /// The subcommands help shows.
        public var shownSubcommands: [Command] { (subcommands ?? []).filter(\.isShown) }
        /// The arguments help shows.
        public var shownArguments: [Argument] { (arguments ?? []).filter(\.shouldDisplay) }
    }

    /// One positional argument, option or flag.
    public struct Argument: Decodable, Sendable, Equatable {
        /// `positional`, `option` or `flag`.
        public var kind: String
        /// False for hidden arguments.
        public var shouldDisplay: Bool
        /// Whether it may be left out.
        public var isOptional: Bool
        /// Whether it may be given more than once.
        public var isRepeating: Bool
        /// Its names (`-p`, `--project`); none for a positional argument.
        public var names: [Name]?
        /// The name help shows first.
        public var preferredName: Name?
        /// The placeholder for its value (`project`).
        public var valueName: String?
        /// The value used when it is not given.
        public var defaultValue: String?
        /// The values it accepts, when there is a fixed list.
        public var allValues: [String]?
        /// Its help text.
        public var abstract: String?
        /// More help text, if any.
        public var discussion: String?

        /// Whether it is a positional argument.
        public var isPositional: Bool { kind == "positional" }
        /// Whether it takes a value (an option, not a flag).
        public var takesValue: Bool { kind == "option" }
    }

    /// One spelling of an option's name.
    public struct Name: Decodable, Sendable, Equatable {
        /// `long`, `short` or `longWithSingleDash`.
        public var kind: String
        /// The name without dashes.
        public var name: String

        /// The name as typed: `--project`, `-p`, `-project`.
        public var spelled: String {
            switch kind {
            case "long": return "--" + name
            default: return "-" + name
            }
        }
    }

    /// Reads the JSON `--experimental-dump-help` printed.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(Self.self, from: json)
    }
}
