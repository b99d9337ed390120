import CNcursesw
import TerminalUI
import TrackerCore

/// One unit of input as `wget_wch` reports it.
public enum RawKey: Sendable, Hashable {
    /// A Unicode scalar, control characters included (Enter is 13 under `nonl`).
    case character(UInt32)
    /// A curses `KEY_*` code (`KEY_UP`, `KEY_RESIZE`, `KEY_F(n)`…).
    case function(Int32)
}

/// Turns what curses reads into ``TerminalEvent``s. Pure: the backend hands it one raw key,
/// a way to read whatever input is *already pending* (for ESC prefixes) and the current size.
///
/// - Printable characters → `.character` (already shifted); Enter (CR, LF, `KEY_ENTER`) → `.enter`;
///   Tab → `.tab`; `KEY_BTAB` → `.backTab`; `KEY_BACKSPACE`, DEL (127), BS (8) → `.backspace`;
///   `KEY_DC` → `.delete`; `KEY_IC` → `.insert`.
/// - Control characters 1–26 other than Tab, Enter and BS → `ctrl+letter`; 0 → `ctrl+space`;
///   28–31 → `ctrl+\`, `ctrl+]`, `ctrl+^`, `ctrl+_`.
/// - ESC with nothing pending → `.escape`. ESC followed by pending input → that key with
///   `.alt` (how terminals send Alt/Meta). ESC `[` or ESC `O` followed by more pending input is
///   an escape sequence curses did not recognise: it is consumed and dropped (nil).
/// - Arrows, Home/End, PgUp/PgDn, F1–F12; shifted arrows/Home/End and F13–F24 (xterm's
///   Shift+F1–F12) add `.shift`. `KEY_RESIZE` → `.resize(size)`.
public enum KeyDecoder {
    public static func decode(_ key: RawKey, size: Size, pending: () -> RawKey?) -> TerminalEvent? {
        switch key {
        case .function(let code):
            return function(code).map(TerminalEvent.key) ?? resize(code, size: size)
        case .character(escape):
            return escapePrefixed(size: size, pending: pending)
        case .character(let scalar):
            return character(scalar).map(TerminalEvent.key)
        }
    }

    private static let escape: UInt32 = 27

    private static func escapePrefixed(size: Size, pending: () -> RawKey?) -> TerminalEvent? {
        guard let following = pending() else { return .key(KeyEvent(.escape)) }
        switch following {
        case .character(escape):
            return .key(KeyEvent(.escape, modifiers: .alt))
        case .character(let introducer) where introducer == 0x5B || introducer == 0x4F:  // [ or O
            guard let next = pending() else {
                return character(introducer).map { .key(withAlt($0)) }
            }
            if introducer == 0x5B { skipControlSequence(startingWith: next, pending: pending) }
            return nil
        case .character(let scalar):
            return character(scalar).map { .key(withAlt($0)) }
        case .function(let code):
            return function(code).map { .key(withAlt($0)) } ?? resize(code, size: size)
        }
    }

    /// CSI parameters and intermediates (0x20–0x3F) run until a final byte (0x40–0x7E).
    private static func skipControlSequence(startingWith first: RawKey, pending: () -> RawKey?) {
        var current: RawKey? = first
        while case .character(let byte)? = current, (0x20...0x3F).contains(byte) {
            current = pending()
        }
    }

    private static func withAlt(_ event: KeyEvent) -> KeyEvent {
        KeyEvent(event.key, modifiers: event.modifiers.union(.alt))
    }

    private static func resize(_ code: Int32, size: Size) -> TerminalEvent? {
        code == Int32(TOGGL_KEY_RESIZE) ? .resize(size) : nil
    }

    /// A character from `wget_wch` (not a function key).
    static func character(_ scalar: UInt32) -> KeyEvent? {
        switch scalar {
        case 13, 10: return KeyEvent(.enter)
        case 9: return KeyEvent(.tab)
        case 8, 127: return KeyEvent(.backspace)
        case 27: return KeyEvent(.escape)
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + scalar))))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80..<0xA0: return nil  // C1 controls
        default:
            guard let unicode = Unicode.Scalar(scalar) else { return nil }
            return .character(Character(unicode))
        }
    }

    /// A curses function key; nil for `KEY_RESIZE` and keys the app does not use.
    static func function(_ code: Int32) -> KeyEvent? {
        let functionKey = code - Int32(TOGGL_KEY_F0)
        switch functionKey {
        case 1...12: return KeyEvent(.function(Int(functionKey)))
        case 13...24: return KeyEvent(.function(Int(functionKey) - 12), modifiers: .shift)
        default: break
        }
        switch code {
        case Int32(TOGGL_KEY_UP): return KeyEvent(.up)
        case Int32(TOGGL_KEY_DOWN): return KeyEvent(.down)
        case Int32(TOGGL_KEY_LEFT): return KeyEvent(.left)
        case Int32(TOGGL_KEY_RIGHT): return KeyEvent(.right)
        case Int32(TOGGL_KEY_SR): return KeyEvent(.up, modifiers: .shift)
        case Int32(TOGGL_KEY_SF): return KeyEvent(.down, modifiers: .shift)
        case Int32(TOGGL_KEY_SLEFT): return KeyEvent(.left, modifiers: .shift)
        case Int32(TOGGL_KEY_SRIGHT): return KeyEvent(.right, modifiers: .shift)
        case Int32(TOGGL_KEY_HOME): return KeyEvent(.home)
        case Int32(TOGGL_KEY_END): return KeyEvent(.end)
        case Int32(TOGGL_KEY_SHOME): return KeyEvent(.home, modifiers: .shift)
        case Int32(TOGGL_KEY_SEND): return KeyEvent(.end, modifiers: .shift)
        case Int32(TOGGL_KEY_PPAGE): return KeyEvent(.pageUp)
        case Int32(TOGGL_KEY_NPAGE): return KeyEvent(.pageDown)
        case Int32(TOGGL_KEY_BTAB): return KeyEvent(.backTab)
        case Int32(TOGGL_KEY_ENTER): return KeyEvent(.enter)
        case Int32(TOGGL_KEY_BACKSPACE): return KeyEvent(.backspace)
        case Int32(TOGGL_KEY_DC): return KeyEvent(.delete)
        case Int32(TOGGL_KEY_IC): return KeyEvent(.insert)
        default: return nil
        }
    }
}
