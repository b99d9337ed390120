import Foundation
import Testing
@testable import TrackerCLI

/// Whether the terminal UI may start, decided before curses is touched: TERM=dumb, an unset
/// TERM, a type without cursor addressing or no TTY get one line and exit 2; the rest may start.
struct TerminalVerdictTests {
    static let xterm = TerminfoEntry(path: "/usr/share/terminfo/x/xterm", hasCursorAddressing: true, colors: 8)
    static let works = " the command line works: toggl-tui status, toggl-tui ls --today (toggl-tui --help lists all)."

    @Test func aRealTerminalMayStart() {
        #expect(TerminalVerdict.decide(term: "xterm", inputIsTerminal: true, outputIsTerminal: true, terminfo: Self.xterm) == .usable)
        // No terminfo file found: curses decides (it may have the type elsewhere).
        #expect(TerminalVerdict.decide(term: "screen-256color", inputIsTerminal: true, outputIsTerminal: true, terminfo: nil) == .usable)
    }

    @Test func dumbUnsetAndCursorlessTerminalsAreRefusedWithOneLine() {
        #expect(TerminalVerdict.decide(term: "dumb", inputIsTerminal: true, outputIsTerminal: true, terminfo: nil).message
            == "toggl-tui: this terminal (TERM=dumb) cannot move the cursor, so the terminal UI cannot draw here;" + Self.works)
        for unset in [nil, "", "  "] {
            #expect(TerminalVerdict.decide(term: unset, inputIsTerminal: true, outputIsTerminal: true, terminfo: nil).message
                == "toggl-tui: TERM is not set, so the terminal UI cannot draw here (set it, e.g. TERM=xterm-256color);" + Self.works)
        }
        let printer = TerminfoEntry(path: "/usr/share/terminfo/l/lpr", hasCursorAddressing: false, colors: nil)
        #expect(TerminalVerdict.decide(term: "lpr", inputIsTerminal: true, outputIsTerminal: true, terminfo: printer).message
            == "toggl-tui: this terminal (TERM=lpr) cannot move the cursor, so the terminal UI cannot draw here;" + Self.works)
    }

    @Test func noTTYIsRefusedFirst() {
        for (input, output) in [(false, true), (true, false), (false, false)] {
            #expect(TerminalVerdict.decide(term: "xterm", inputIsTerminal: input, outputIsTerminal: output, terminfo: Self.xterm).message
                == "toggl-tui: the terminal UI needs an interactive terminal (standard input or output is not one);" + Self.works)
        }
    }

    @Test func aHostileTermValueIsMadeSafeAndShort() {
        let hostile = "\u{1B}]0;pwned\u{07}" + String(repeating: "x", count: 100)
        let message = TerminalVerdict.decide(term: hostile, inputIsTerminal: true, outputIsTerminal: true,
                                             terminfo: TerminfoEntry(path: "p", hasCursorAddressing: false, colors: nil)).message ?? ""
        #expect(!message.contains("\u{1B}") && !message.contains("\u{07}"), "\(message)")
        #expect(message.count < 260, "\(message.count)")
        #expect(TerminalVerdict.unknownType("nosuchterm")
            == "toggl-tui: curses knows no terminal of type TERM=nosuchterm, so the terminal UI cannot draw here (try TERM=xterm-256color);" + Self.works)
    }

    /// A compiled terminfo entry: header, names, booleans, numbers (16- or 32-bit), string offsets.
    static func compiled(extended: Bool, colors: Int?, cursor: Bool) -> Data {
        var bytes: [UInt8] = []
        func short(_ value: Int) { bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        let names = Array("test|a test terminal\0".utf8)
        let numbers = 15
        let strings = 12
        short(extended ? 0o1036 : 0o432); short(names.count); short(1); short(numbers); short(strings); short(4)
        bytes += names
        bytes += [1]
        if bytes.count % 2 == 1 { bytes += [0] }
        for index in 0..<numbers {
            let value = index == 13 ? (colors ?? -1) : -1
            if extended {
                let raw = UInt32(bitPattern: Int32(value))
                bytes += [UInt8(raw & 0xFF), UInt8((raw >> 8) & 0xFF), UInt8((raw >> 16) & 0xFF), UInt8(raw >> 24)]
            } else {
                short(value & 0xFFFF)
            }
        }
        for index in 0..<strings { short(index == 10 && cursor ? 0 : 0xFFFF) }
        bytes += Array("abc\0".utf8)
        return Data(bytes)
    }

    @Test func compiledEntriesAreRead() throws {
        #expect(TerminfoEntry.parse(Self.compiled(extended: false, colors: 256, cursor: true), path: "p")
            == TerminfoEntry(path: "p", hasCursorAddressing: true, colors: 256))
        #expect(TerminfoEntry.parse(Self.compiled(extended: true, colors: 16_777_216, cursor: true), path: "p")
            == TerminfoEntry(path: "p", hasCursorAddressing: true, colors: 16_777_216))
        #expect(TerminfoEntry.parse(Self.compiled(extended: false, colors: nil, cursor: false), path: "p")
            == TerminfoEntry(path: "p", hasCursorAddressing: false, colors: nil))
        // Damaged: never a trap, just nothing.
        let whole = Self.compiled(extended: false, colors: 8, cursor: true)
        for cut in 0..<whole.count where TerminfoEntry.parse(whole.prefix(cut), path: "p") != nil {
            #expect(cut >= 12 + 21 + 1 + 30 + 24, "a cut entry of \(cut) bytes was read")
        }
        #expect(TerminfoEntry.parse(Data("not terminfo".utf8), path: "p") == nil)
        #expect(TerminfoEntry.parse(Data([0x1A, 0x01, 0xFF, 0x7F, 0xFF, 0x7F, 0xFF, 0x7F, 0xFF, 0x7F, 0, 0]), path: "p") == nil)
    }

    @Test func entriesAreFoundInTheSearchFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("terminfo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("t"), withIntermediateDirectories: true)
        try Self.compiled(extended: false, colors: 8, cursor: true).write(to: folder.appendingPathComponent("t/tester"))
        let folders = TerminfoEntry.searchFolders(environment: ["TERMINFO": folder.path], home: nil)
        #expect(folders.first == folder.path)
        #expect(TerminfoEntry.lookUp("tester", in: folders)?.colors == 8)
        #expect(TerminfoEntry.lookUp("../t/tester", in: folders) == nil)
        #expect(TerminfoEntry.lookUp("", in: folders) == nil)
        #expect(TerminfoEntry.searchFolders(environment: ["TERMINFO_DIRS": "/a::/b"], home: "/h")
            == ["/h/.terminfo", "/a", "/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo", "/b"])
    }
}
