extension KeyEvent {
    /// Parses the spelling used in help and config: `s`, `G`, `?`, `space`, `enter`, `esc`,
    /// `tab`, `shift+tab`, `ctrl+n`, `alt+x`, `f2`, `pgup`, `pgdn`, `up`, `home`…
    public init?(spelling: String) {
        let lowered = spelling.lowercased()
        if lowered == "shift+tab" || lowered == "backtab" { self.init(.backTab); return }
        var parts = spelling.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        if spelling.hasSuffix("++") || spelling == "+" {
            parts = Array(parts.dropLast(2)) + ["+"]
        }
        guard let last = parts.last, !last.isEmpty else { return nil }
        var modifiers: Modifiers = []
        for modifier in parts.dropLast() {
            switch modifier.lowercased() {
            case "ctrl", "control", "c": modifiers.insert(.control)
            case "alt", "meta", "m": modifiers.insert(.alt)
            case "shift", "s": modifiers.insert(.shift)
            default: return nil
            }
        }
        let key: Key
        switch last.lowercased() {
        case "space": key = .character(" ")
        case "enter", "return": key = .enter
        case "tab": key = .tab
        case "esc", "escape": key = .escape
        case "backspace": key = .backspace
        case "delete", "del": key = .delete
        case "insert", "ins": key = .insert
        case "up": key = .up
        case "down": key = .down
        case "left": key = .left
        case "right": key = .right
        case "home": key = .home
        case "end": key = .end
        case "pgup", "pageup": key = .pageUp
        case "pgdn", "pagedown": key = .pageDown
        default:
            if last.count == 1, let character = last.first {
                key = .character(modifiers.contains(.control) ? Character(character.lowercased()) : character)
            } else if last.lowercased().hasPrefix("f"), let number = Int(last.dropFirst()), (1...12).contains(number) {
                key = .function(number)
            } else {
                return nil
            }
        }
        self.init(key, modifiers: modifiers)
    }
}
