import TogglModels

/// The keys the app answers to outside text fields, as data.
///
/// Ctrl-C is not in the map: it always quits, whatever is open.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyBinding]
    private var actionForKey: [KeyEvent: AppAction]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var lookup: [KeyEvent: AppAction] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[key] == nil { lookup[key] = binding.action }
        }
        self.actionForKey = lookup
    }

    /// The action a key triggers, if any.
    public func action(for key: KeyEvent) -> AppAction? {
        actionForKey[key]
    }

    /// The binding of an action.
    public func binding(for action: AppAction) -> KeyBinding? {
        bindings.first { $0.action == action }
    }

    /// The keymap with some actions bound to other keys, e.g. from the config file's `[keys]`
    /// section (`start = s, ctrl+n`). Unknown action names or key spellings are errors that name
    /// them; a key taken from another action is moved.
    public func rebinding(_ overrides: [String: String]) throws(KeymapError) -> Keymap {
        var bindings = self.bindings
        for (name, spelling) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let action = AppAction(rawValue: TextBasics.trimmingSpaces(name).lowercased()) else {
                throw .unknownAction(name)
            }
            var keys: [KeyEvent] = []
            for part in spelling.split(separator: ",") {
                let text = TextBasics.trimmingSpaces(part)
                guard let key = KeyEvent(spelling: text) else { throw .unknownKey(text, action: name) }
                keys.append(key)
            }
            guard !keys.isEmpty else { throw .unknownKey(spelling, action: name) }
            for index in bindings.indices { bindings[index].keys.removeAll { keys.contains($0) } }
            if let index = bindings.firstIndex(where: { $0.action == action }) { bindings[index].keys = keys }
        }
        return Keymap(bindings: bindings)
    }

    public static func == (lhs: Keymap, rhs: Keymap) -> Bool { lhs.bindings == rhs.bindings }

    /// toggl-tui's default keys (DESIGN.md §6).
    public static let standard = Keymap(bindings: [
        KeyBinding(.help, [.character("?")], "help", group: .general, inHelpBar: true),
        KeyBinding(.quit, [.character("q")], "quit", group: .general, inHelpBar: true),
        KeyBinding(.sync, [.character("r")], "sync now", group: .general),
        KeyBinding(.filter, [.character("/")], "filter the list", group: .general, inHelpBar: true, barLabel: "filter"),
        KeyBinding(.undo, [.character("u")], "undo last change", group: .general),
        KeyBinding(.nextPane, [KeyEvent(.tab)], "next pane", group: .navigation, inHelpBar: true, barLabel: "pane"),
        KeyBinding(.previousPane, [KeyEvent(.backTab)], "previous pane", group: .navigation),
        KeyBinding(.focusWorkspaces, [.character("1")], "workspaces", group: .navigation),
        KeyBinding(.focusClients, [.character("2")], "clients", group: .navigation),
        KeyBinding(.focusProjects, [.character("3")], "projects", group: .navigation),
        KeyBinding(.focusTimer, [.character("4")], "timer", group: .navigation),
        KeyBinding(.focusEntries, [.character("5")], "time entries", group: .navigation),
        KeyBinding(.moveDown, [.character("j"), KeyEvent(.down)], "down", group: .navigation),
        KeyBinding(.moveUp, [.character("k"), KeyEvent(.up)], "up", group: .navigation),
        KeyBinding(.moveTop, [.character("g"), KeyEvent(.home)], "first", group: .navigation),
        KeyBinding(.moveBottom, [.character("G"), KeyEvent(.end)], "last", group: .navigation),
        KeyBinding(.pageDown, [KeyEvent(.pageDown), .ctrl("d")], "page down", group: .navigation),
        KeyBinding(.pageUp, [KeyEvent(.pageUp), .ctrl("u")], "page up", group: .navigation),
        KeyBinding(.activate, [KeyEvent(.enter)], "switch · narrow · start · continue", group: .navigation),
        KeyBinding(.start, [.character("s")], "start a timer", group: .timer, inHelpBar: true, barLabel: "start"),
        KeyBinding(.stop, [.character("x")], "stop the timer", group: .timer, inHelpBar: true, barLabel: "stop"),
        KeyBinding(.continueEntry, [.character("c")], "continue the entry", group: .timer, inHelpBar: true, barLabel: "continue"),
        KeyBinding(.addEntry, [.character("a")], "add a finished entry", group: .entries, inHelpBar: true, barLabel: "add"),
        KeyBinding(.edit, [.character("e")], "edit", group: .entries, inHelpBar: true),
        KeyBinding(.delete, [.character("d")], "delete or discard", group: .entries, isDestructive: true,
                   inHelpBar: true, barLabel: "delete"),
        KeyBinding(.new, [.character("n")], "new client or project", group: .entries),
        KeyBinding(.previousDay, [.character("[")], "previous day", group: .days),
        KeyBinding(.nextDay, [.character("]")], "next day", group: .days),
        KeyBinding(.previousWeek, [.character("{")], "previous week", group: .days),
        KeyBinding(.nextWeek, [.character("}")], "next week", group: .days),
        KeyBinding(.today, [.character("t")], "today", group: .days),
        KeyBinding(.toggleSummary, [.character("w")], "week summary", group: .days),
        KeyBinding(.timeline, [.character("v")], "timeline of the day", group: .days),
    ])
}

/// A problem in the config file's `[keys]` section.
public enum KeymapError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownAction(String)
    case unknownKey(String, action: String)

    public var description: String {
        switch self {
        case .unknownAction(let name):
            return "Unknown action '\(name)' in [keys]; known: \(AppAction.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownKey(let key, let action):
            return "Unknown key '\(key)' for '\(action)' in [keys] (examples: s, ctrl+n, shift+tab, f2, pgdn, space)."
        }
    }
}
