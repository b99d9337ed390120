import Foundation

/// What the terminfo database says about a terminal type, read from its compiled entry without
/// curses (the command line does not link it): whether it can move the cursor — without that
/// no full-screen program can draw — and how many colours it has.
public struct TerminfoEntry: Sendable, Equatable {
    /// The file the entry was read from.
    public var path: String
    /// Whether the entry has `cup` (cursor_address).
    public var hasCursorAddressing: Bool
    /// `colors` (max_colors), when the entry gives it.
    public var colors: Int?

    /// Creates an entry.
    public init(path: String, hasCursorAddressing: Bool, colors: Int?) {
        self.path = path
        self.hasCursorAddressing = hasCursorAddressing
        self.colors = colors
    }

    /// The largest entry file read (real ones are a few KiB).
    static let maximumFileBytes = 64 * 1024
    /// `cursor_address` among the string capabilities, `max_colors` among the numbers (term.h order).
    static let cursorAddressIndex = 10
    static let maxColorsIndex = 13

    /// The folders ncurses searches, in its order: `$TERMINFO`, `~/.terminfo`, `$TERMINFO_DIRS`
    /// (an empty part means the system folders), then the system folders.
    public static func searchFolders(environment: [String: String], home: String?) -> [String] {
        let system = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        var folders: [String] = []
        if let own = environment["TERMINFO"], !own.isEmpty { folders.append(own) }
        if let home, !home.isEmpty { folders.append(home + "/.terminfo") }
        if let dirs = environment["TERMINFO_DIRS"] {
            for part in dirs.split(separator: ":", omittingEmptySubsequences: false) {
                if part.isEmpty { folders += system } else { folders.append(String(part)) }
            }
        }
        folders += system
        var seen: Set<String> = []
        return folders.filter { seen.insert($0).inserted }
    }

    /// The entry for `term` in the first folder that has one (`x/xterm`, or `78/xterm` as on
    /// macOS); nil when none has it, or `term` is not a plain name (empty, or with a `/`).
    public static func lookUp(_ term: String, in folders: [String]) -> TerminfoEntry? {
        guard let first = term.utf8.first, !term.contains("/"), term != "..", term != "." else { return nil }
        let letter = String(UnicodeScalar(first))
        let hex = String(first, radix: 16)
        for folder in folders {
            for sub in [letter, hex] {
                let path = folder + "/" + sub + "/" + term
                guard let handle = FileHandle(forReadingAtPath: path) else { continue }
                let data = (try? handle.read(upToCount: maximumFileBytes)) ?? Data()
                try? handle.close()
                if let entry = parse(data, path: path) { return entry }
            }
        }
        return nil
    }

    /// Reads a compiled terminfo entry (legacy or extended-number format); nil when the bytes
    /// are not one. Never traps on damaged input.
    public static func parse(_ data: Data, path: String) -> TerminfoEntry? {
        let bytes = [UInt8](data)
        func short(_ offset: Int) -> Int? {
            guard offset >= 0, offset + 1 < bytes.count else { return nil }
            let value = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
            return value >= 0x8000 ? value - 0x10000 : value
        }
        func int32(_ offset: Int) -> Int? {
            guard offset >= 0, offset + 3 < bytes.count else { return nil }
            let raw = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            return Int(Int32(bitPattern: raw))
        }
        guard let magic = short(0), magic == 0o432 || magic == 0o1036,
              let nameSize = short(2), let boolCount = short(4), let numberCount = short(6), let stringCount = short(8),
              nameSize >= 0, boolCount >= 0, numberCount >= 0, stringCount >= 0,
              nameSize < maximumFileBytes, boolCount < maximumFileBytes, numberCount < maximumFileBytes, stringCount < maximumFileBytes
        else { return nil }
        let numberWidth = magic == 0o1036 ? 4 : 2
        var offset = 12 + nameSize + boolCount
        if offset % 2 == 1 { offset += 1 }
        let numbersStart = offset
        let stringsStart = numbersStart + numberCount * numberWidth
        guard stringsStart + stringCount * 2 <= bytes.count else { return nil }
        var colors: Int?
        if maxColorsIndex < numberCount {
            let at = numbersStart + maxColorsIndex * numberWidth
            let value = numberWidth == 4 ? int32(at) : short(at)
            if let value, value >= 0 { colors = value }
        }
        var cursor = false
        if cursorAddressIndex < stringCount, let value = short(stringsStart + cursorAddressIndex * 2) {
            cursor = value >= 0
        }
        return TerminfoEntry(path: path, hasCursorAddressing: cursor, colors: colors)
    }
}
