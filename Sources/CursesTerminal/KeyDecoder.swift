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
///   an escape sequence curses did not recognise: cursor keys, Home/End, PgUp/PgDn, Insert,
///   Delete and F-keys (with xterm modifiers such as `1;5C` for Ctrl+Right) are decoded, any
///   other sequence is consumed and dropped (nil).
/// - Arrows, Home/End, PgUp/PgDn, F1–F12; shifted arrows/Home/End and F13–F24 (xterm's
///   Shift+F1–F12) add `.shift`. `KEY_RESIZE` → `.resize(size)`.
public enum KeyDecoder {
    ///
    /// `extendedKeys` maps the codes curses assigns at run time to modified keys (see
    /// ``modifiedKey(capability:)``).
    public static func decode(_ key: RawKey, size: Size, extendedKeys: [Int32: KeyEvent] = [:],
                              pending: () -> RawKey?) -> TerminalEvent? {
        switch key {
        case .function(let code):
            return (function(code) ?? extendedKeys[code]).map(TerminalEvent.key) ?? resize(code, size: size)
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
            let event = introducer == 0x5B
                ? controlSequence(startingWith: next, pending: pending)
                : singleShift(next)
            return event.map(TerminalEvent.key)
        case .character(let scalar):
            return character(scalar).map { .key(withAlt($0)) }
        case .function(let code):
            return function(code).map { .key(withAlt($0)) } ?? resize(code, size: size)
        }
    }

    /// A CSI sequence terminfo did not describe (`ESC [ A` when the entry says `ESC O A`,
    /// `ESC [ 1 ; 5 C` for Ctrl+Right): the common keys are recognised, the rest are consumed
    /// and dropped. Parameters and intermediates are 0x20–0x3F, the final byte 0x40–0x7E.
    private static func controlSequence(startingWith first: RawKey, pending: () -> RawKey?) -> KeyEvent? {
        var parameters = ""
        var current: RawKey? = first
        while case .character(let byte)? = current, (0x20...0x3F).contains(byte) {
            parameters.unicodeScalars.append(Unicode.Scalar(UInt8(byte)))
            current = pending()
        }
        guard case .character(let final)? = current, (0x40...0x7E).contains(final) else { return nil }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 1 }
        let modifiers = modifiers(xtermParameter: numbers.count > 1 ? numbers[1] : 1)
        let key: KeyEvent.Key?
        switch Unicode.Scalar(UInt8(final)) {
        case "Z": return KeyEvent(.backTab)
        case "~":
            switch numbers.first ?? 0 {
            case 1, 7: key = .home
            case 2: key = .insert
            case 3: key = .delete
            case 4, 8: key = .end
            case 5: key = .pageUp
            case 6: key = .pageDown
            case 11...15: key = .function(numbers[0] - 10)
            case 17...21: key = .function(numbers[0] - 11)
            case 23, 24: key = .function(numbers[0] - 12)
            default: key = nil
            }
        case let letter: key = cursorKey(letter)
        }
        return key.map { KeyEvent($0, modifiers: modifiers) }
    }

    /// `ESC O` plus one byte: cursor keys in application mode, F1–F4.
    private static func singleShift(_ key: RawKey) -> KeyEvent? {
        guard case .character(let byte) = key, let scalar = Unicode.Scalar(byte) else { return nil }
        switch scalar {
        case "P": return KeyEvent(.function(1))
        case "Q": return KeyEvent(.function(2))
        case "R": return KeyEvent(.function(3))
        case "S": return KeyEvent(.function(4))
        default: return cursorKey(scalar).map { KeyEvent($0) }
        }
    }

    private static func cursorKey(_ letter: Unicode.Scalar) -> KeyEvent.Key? {
        switch letter {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        default: return nil
        }
    }

    /// The terminfo names of modified keys (ncurses extensions: `kRIT5` is Ctrl+Right).
    public static let modifiedKeyCapabilities: [String] = ["kUP", "kDN", "kRIT", "kLFT", "kHOM", "kEND", "kPRV", "kNXT", "kDC", "kIC"]
        .flatMap { base in (2...8).map { base + String($0) } }

    /// The key a modified-key capability stands for: a base name plus xterm's modifier digit.
    public static func modifiedKey(capability: String) -> KeyEvent? {
        guard let digit = capability.last?.wholeNumberValue, (2...8).contains(digit) else { return nil }
        let key: KeyEvent.Key
        switch capability.dropLast() {
        case "kUP": key = .up
        case "kDN": key = .down
        case "kRIT": key = .right
        case "kLFT": key = .left
        case "kHOM": key = .home
        case "kEND": key = .end
        case "kPRV": key = .pageUp
        case "kNXT": key = .pageDown
        case "kDC": key = .delete
        case "kIC": key = .insert
        default: return nil
        }
        return KeyEvent(key, modifiers: modifiers(xtermParameter: digit))
    }

    /// xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4, meta 8).
    private static func modifiers(xtermParameter: Int) -> KeyEvent.Modifiers {
        let bits = max(0, xtermParameter - 1)
        var modifiers: KeyEvent.Modifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & 2 != 0 || bits & 8 != 0 { modifiers.insert(.alt) }
        if bits & 4 != 0 { modifiers.insert(.control) }
        return modifiers
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
