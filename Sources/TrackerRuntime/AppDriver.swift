import Foundation
import TrackerCore

/// Holds the one state, feeds it messages, and runs the effects `update` returns.
///
/// Effects run as tasks; their answers land in a thread-safe inbox that ``drain()`` feeds back
/// into `update` on the driver's thread. The terminal loop calls ``drain()`` between keys;
/// tests call ``settle()`` to wait until every effect has answered ("idle"), never sleeping.
public final class AppDriver: @unchecked Sendable {
    // @unchecked: `state` is touched by one thread at a time (the terminal loop, then the
    // shutdown code after the loop has ended); the inbox and the task table are locked.
    public private(set) var state: AppState
    /// Grows with every message applied: a view is stale when its revision is older.
    public private(set) var revision = 0
    private let performer: any EffectPerformer
    private let mailbox = EffectMailbox()
    private var nextTaskID = 0
    /// Every effect started so far, in order (for tests and the log).
    public private(set) var effectLog: [AppEffect] = []
    /// Called for each effect as it starts (the runtime logs them).
    public var onEffect: ((AppEffect) -> Void)?
    /// Gives a reminder (``AppEffect/remind(text:desktop:)``), on the thread that sent the
    /// message: ``TerminalRuntime`` rings the terminal bell and, when asked, notifies the desktop.
    public var onReminder: ((_ text: String, _ desktop: Bool) -> Void)?
    /// Where writes go: journaled, then sent in order. Without one, writes are performed
    /// directly like any other effect (tests of the bare loop).
    public var outbox: Outbox?
    /// Where older windows are read from the local store (set by ``LocalStore``). Without one,
    /// the performer answers store reads with nothing and the window is fetched.
    public var storeReader: StoredEntriesReader?

    /// Posts messages into the driver's inbox from any thread (``drain()`` feeds them in).
    public var inbox: @Sendable ([AppMessage]) -> Void {
        let mailbox = self.mailbox
        return { mailbox.post($0) }
    }

    public init(state: AppState, performer: any EffectPerformer) {
        self.state = state
        self.performer = performer
    }

    /// Applies a message now and starts the effects it asks for.
    public func send(_ message: AppMessage) {
        let effects = AppUpdate.update(&state, message)
        revision += 1
        let writes = outbox == nil ? [] : effects.filter(\.isWrite)
        for effect in effects where !writes.contains(effect) { start(effect) }
        if let outbox, !writes.isEmpty {
            effectLog += writes
            for write in writes { onEffect?(write) }
            for (effect, error) in outbox.enqueue(writes) {
                // Not durable, so not saved: the app takes it back.
                let problem = AppError(.server, "Could not save the change on this machine: \(error)")
                mailbox.post(Outbox.refusal(of: effect, problem))
            }
        }
        // Toggl answered a sync: writes waiting for it go now.
        if case .bootstrapLoaded(_, .success) = message { outbox?.retryNow() }
    }

    /// Feeds every answer that has arrived into `update`. Returns whether anything arrived.
    @discardableResult
    public func drain() -> Bool {
        let messages = mailbox.takeAll()
        for message in messages { send(message) }
        return !messages.isEmpty
    }

    /// Whether effects are still running (a write the outbox is sending counts; one waiting
    /// for Toggl to be reachable does not).
    public var isBusy: Bool { mailbox.isBusy || (outbox?.isBusy ?? false) }

    /// Waits until every effect (and every effect their answers started) has answered.
    public func settle() async {
        while true {
            for task in mailbox.runningTasks { await task.value }
            await outbox?.waitUntilIdle()
            let arrived = drain()
            if !arrived && !isBusy { return }
        }
    }

    /// Waits up to `seconds` for running effects (e.g. writes at quit) to answer, feeding the
    /// answers in as they arrive: an answer may start a follow-up write that must still go out
    /// (a stop asked for while the entry's create was in flight), and that is waited for too.
    public func finishPending(timeoutSeconds: Double) async {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while true {
            drain()
            guard isBusy, Date() < deadline else { break }
            try? await Task.sleep(for: .milliseconds(20))
        }
        drain()
    }

    private func start(_ effect: AppEffect) {
        effectLog.append(effect)
        onEffect?(effect)
        if case .quit = effect { return }
        if case .remind(let text, let desktop) = effect {
            // The bell belongs to the loop's thread (the terminal); the runtime says how to ring it.
            onReminder?(text, desktop)
            return
        }
        let id = nextTaskID
        nextTaskID += 1
        if case .loadStoredEntries(let requestID, let window) = effect, let reader = storeReader {
            mailbox.launch(id) { [.storedEntriesLoaded(requestID: requestID, reader.entries(in: window))] }
            return
        }
        let performer = self.performer
        mailbox.launch(id) { await performer.perform(effect) }
    }
}
