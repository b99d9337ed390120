/// The one boundary every string crosses before it reaches a terminal as text: names, descriptions
/// and messages come from Toggl (typed by anyone in a shared workspace), from files and from
/// arguments, and a terminal obeys what they hold — `ESC ]0;…BEL` retitles the window, `ESC [2J`
/// clears it, OSC 52 writes the clipboard, a bidi override reorders what the reader sees.
///
/// ``safe(_:keepingLineBreaks:)`` makes every such character visible instead:
/// - C0 controls in caret notation (`ESC` → `^[`, `BEL` → `^G`, `LF` → `^J`), `DEL` → `^?`;
/// - C1 controls (U+0080–U+009F), bidi embeddings, overrides and isolates (U+202A–U+202E,
///   U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029) → `�` (U+FFFD).
///
/// The screen (``ScreenBuffer``) never draws these either: they measure zero columns there and
/// are dropped. ``jsonEscaped(_:)`` is the same boundary for `--json` output.
public enum TerminalText {
    /// `text` with every character that could drive a terminal made visible (see the type).
    /// With `keepingLineBreaks`, `\n` and `\t` stay as they are: for whole blocks of output whose
    /// lines this program laid out; fields (a description, a name) are made safe without it, so
    /// a name cannot start a line of its own.
    public static func safe(_ text: some StringProtocol, keepingLineBreaks: Bool = false) -> String {
        if isPlain(text.utf8, keepingLineBreaks: keepingLineBreaks) { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if keepingLineBreaks, value == 0x0A || value == 0x09 {
                result.append(scalar)
            } else if value < 0x20 {
                result.append("^")
                result.append(Unicode.Scalar(UInt8(value + 0x40)))
            } else if value == 0x7F {
                result.append(contentsOf: "^?".unicodeScalars)
            } else if isInvisibleControl(value) {
                result.append(replacement)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// JSON text (as `JSONEncoder` writes it, which already escapes C0 controls) with the
    /// characters it leaves raw escaped as `\uXXXX`: `DEL`, C1 controls, bidi controls and the
    /// line and paragraph separators. Outside strings JSON text is ASCII, so this only ever
    /// touches string contents, and a JSON reader gets the same values back.
    public static func jsonEscaped(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 >= 0x7F }) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let value = scalar.value
            if value == 0x7F || isInvisibleControl(value) {
                let hex = String(value, radix: 16, uppercase: false)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// What stands for a character that has no visible form: U+FFFD.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// C1 controls, bidi embeddings/overrides/isolates, line and paragraph separators: the
    /// characters above ASCII that a terminal obeys or that break a line. ``DisplayWidth`` gives
    /// them no columns, so the screen never draws them.
    static func isInvisibleControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Printable ASCII (and, when kept, line breaks) only: nothing to change.
    private static func isPlain(_ bytes: some Sequence<UInt8>, keepingLineBreaks: Bool) -> Bool {
        for byte in bytes where byte < 0x20 || byte >= 0x7F {
            if keepingLineBreaks, byte == 0x0A || byte == 0x09 { continue }
            return false
        }
        return true
    }
}
