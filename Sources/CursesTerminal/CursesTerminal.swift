import CNcursesw
import Glibc
import TerminalUI
import TrackerCore

/// ``TerminalBackend`` on ncursesw: the only place the app touches curses.
///
/// - `start()` refuses non-TTYs with ``TerminalError/notATerminal`` before curses is touched,
///   sets a UTF-8 locale, and opens curses with `newterm` (like `initscr`, but it reports an
///   unknown `$TERM` instead of exiting): cbreak, noecho, nonl, keypad, hidden cursor, a short
///   ESC delay so Esc answers at once, colours by role unless `NO_COLOR`/``ColorMode/none``.
/// - `present(_:)` writes only the runs that differ from the last frame into `stdscr`, then
///   `wnoutrefresh` + one `doupdate()`; the first frame and the frame after a resize draw
///   everything (`werase`, never `clear()` per frame).
/// - `nextEvent(timeoutMilliseconds:)` reads with `wget_wch` and a timeout; ``KeyDecoder``
///   turns what it reads into events. Mouse reporting stays off.
/// - `stop()` calls `endwin()` and frees the screen; it is idempotent and runs on deinit.
///   ``TerminalGuard`` covers signals, crashes and `exit()`.
///
/// Use it from one thread only.
public final class CursesTerminal: TerminalBackend {
    public let colorMode: ColorMode
    public let escapeDelayMilliseconds: Int
    /// The palette chosen at `start()` (`.none` before).
    public private(set) var palette: ColorPalette = .none

    private let terminalType: String?
    private let inputDescriptor: Int32
    private let outputDescriptor: Int32
    private let environment: [String: String]?

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var outputFile: UnsafeMutablePointer<FILE>?

    private var lastFrame: ScreenBuffer?
    private var theme = ColorTheme(palette: .none)
    private var pairs = ColorPairs(capacity: 0)
    private var styles: [CellStyle: (attributes: attr_t, pair: Int32)] = [:]
    private var scalars: [UInt32] = []
    private var extendedKeys: [Int32: KeyEvent] = [:]

    /// A terminal on stdin and stdout, of type `$TERM`.
    public convenience init(colorMode: ColorMode = .auto, escapeDelayMilliseconds: Int = 25) {
        self.init(terminalType: nil, inputDescriptor: STDIN_FILENO, outputDescriptor: STDOUT_FILENO,
                  colorMode: colorMode, escapeDelayMilliseconds: escapeDelayMilliseconds)
    }

    /// A terminal on any descriptors, such as a ``PseudoTerminal``'s slave in tests and the
    /// benchmark. `terminalType` nil means `$TERM`. The descriptors are duplicated, not owned.
    /// `environment` is where `NO_COLOR` is looked up (nil: the process environment; tests
    /// pass their own because `swift test` sets `NO_COLOR`).
    public init(terminalType: String?, inputDescriptor: Int32, outputDescriptor: Int32,
                colorMode: ColorMode = .auto, escapeDelayMilliseconds: Int = 25,
                environment: [String: String]? = nil) {
        self.terminalType = terminalType
        self.environment = environment
        self.inputDescriptor = inputDescriptor
        self.outputDescriptor = outputDescriptor
        self.colorMode = colorMode
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        scalars.reserveCapacity(8)
    }

    deinit { stop() }

    /// Whether curses is running on this terminal.
    public var isStarted: Bool { screen != nil }

    // MARK: TerminalBackend

    public func start() throws {
        guard screen == nil else { return }
        guard isatty(inputDescriptor) == 1, isatty(outputDescriptor) == 1 else {
            throw TerminalError.notATerminal
        }
        _ = toggl_setup_locale()
        let input = try Self.stream(duplicating: inputDescriptor, mode: "r")
        let output: UnsafeMutablePointer<FILE>
        do { output = try Self.stream(duplicating: outputDescriptor, mode: "w") } catch {
            fclose(input)
            throw error
        }
        let newScreen: OpaquePointer?
        if let terminalType {
            newScreen = terminalType.withCString { toggl_start($0, output, input, Int32(escapeDelayMilliseconds)) }
        } else {
            newScreen = toggl_start(nil, output, input, Int32(escapeDelayMilliseconds))
        }
        guard let newScreen else {
            fclose(input)
            fclose(output)
            let type = terminalType ?? getenv("TERM").map { String(cString: $0) }
            if toggl_start_lacked_cursor_addressing() == 1 { throw TerminalError.cannotMoveCursor(type) }
            throw TerminalError.unknownTerminalType(type)
        }
        screen = newScreen
        CharsetReset.apply()
        window = toggl_stdscr()
        inputFile = input
        outputFile = output

        let noColor = environment.map { $0["NO_COLOR"] } ?? getenv("NO_COLOR").map { String(cString: $0) }
        // Under NO_COLOR / .none, start_color is never called: not one colour sequence is sent.
        let mayUseColor = colorMode == .auto && (noColor ?? "").isEmpty
        let hasColors = mayUseColor && toggl_start_color() == 1
        palette = ColorPalette.choose(mode: colorMode, noColorVariable: noColor, hasColors: hasColors,
                                      colors: Int(toggl_colors()))
        theme = ColorTheme(palette: palette)
        pairs = ColorPairs(capacity: palette == .none ? 0 : min(255, Int(toggl_color_pairs()) - 1))
        styles = [:]
        lastFrame = nil
        extendedKeys = [:]
        for capability in KeyDecoder.modifiedKeyCapabilities {
            let code = capability.withCString { toggl_key_code($0) }
            if code > 0, let key = KeyDecoder.modifiedKey(capability: capability) { extendedKeys[code] = key }
        }
    }

    /// A FILE on a copy of `descriptor`, so closing it leaves the caller's descriptor open.
    private static func stream(duplicating descriptor: Int32, mode: String) throws -> UnsafeMutablePointer<FILE> {
        let copy = dup(descriptor)
        guard copy >= 0 else { throw TerminalError.systemCall("dup", errno: errno) }
        guard let stream = fdopen(copy, mode) else {
            let error = errno
            close(copy)
            throw TerminalError.systemCall("fdopen", errno: error)
        }
        return stream
    }

    public func stop() {
        guard let screen else { return }
        toggl_stop(screen)
        if let inputFile { fclose(inputFile) }
        if let outputFile { fclose(outputFile) }
        self.screen = nil
        window = nil
        inputFile = nil
        outputFile = nil
        lastFrame = nil
    }

    public var size: Size {
        if screen != nil { return Size(columns: Int(toggl_cols()), rows: Int(toggl_lines())) }
        var rows: Int32 = 0, columns: Int32 = 0
        guard toggl_get_window_size(outputDescriptor, &rows, &columns) == 0 else { return Size(columns: 0, rows: 0) }
        return Size(columns: Int(columns), rows: Int(rows))
    }

    /// Waits up to `timeoutMilliseconds` (negative: for ever) for a key or a resize; nil on
    /// timeout, for input that is no key, and at once when the terminal is not started.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard let window, let first = read(window, timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        let event = KeyDecoder.decode(first, size: size, extendedKeys: extendedKeys) { self.read(window, timeoutMilliseconds: 0) }
        if case .resize = event {
            // The terminal may have reflowed what it showed: repaint everything next frame.
            lastFrame = nil
            clearok(window, true)
        }
        return event
    }

    public func present(_ frame: ScreenBuffer) {
        guard let window else { return }
        let redrawAll = lastFrame == nil || lastFrame?.size != frame.size
        if redrawAll { werase(window) }
        let changes = frame.changes(from: redrawAll ? nil : lastFrame)
        lastFrame = frame
        guard redrawAll || !changes.isEmpty else { return }
        let limit = size
        for change in changes where change.y < limit.rows {
            draw(change, on: window, columns: limit.columns)
        }
        wnoutrefresh(window)
        doupdate()
    }

    // MARK: Drawing

    private func draw(_ change: ScreenBuffer.Change, on window: UnsafeMutablePointer<WINDOW>, columns: Int) {
        var x = change.x
        var afterWide = false
        for cell in change.cells {
            defer { x += 1 }
            guard x < columns else { break }
            let style = resolved(cell.style)
            if cell.isContinuation {
                // Curses filled it when it drew the wide character; an orphan draws a blank.
                if !afterWide { put(" ", width: 1, y: change.y, x: x, style: style, on: window) }
                afterWide = false
                continue
            }
            let fits = cell.width < 2 || x + 1 < columns
            put(fits ? cell.text : " ", width: fits ? max(1, cell.width) : 1, y: change.y, x: x, style: style, on: window)
            afterWide = fits && cell.width == 2
        }
    }

    private func put(_ text: String, width: Int, y: Int, x: Int, style: (attributes: attr_t, pair: Int32), on window: UnsafeMutablePointer<WINDOW>) {
        scalars.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars { scalars.append(scalar.value) }
        _ = scalars.withUnsafeBufferPointer { buffer in
            toggl_put_cell(window, Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count),
                           Int32(width), style.attributes, style.pair)
        }
    }

    private func resolved(_ style: CellStyle) -> (attributes: attr_t, pair: Int32) {
        if let cached = styles[style] { return cached }
        let look = theme.resolve(style)
        var attributes = toggl_a_normal()
        if look.attributes.contains(.bold) { attributes |= toggl_a_bold() }
        if look.attributes.contains(.underline) { attributes |= toggl_a_underline() }
        if look.attributes.contains(.reverse) { attributes |= toggl_a_reverse() }
        if look.attributes.contains(.dim) { attributes |= toggl_a_dim() }
        var pair: Int32 = 0
        if look.hasColor {
            let allocation = pairs.pair(foreground: look.foreground, background: look.background)
            if allocation.isNew, toggl_init_pair(allocation.pair, look.foreground, look.background) == ERR {
                pair = 0
            } else {
                pair = allocation.pair
            }
        }
        let result = (attributes, pair)
        styles[style] = result
        return result
    }

    // MARK: Input

    private func read(_ window: UnsafeMutablePointer<WINDOW>, timeoutMilliseconds: Int) -> RawKey? {
        var value: UInt32 = 0
        let timeout = Int32(clamping: timeoutMilliseconds)
        switch toggl_get_key(window, timeout, &value) {
        case Int32(TOGGL_INPUT_CHARACTER): return .character(value)
        case Int32(TOGGL_INPUT_FUNCTION): return .function(Int32(bitPattern: value))
        default: return nil
        }
    }
}
