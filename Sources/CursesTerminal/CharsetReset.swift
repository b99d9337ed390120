import CNcursesw
import Glibc

/// Drops the character-set switch from the terminal's attribute strings.
///
/// xterm's `sgr0` is `\E(B\E[m` and its `sgr` starts with `\E(0` or `\E(B` (the line-drawing
/// alternate character set, or plain ASCII, as G0), so curses repeats `\E(B` at every attribute
/// change: 9 of the 68 bytes a timer tick used to write. This backend never draws with the
/// alternate character set (borders are Unicode box drawing written as text), so the switch is
/// cut from the loaded terminfo strings, in place, once curses has started. Terminals whose
/// strings differ are left as they are.
enum CharsetReset {
    /// The ACS-or-ASCII switch at the start of xterm's `sgr`.
    static let sgrSwitch = "%?%p9%t\u{1B}(0%e\u{1B}(B%;"
    /// The ASCII designation at the start of xterm's `sgr0`.
    static let designateASCII = "\u{1B}(B"

    /// Cuts the switch from `sgr` and `sgr0` of the current terminal. Returns how many of the
    /// two strings were changed.
    @discardableResult
    static func apply() -> Int {
        var changed = 0
        if removePrefix(sgrSwitch, fromCapability: "sgr") { changed += 1 }
        if removePrefix(designateASCII, fromCapability: "sgr0") { changed += 1 }
        return changed
    }

    /// Removes `prefix` from the start of a string capability, shifting the rest (and its NUL)
    /// left. False when the capability is missing or does not start with `prefix`.
    private static func removePrefix(_ prefix: String, fromCapability name: String) -> Bool {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return false }
        let bytes = Array(prefix.utf8)
        let length = strlen(value)
        guard length >= bytes.count else { return false }
        for (offset, byte) in bytes.enumerated() where UInt8(bitPattern: value[offset]) != byte { return false }
        memmove(value, value + bytes.count, length - bytes.count + 1)
        return true
    }
}
