/// The five panes of the main screen, numbered as the `1`–`5` keys jump to them.
public enum Pane: Int, Sendable, Hashable, CaseIterable {
    case workspaces = 1, clients, projects, timer, entries

    /// The title shown on the pane's border.
    public var title: String {
        switch self {
        case .workspaces: return "Workspaces"
        case .clients: return "Clients"
        case .projects: return "Projects"
        case .timer: return "Timer"
        case .entries: return "Time entries"
        }
    }

    /// The next pane in Tab order (wrapping).
    public var next: Pane { Pane(rawValue: rawValue % Pane.allCases.count + 1) ?? .workspaces }
    /// The previous pane in Tab order (wrapping).
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1) ?? .entries }
    /// Whether the pane is a list with a selection.
    public var isList: Bool { self != .timer }
}
