/// A terminal the runtime can draw on and read keys from.
///
/// `CursesTerminal` implements it with ncursesw; tests use a headless backend that records
/// frames. All calls come from one thread, the runtime's terminal loop.
public protocol TerminalBackend: AnyObject {
    /// Takes over the terminal (full screen, raw keys, hidden cursor).
    func start() throws
    /// Gives the terminal back as it was. Safe to call more than once.
    func stop()
    /// The current size in cells.
    var size: Size { get }
    /// Waits up to `timeoutMilliseconds` for input; nil when none arrived.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
    /// Shows a frame, writing only the cells that differ from the last frame shown.
    func present(_ frame: ScreenBuffer)
    /// Rings the terminal's bell (audible or visual, as the terminal is set up).
    func bell()
}

extension TerminalBackend {
    /// No bell: backends that have none.
    public func bell() {}
}
