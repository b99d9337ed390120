import Foundation
import TrackerStatus
import Synchronization
import TerminalUI
import TrackerCore

/// The main loop: keys and resizes in, frames out, one tick a second, effects answered between.
///
/// bubbletea's shape: one loop on one thread owns the terminal and the state. It waits for a key
/// at most ``pollMilliseconds``, feeds what arrived (keys, effect answers, the second hand) into
/// `update`, and draws a frame only when the state changed. Effects run as tasks elsewhere and
/// answer through the driver's inbox. With a ``LocalStore``, the cache files follow the state
/// (checked once a second, saved when changed, and at the end).
public final class TerminalRuntime: @unchecked Sendable {
    // @unchecked: everything but `quitRequested` is used only by the loop's thread.
    private let backend: any TerminalBackend
    private let driver: AppDriver
    private let render: (AppState, Size) -> ScreenBuffer
    private let clock: @Sendable () -> Date
    private let quitRequested = Mutex(false)
    private let store: LocalStore?
    /// Seconds on a clock that stands still while the machine sleeps (for ``SleepDetector``).
    private let monotonicClock: @Sendable () -> TimeInterval
    /// Whether the login session was idle (logind), asked while a timer runs; nil: sleep only.
    private let idle: IdleMonitor?
    /// How long one wait for input lasts; effect answers show up within this.
    public let pollMilliseconds: Int

    public init(
        backend: any TerminalBackend, driver: AppDriver, render: @escaping (AppState, Size) -> ScreenBuffer,
        clock: @escaping @Sendable () -> Date = { Date() }, pollMilliseconds: Int = 40, store: LocalStore? = nil,
        notifier: DesktopNotifier = .none,
        monotonicClock: (@Sendable () -> TimeInterval)? = nil,
        idleSource: IdleSource? = nil,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.monotonicClock = monotonicClock ?? SleepDetector.monotonicSeconds
        self.idle = idleSource.map { IdleMonitor(source: $0, log: log) }
        self.store = store
        self.backend = backend
        self.driver = driver
        // Reminders ring the bell here, on the loop's thread, and go to the desktop off it.
        driver.onReminder = { [backend, notifier] text, desktop in
            backend.bell()
            guard desktop else { return }
            Thread.detachNewThread { _ = notifier.send("toggl-tui", text) }
        }
        self.render = render
        self.clock = clock
        self.pollMilliseconds = pollMilliseconds
    }

    /// Asks the loop to end (from a signal handler's queue or any thread).
    public func requestQuit() {
        quitRequested.withLock { $0 = true }
    }

    /// Runs the loop on its own thread until the user quits, then gives writes still in flight
    /// a few seconds to be answered.
    public func run(finishingWritesWithin seconds: Double = 3) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let thread = Thread {
                do {
                    try self.loop()
                    continuation.resume()
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.name = "toggl-tui terminal"
            thread.start()
        }
        await driver.finishPending(timeoutSeconds: seconds)
        store?.update(from: driver, force: true)
    }

    /// The loop itself, on the calling thread. Starts and always stops the backend, also when
    /// `start()` throws half-way (a backend may have taken the terminal before failing).
    public func loop() throws {
        defer { backend.stop() }
        try backend.start()
        var size = backend.size
        driver.send(.resized(columns: size.columns, rows: size.rows))
        var lastSecond = clock().timeIntervalSince1970.rounded(.down)
        driver.send(.tick(clock()))
        driver.send(.launched)
        var drawnRevision = -1
        var sleep = SleepDetector()
        _ = sleep.observe(wall: clock(), monotonic: monotonicClock())
        var drawnSize = size
        while !driver.state.isQuitting, !quitRequested.withLock({ $0 }) {
            if driver.revision != drawnRevision || size != drawnSize {
                backend.present(render(driver.state, size))
                drawnRevision = driver.revision
                drawnSize = size
            }
            switch backend.nextEvent(timeoutMilliseconds: pollMilliseconds) {
            case .key(let key):
                driver.send(.key(key))
                // The user is here: idle time the system reported ends now (asked after the key
                // did its work, so the key never answers the away dialog).
                if let away = idle?.userSeen(at: clock()) {
                    driver.send(.away(from: away.start, until: away.end, cause: .idle))
                }
            case .resize(let newSize):
                size = newSize
                driver.send(.resized(columns: newSize.columns, rows: newSize.rows))
            case nil:
                break
            }
            driver.drain()
            let now = clock()
            if let slept = sleep.observe(wall: now, monotonic: monotonicClock()) {
                driver.send(.tick(now))
                driver.send(.away(from: slept.start, until: slept.end, cause: .sleep))
            }
            if let idle, let away = idle.look(
                now: now, timerRunning: driver.state.runningEntry != nil && driver.state.settings.awayAfterMinutes > 0) {
                driver.send(.tick(now))
                driver.send(.away(from: away.start, until: away.end, cause: .idle))
            }
            let second = now.timeIntervalSince1970.rounded(.down)
            if second != lastSecond {
                lastSecond = second
                driver.send(.tick(now))
                // What a command-line run wrote meanwhile shows here within a second.
                driver.outbox?.follow()
                store?.update(from: driver)
            }
        }
    }
}
