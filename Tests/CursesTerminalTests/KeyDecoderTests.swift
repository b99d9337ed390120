import CNcursesw
import CursesTerminal
import TerminalUI
import Testing
import TrackerCore

@Suite struct KeyDecoderTests {
    let size = Size(columns: 80, rows: 24)

    /// Decodes a sequence of raw keys the way the backend does: the first is read, the rest are
    /// "already pending". Returns the events and how many raw keys were left unread.
    private func decode(_ keys: [RawKey]) -> (events: [TerminalEvent?], leftOver: Int) {
        var queue = keys[...]
        var events: [TerminalEvent?] = []
        while let first = queue.popFirst() {
            events.append(KeyDecoder.decode(first, size: size) { queue.popFirst() })
        }
        return (events, queue.count)
    }

    private func key(_ raw: RawKey, pending: [RawKey] = []) -> TerminalEvent? {
        var queue = pending[...]
        return KeyDecoder.decode(raw, size: size) { queue.popFirst() }
    }

    private func char(_ text: String) -> RawKey { .character(text.unicodeScalars.first!.value) }
    private func function(_ code: Int32) -> RawKey { .function(code) }

    @Test func printableCharacters() {
        #expect(key(char("a")) == .key(.character("a")))
        #expect(key(char("A")) == .key(.character("A")))
        #expect(key(char("?")) == .key(.character("?")))
        #expect(key(char(" ")) == .key(.character(" ")))
        #expect(key(char("é")) == .key(.character("é")))
        #expect(key(char("会")) == .key(.character("会")))
        #expect(key(char("☕")) == .key(.character("☕")))
    }

    @Test func enterTabBackspaceDelete() {
        #expect(key(.character(13)) == .key(KeyEvent(.enter)))
        #expect(key(.character(10)) == .key(KeyEvent(.enter)))
        #expect(key(function(Int32(TOGGL_KEY_ENTER))) == .key(KeyEvent(.enter)))
        #expect(key(.character(9)) == .key(KeyEvent(.tab)))
        #expect(key(function(Int32(TOGGL_KEY_BTAB))) == .key(KeyEvent(.backTab)))
        #expect(key(.character(127)) == .key(KeyEvent(.backspace)))
        #expect(key(.character(8)) == .key(KeyEvent(.backspace)))
        #expect(key(function(Int32(TOGGL_KEY_BACKSPACE))) == .key(KeyEvent(.backspace)))
        #expect(key(function(Int32(TOGGL_KEY_DC))) == .key(KeyEvent(.delete)))
        #expect(key(function(Int32(TOGGL_KEY_IC))) == .key(KeyEvent(.insert)))
    }

    @Test func controlLetters() {
        #expect(key(.character(3)) == .key(.ctrl("c")))
        #expect(key(.character(1)) == .key(.ctrl("a")))
        #expect(key(.character(26)) == .key(.ctrl("z")))
        #expect(key(.character(21)) == .key(.ctrl("u")))
        #expect(key(.character(0)) == .key(.ctrl(" ")))
        #expect(key(.character(31)) == .key(.ctrl("_")))
        // Every letter but the ones that are Backspace, Tab and Enter.
        for scalar in UInt32(1)...26 where ![8, 9, 10, 13].contains(scalar) {
            let letter = Character(Unicode.Scalar(UInt8(96 + scalar)))
            #expect(key(.character(scalar)) == .key(.ctrl(letter)))
        }
        #expect(key(.character(0x85)) == nil)  // C1 control: ignored
    }

    @Test func escapeAloneAnswersAtOnce() {
        #expect(key(.character(27)) == .key(KeyEvent(.escape)))
    }

    @Test func escapePrefixIsAlt() {
        #expect(key(.character(27), pending: [char("x")]) == .key(KeyEvent(.character("x"), modifiers: .alt)))
        #expect(key(.character(27), pending: [char("B")]) == .key(KeyEvent(.character("B"), modifiers: .alt)))
        #expect(key(.character(27), pending: [.character(13)]) == .key(KeyEvent(.enter, modifiers: .alt)))
        #expect(key(.character(27), pending: [.character(3)]) == .key(KeyEvent(.character("c"), modifiers: [.control, .alt])))
        #expect(key(.character(27), pending: [.character(27)]) == .key(KeyEvent(.escape, modifiers: .alt)))
        #expect(key(.character(27), pending: [function(Int32(TOGGL_KEY_UP))]) == .key(KeyEvent(.up, modifiers: .alt)))
        // Alt+[ and Alt+O typed alone.
        #expect(key(.character(27), pending: [char("[")]) == .key(KeyEvent(.character("["), modifiers: .alt)))
        #expect(key(.character(27), pending: [char("O")]) == .key(KeyEvent(.character("O"), modifiers: .alt)))
    }

    @Test func altConsumesOnlyOneKey() {
        let decoded = decode([.character(27), char("x"), char("y")])
        #expect(decoded.events == [.key(KeyEvent(.character("x"), modifiers: .alt)), .key(.character("y"))])
        #expect(decoded.leftOver == 0)
    }

    @Test func unknownEscapeSequencesAreDropped() {
        // ESC [ 2 0 0 ~ (bracketed paste start) is not a key; what follows still is.
        let decoded = decode([.character(27), char("["), char("2"), char("0"), char("0"), char("~"), char("q")])
        #expect(decoded.events == [nil, .key(.character("q"))])
        // ESC O x: no such key, dropped too.
        #expect(decode([.character(27), char("O"), char("x")]).events == [nil])
    }

    /// Sequences the terminfo entry did not describe still give the common keys.
    @Test func sequencesCursesDidNotRecognise() {
        func sequence(_ text: String) -> TerminalEvent? {
            let raw = text.unicodeScalars.map { RawKey.character($0.value) }
            let decoded = decode(raw)
            return decoded.events.count == 1 ? decoded.events[0] : nil
        }
        #expect(sequence("\u{1B}[A") == .key(KeyEvent(.up)))
        #expect(sequence("\u{1B}OA") == .key(KeyEvent(.up)))
        #expect(sequence("\u{1B}[D") == .key(KeyEvent(.left)))
        #expect(sequence("\u{1B}[H") == .key(KeyEvent(.home)))
        #expect(sequence("\u{1B}OF") == .key(KeyEvent(.end)))
        #expect(sequence("\u{1B}[Z") == .key(KeyEvent(.backTab)))
        #expect(sequence("\u{1B}[1;5C") == .key(KeyEvent(.right, modifiers: .control)))
        #expect(sequence("\u{1B}[1;2A") == .key(KeyEvent(.up, modifiers: .shift)))
        #expect(sequence("\u{1B}[1;3B") == .key(KeyEvent(.down, modifiers: .alt)))
        #expect(sequence("\u{1B}[5~") == .key(KeyEvent(.pageUp)))
        #expect(sequence("\u{1B}[6~") == .key(KeyEvent(.pageDown)))
        #expect(sequence("\u{1B}[3;2~") == .key(KeyEvent(.delete, modifiers: .shift)))
        #expect(sequence("\u{1B}[2~") == .key(KeyEvent(.insert)))
        #expect(sequence("\u{1B}[7~") == .key(KeyEvent(.home)))
        #expect(sequence("\u{1B}OP") == .key(KeyEvent(.function(1))))
        #expect(sequence("\u{1B}[15~") == .key(KeyEvent(.function(5))))
        #expect(sequence("\u{1B}[24~") == .key(KeyEvent(.function(12))))
    }

    @Test func navigationKeys() {
        let expected: [(Int32, KeyEvent)] = [
            (Int32(TOGGL_KEY_UP), KeyEvent(.up)), (Int32(TOGGL_KEY_DOWN), KeyEvent(.down)),
            (Int32(TOGGL_KEY_LEFT), KeyEvent(.left)), (Int32(TOGGL_KEY_RIGHT), KeyEvent(.right)),
            (Int32(TOGGL_KEY_HOME), KeyEvent(.home)), (Int32(TOGGL_KEY_END), KeyEvent(.end)),
            (Int32(TOGGL_KEY_PPAGE), KeyEvent(.pageUp)), (Int32(TOGGL_KEY_NPAGE), KeyEvent(.pageDown)),
            (Int32(TOGGL_KEY_SR), KeyEvent(.up, modifiers: .shift)), (Int32(TOGGL_KEY_SF), KeyEvent(.down, modifiers: .shift)),
            (Int32(TOGGL_KEY_SLEFT), KeyEvent(.left, modifiers: .shift)), (Int32(TOGGL_KEY_SRIGHT), KeyEvent(.right, modifiers: .shift)),
            (Int32(TOGGL_KEY_SHOME), KeyEvent(.home, modifiers: .shift)), (Int32(TOGGL_KEY_SEND), KeyEvent(.end, modifiers: .shift)),
        ]
        for (code, event) in expected {
            #expect(key(function(code)) == .key(event), "\(event)")
        }
    }

    @Test func functionKeys() {
        let f0 = Int32(TOGGL_KEY_F0)
        for number in 1...12 {
            #expect(key(function(f0 + Int32(number))) == .key(KeyEvent(.function(number))))
            #expect(key(function(f0 + Int32(number + 12))) == .key(KeyEvent(.function(number), modifiers: .shift)))
        }
        #expect(key(function(f0 + 40)) == nil)
    }

    @Test func modifiedKeysFromTerminfo() {
        #expect(KeyDecoder.modifiedKey(capability: "kRIT5") == KeyEvent(.right, modifiers: .control))
        #expect(KeyDecoder.modifiedKey(capability: "kUP2") == KeyEvent(.up, modifiers: .shift))
        #expect(KeyDecoder.modifiedKey(capability: "kLFT3") == KeyEvent(.left, modifiers: .alt))
        #expect(KeyDecoder.modifiedKey(capability: "kDC6") == KeyEvent(.delete, modifiers: [.control, .shift]))
        #expect(KeyDecoder.modifiedKey(capability: "kNXT5") == KeyEvent(.pageDown, modifiers: .control))
        #expect(KeyDecoder.modifiedKey(capability: "kRIT9") == nil)
        #expect(KeyDecoder.modifiedKey(capability: "kXYZ5") == nil)
        #expect(KeyDecoder.modifiedKeyCapabilities.count == 70)
        // The backend passes the codes curses assigned to them.
        let table: [Int32: KeyEvent] = [600: KeyEvent(.right, modifiers: .control)]
        #expect(KeyDecoder.decode(.function(600), size: size, extendedKeys: table) { nil } == .key(KeyEvent(.right, modifiers: .control)))
    }

    @Test func resizeCarriesTheNewSize() {
        #expect(key(function(Int32(TOGGL_KEY_RESIZE))) == .resize(size))
    }

    @Test func unknownFunctionKeysAreIgnored() {
        #expect(key(function(0o777)) == nil)
    }
}
