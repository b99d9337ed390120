import CursesTerminal
import Glibc
import TerminalUI
import Testing
import TrackerCore

/// Runs the real backend on a pseudo-terminal and reads back exactly the bytes it wrote.
/// Serialized: curses has one current screen per process.
@Suite(.serialized) struct PseudoTerminalTests {
    static let size = Size(columns: 40, rows: 10)

    /// A started terminal on a fresh pty, with the start-up output already drained.
    private func makeTerminal(colorMode: ColorMode = .auto) throws -> (CursesTerminal, PseudoTerminal) {
        let pty = try PseudoTerminal(size: Self.size)
        let terminal = CursesTerminal(terminalType: "xterm-256color", inputDescriptor: pty.slave,
                                      outputDescriptor: pty.slave, colorMode: colorMode,
                                      environment: [:])  // `swift test` sets NO_COLOR
        try terminal.start()
        _ = pty.drainOutput()
        return (terminal, pty)
    }

    private func timerFrame(_ elapsed: String) -> ScreenBuffer {
        var frame = ScreenBuffer(size: Self.size)
        frame.write("Workspace: Demo", x: 1, y: 0, style: CellStyle(.title))
        frame.write("Write the report", x: 1, y: 2, style: CellStyle(.selection))
        frame.write("Website", x: 1, y: 3, style: CellStyle(.project, color: RGBColor(hex: "#0b83d9")))
        frame.write("▶ " + elapsed, x: 1, y: 9, style: CellStyle(.running))
        return frame
    }

    private func occurrences(of text: String, in bytes: [UInt8]) -> Int {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return 0 }
        return (0...(bytes.count - needle.count)).filter { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }.count
    }

    @Test func refusesDescriptorsThatAreNotTerminals() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { fds.forEach { _ = close($0) } }
        let terminal = CursesTerminal(terminalType: "xterm-256color", inputDescriptor: fds[0], outputDescriptor: fds[1])
        #expect(throws: TerminalError.notATerminal) { try terminal.start() }
        #expect(!terminal.isStarted)
        #expect(TerminalError.notATerminal.description
            == "toggl-tui needs an interactive terminal (stdin and stdout must be a TTY).")
        terminal.stop()  // harmless when never started
    }

    @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
    func refusesStdioThatIsNotATerminal() {
        let terminal = CursesTerminal()
        #expect(throws: TerminalError.notATerminal) { try terminal.start() }
        #expect(!terminal.isStarted)
    }

    @Test func aTypeThatCannotMoveTheCursorIsRefused() throws {
        let pty = try PseudoTerminal(size: Self.size)
        let terminal = CursesTerminal(terminalType: "dumb", inputDescriptor: pty.slave, outputDescriptor: pty.slave)
        #expect(throws: TerminalError.cannotMoveCursor("dumb")) { try terminal.start() }
        #expect(!terminal.isStarted)
        // endwin's carriage return at most: nothing drawn, no mode left changed.
        let written = pty.drainOutput()
        #expect(written.allSatisfy { $0 == 13 }, "\(written)")
        terminal.stop()
    }

    @Test func unknownTerminalTypeIsAnError() throws {
        let pty = try PseudoTerminal(size: Self.size)
        let terminal = CursesTerminal(terminalType: "no-such-terminal-xyz", inputDescriptor: pty.slave, outputDescriptor: pty.slave)
        #expect(throws: TerminalError.unknownTerminalType("no-such-terminal-xyz")) { try terminal.start() }
    }

    @Test func firstFrameWritesTheTextAndLaterFramesOnlyTheChanges() throws {
        let (terminal, pty) = try makeTerminal()
        defer { terminal.stop() }
        #expect(terminal.size == Self.size)
        #expect(terminal.palette == .xterm256)

        terminal.present(timerFrame("00:00:01"))
        let first = pty.drainOutput()
        for text in ["Workspace: Demo", "Write the report", "Website", "00:00:01"] {
            #expect(occurrences(of: text, in: first) == 1, "\(text)")
        }

        terminal.present(timerFrame("00:00:02"))
        let tick = pty.drainOutput()
        #expect(tick.count < 64, "\(tick.count) bytes: \(String(decoding: tick, as: UTF8.self).debugDescription)")
        #expect(occurrences(of: "2", in: tick) >= 1)
        #expect(occurrences(of: "00:00", in: tick) == 0)

        terminal.present(timerFrame("00:00:02"))
        #expect(pty.drainOutput().isEmpty)
    }

    /// Attribute changes do not re-send xterm's `\e(B` (ASCII as G0): the backend never uses
    /// the alternate character set, so `CharsetReset` cut it from `sgr` and `sgr0`.
    @Test func attributeChangesDoNotSwitchCharacterSets() throws {
        let (terminal, pty) = try makeTerminal()
        defer { terminal.stop() }
        var frame = timerFrame("00:00:01")
        frame.write("bold", x: 20, y: 5, style: CellStyle(.running, bold: true))
        terminal.present(frame)
        let first = pty.drainOutput()
        frame.write("plain", x: 20, y: 6, style: CellStyle(.selectionInactive))
        frame.write("9", x: 26, y: 5, style: CellStyle(.running, bold: true))
        terminal.present(frame)
        let change = pty.drainOutput()
        #expect(occurrences(of: "\u{1B}(B", in: first) == 0)
        #expect(occurrences(of: "\u{1B}(B", in: change) == 0)
        #expect(occurrences(of: "\u{1B}[m", in: change) == 1, "attributes are still reset once at the end")
    }

    @Test func wideCharactersAreWrittenOnce() throws {
        let (terminal, pty) = try makeTerminal()
        defer { terminal.stop() }
        var frame = ScreenBuffer(size: Self.size)
        frame.write("会议 ☕ break", x: 0, y: 1)
        #expect(frame.textDump().split(separator: "\n", omittingEmptySubsequences: false)[1].hasPrefix("会议 ☕ break"))
        terminal.present(frame)
        let output = pty.drainOutput()
        #expect(occurrences(of: "会", in: output) == 1)
        #expect(occurrences(of: "议", in: output) == 1)
        #expect(occurrences(of: "☕", in: output) == 1)
        #expect(occurrences(of: "break", in: output) == 1)

        // Replacing the text after the wide characters leaves them alone.
        frame.write("pause", x: 7, y: 1)
        terminal.present(frame)
        let change = pty.drainOutput()
        #expect(occurrences(of: "pause", in: change) == 1)
        #expect(occurrences(of: "会", in: change) == 0)
        #expect(occurrences(of: "☕", in: change) == 0)
    }

    @Test func noColorEnvironmentTurnsColourOff() throws {
        let pty = try PseudoTerminal(size: Self.size)
        let terminal = CursesTerminal(terminalType: "xterm-256color", inputDescriptor: pty.slave,
                                      outputDescriptor: pty.slave, environment: ["NO_COLOR": "1"])
        try terminal.start()
        defer { terminal.stop() }
        #expect(terminal.palette == .none)
    }

    @Test func noColorWritesNoColourSequences() throws {
        let (terminal, pty) = try makeTerminal(colorMode: .none)
        defer { terminal.stop() }
        #expect(terminal.palette == .none)
        terminal.present(timerFrame("00:00:01"))
        let output = String(decoding: pty.drainOutput(), as: UTF8.self)
        #expect(!output.contains("[38;5;"))
        #expect(!output.contains("[48;5;"))
        #expect(output.contains(";7m") || output.contains("[7m"))  // reverse for the selection
        #expect(output.contains("Write the report"))
    }

    @Test func keysTypedIntoTheTerminal() throws {
        let (terminal, pty) = try makeTerminal()
        defer { terminal.stop() }
        let cases: [(String, KeyEvent)] = [
            ("q", .character("q")),
            ("é", .character("é")),
            ("\r", KeyEvent(.enter)),
            ("\u{7F}", KeyEvent(.backspace)),
            ("\u{15}", .ctrl("u")),
            ("\u{1B}OA", KeyEvent(.up)),       // what xterm sends in keypad mode
            ("\u{1B}[A", KeyEvent(.up)),       // and in normal mode
            ("\u{1B}[1;5C", KeyEvent(.right, modifiers: .control)),
            ("\u{1B}[5~", KeyEvent(.pageUp)),
            ("\u{1B}[Z", KeyEvent(.backTab)),
            ("\u{1B}[3~", KeyEvent(.delete)),
            ("\u{1B}OP", KeyEvent(.function(1))),
            ("\u{1B}x", KeyEvent(.character("x"), modifiers: .alt)),
            ("\u{1B}", KeyEvent(.escape)),
        ]
        for (typed, expected) in cases {
            pty.type(typed)
            #expect(terminal.nextEvent(timeoutMilliseconds: 5_000) == .key(expected), "\(typed.debugDescription)")
        }
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == nil)
    }

    @Test func stopIsIdempotentAndTheTerminalCanStartAgain() throws {
        let (terminal, pty) = try makeTerminal()
        terminal.stop()
        terminal.stop()
        #expect(!terminal.isStarted)
        try terminal.start()
        _ = pty.drainOutput()
        terminal.present(timerFrame("00:00:03"))
        #expect(occurrences(of: "00:00:03", in: pty.drainOutput()) == 1)
        terminal.stop()
    }
}
