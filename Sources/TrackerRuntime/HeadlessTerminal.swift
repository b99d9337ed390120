import TerminalUI
import TrackerCore

/// A terminal without a screen, for end-to-end tests and benchmarks: it hands out scripted
/// events and keeps every frame it is shown.
public final class HeadlessTerminal: TerminalBackend {
    public private(set) var size: Size
    private var events: [TerminalEvent]
    /// Every frame presented, oldest first.
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var isStarted = false
    /// Called when the script has run out, to end the loop (e.g. `runtime.requestQuit`).
    public var onScriptEnd: (() -> Void)?
    /// When set, the next scripted event is held back until this says the app is idle (e.g.
    /// `{ !driver.isBusy }`), so a script can wait for Toggl's answers without sleeping.
    public var isIdle: (() -> Bool)?

    public init(size: Size = Size(columns: 120, rows: 40), events: [TerminalEvent] = []) {
        self.size = size
        self.events = events
    }

    /// Queues more events.
    public func enqueue(_ more: [TerminalEvent]) {
        events += more
    }

    public func start() throws { isStarted = true }
    public func stop() { isStarted = false }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if let isIdle, !isIdle() { return nil }
        guard !events.isEmpty else {
            onScriptEnd?()
            return nil
        }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func present(_ frame: ScreenBuffer) {
        frames.append(frame)
    }

    /// The last frame shown.
    public var lastFrame: ScreenBuffer? { frames.last }
}
