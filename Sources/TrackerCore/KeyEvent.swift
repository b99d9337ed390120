/// One key press, as the terminal reports it: a key and the modifiers held with it.
///
/// The terminal backend turns raw input into these; the keymap turns them into actions.
/// `description` is the spelling used in help texts and in the config file (`ctrl+c`,
/// `shift+tab`, `enter`, `a`, `?`).
public struct KeyEvent: Sendable, Hashable, CustomStringConvertible {
    /// Which key.
    public enum Key: Sendable, Hashable {
        /// A printable character (already shifted: `A`, `?`, `é`).
        case character(Character)
        case enter, tab, backTab, backspace, delete, escape, insert
        case up, down, left, right, home, end, pageUp, pageDown
        /// F1…F12.
        case function(Int)
    }

    /// Modifier keys held down with the key.
    public struct Modifiers: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let control = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let shift = Modifiers(rawValue: 4)
    }

    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// A printable character key.
    public static func character(_ character: Character) -> KeyEvent { KeyEvent(.character(character)) }
    /// A control chord such as Ctrl-C (`ctrl("c")`).
    public static func ctrl(_ character: Character) -> KeyEvent { KeyEvent(.character(character), modifiers: .control) }

    public var description: String {
        var parts: [String] = []
        if modifiers.contains(.control) { parts.append("ctrl") }
        if modifiers.contains(.alt) { parts.append("alt") }
        if modifiers.contains(.shift) { parts.append("shift") }
        parts.append(KeyEvent.name(of: key))
        return parts.joined(separator: "+")
    }

    /// The name of a key alone, as it appears in help and config.
    public static func name(of key: Key) -> String {
        switch key {
        case .character(" "): return "space"
        case .character(let character): return String(character)
        case .enter: return "enter"
        case .tab: return "tab"
        case .backTab: return "shift+tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .escape: return "esc"
        case .insert: return "insert"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .function(let number): return "f\(number)"
        }
    }
}
