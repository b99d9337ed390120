/// Where credentials (or a setting) came from, or a place that was searched for them.
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible {
    /// Passed in by the caller (a command-line flag, a login screen).
    case explicit
    /// Environment variables, e.g. `["TOGGL_API_TOKEN"]` or `["TOGGL_USERNAME", "TOGGL_PASSWORD"]`.
    case environment(variables: [String])
    /// toggl-tui's own config file (`$XDG_CONFIG_HOME/toggl-tui/config`).
    case configFile(path: String)
    /// A toggl-cli config file (`$TOGGL_CONFIG`, `$XDG_CONFIG_HOME/.togglrc` or `~/.togglrc`).
    case togglrc(path: String)

    /// A short phrase for messages such as "Using credentials from …".
    public var description: String {
        switch self {
        case .explicit: return "the command line"
        case .environment(let variables): return "environment " + variables.joined(separator: " + ")
        case .configFile(let path): return path
        case .togglrc(let path): return path + " (toggl-cli)"
        }
    }
}
