import CWideChar


/// How many terminal columns text takes, measured the way ncurses will draw it: with `wcwidth`
/// under a UTF-8 locale (whatever the process locale is). Control characters (C0, DEL and what
/// ``TerminalText`` shows as `�`: C1, bidi controls, line and paragraph separators) count as
/// zero and are never drawn.
public enum DisplayWidth {
    /// Columns of one grapheme: the width of its first scalar (0, 1 or 2); combining marks and
    /// variation selectors that follow add nothing.
    public static func of(_ character: Character) -> Int {
        // Most text is ASCII: one byte, no scalar view needed (a one-byte character is one ASCII
        // scalar; `asciiValue` would first compare the character with "\r\n"). "\r\n" goes on
        // below with its first scalar CR: a control character, as its `asciiValue` LF is.
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return byte < 0x20 || byte == 0x7F ? 0 : 1 }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        let value = first.value
        if value < 0x20 || value == 0x7F || TerminalText.isInvisibleControl(value) { return 0 }
        if value < 0x7F { return 1 }
        // An emoji presentation selector (U+FE0F) anywhere in a cluster of several scalars
        // makes it two columns wide.
        if var next = scalars.next() {
            if value == 0xFE0F { return 2 }
            while true {
                if next.value == 0xFE0F { return 2 }
                guard let following = scalars.next() else { break }
                next = following
            }
        }
        return scalarWidth(value)
    }

    /// Columns of a whole string, as for any `StringProtocol` below, in code made for `String`
    /// rather than the generic code (called from another module, that is not specialized, and
    /// every frame measures its titles, cells and every row of the entries table).
    public static func of(_ text: String) -> Int {
        columns(of: text)
    }

    /// Columns of a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        columns(of: text)
    }

    /// Printable ASCII is one column a byte; anything else is measured per character. Inlined
    /// into both `of`s, so the `String` one is specialized here.
    @inline(__always)
    private static func columns(of text: some StringProtocol) -> Int {
        var printable = true
        var bytes = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte >= 0x7F { printable = false; break }
            bytes += 1
        }
        if printable { return bytes }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The longest prefix of `text` that fits in `columns`.
    public static func prefix(of text: some StringProtocol, fitting columns: Int) -> Substring {
        let string = Substring(text)
        var used = 0
        var end = string.startIndex
        for index in string.indices {
            let width = of(string[index])
            if used + width > columns { break }
            used += width
            end = string.index(after: index)
        }
        return string[string.startIndex..<end]
    }

    private static func scalarWidth(_ value: UInt32) -> Int {
        let measured = Int(toggl_wcwidth(value))
        if measured >= 0 { return min(measured, 2) }
        return isWide(value) ? 2 : 1
    }

    /// East Asian Wide/Fullwidth and emoji ranges, for scalars `wcwidth` does not know.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
