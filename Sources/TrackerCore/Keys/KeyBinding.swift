/// One row of the keymap: an action, the keys that trigger it, and the words that explain it.
/// Dispatch, the help bar, the `?` overlay and KEYBINDINGS.md all read the same rows.
public struct KeyBinding: Sendable, Hashable {
    /// Which part of the help an action belongs to.
    public enum Group: String, Sendable, Hashable, CaseIterable {
        case general = "General"
        case navigation = "Navigation"
        case timer = "Timer"
        case entries = "Entries"
        case days = "Days"
    }

    public var action: AppAction
    public var keys: [KeyEvent]
    /// A few words: what the action does.
    public var help: String
    public var group: Group
    /// Whether the action destroys data (it asks for confirmation first).
    public var isDestructive: Bool
    /// Whether the one-line help bar shows it.
    public var inHelpBar: Bool
    /// A word or two for the help bar, where space is short (`help` when nil).
    public var barLabel: String?

    public init(_ action: AppAction, _ keys: [KeyEvent], _ help: String, group: Group,
                isDestructive: Bool = false, inHelpBar: Bool = false, barLabel: String? = nil) {
        self.action = action
        self.keys = keys
        self.help = help
        self.group = group
        self.isDestructive = isDestructive
        self.inHelpBar = inHelpBar
        self.barLabel = barLabel
    }

    /// The keys as shown in help: `j/down`.
    public var keysDescription: String {
        keys.map(\.description).joined(separator: "/")
    }
}
