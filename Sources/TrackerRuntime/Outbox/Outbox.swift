import Foundation
import Synchronization
import TogglAPI
import TogglModels
import TrackerCore
import TrackerStore

/// Sends the user's writes to Toggl through the journal, in order and exactly once.
///
/// ``enqueue(_:)`` appends the write to the ``Journal`` (fsynced) before it returns, so the
/// frame that shows the write comes after it is durable. A single sender then works through
/// ``PendingWrites`` (the sync rules: id mapping, folding), one request at a time, journaling
/// each outcome and posting one answer per write to the app:
/// - success → `sent` (with Toggl's id for creates);
/// - refused (4xx) → `failed` with Toggl's message, kept for the user to fix or discard
///   (``AppEffect/discardFailed(entryID:)`` journals `discarded`); the writes that need the
///   refused object's id fail with it;
/// - replayed later than made, over an entry Toggl changed since the user saw it (`base_at`) →
///   not sent: `failed` as a conflict (409), answered with Toggl's copy;
/// - offline, 5xx, 429, 401, 402 → kept, ``AppMessage/writesWaiting(_:reason:)`` posted, tried
///   again after a pause (the quota's reset for a 402), at once on ``retryNow()`` or the next
///   write;
/// - a create with no answer (timeout) → before it is sent again, the entries Toggl changed since
///   it was journaled are read once and a match is taken as the create's result: no duplicates.
///   Creates another process journaled (found at launch, or when the journal is read again)
///   are reconciled the same way: that process may have sent them before it was killed.
///
/// Several processes (the UI and command-line runs) share one journal: only the one holding
/// `send.lock` beside it sends, and it reads the journal again first, so a write another
/// process settled is not sent twice.
public final class Outbox: Sendable {
    /// Waits before the next attempt; returns early when the task is cancelled.
    public typealias Pause = @Sendable (TimeInterval) async -> Void

    let api: TogglAPIClient
    let journal: Journal?
    let now: @Sendable () -> Date
    let pause: Pause
    let post: @Sendable ([AppMessage]) -> Void
    let state = Mutex(State())
    /// Held while a record is appended and taken in, and while the journal is read again: a
    /// re-read never sees this outbox's own record before the outbox knows it.
    let journalAccess = Mutex(())

    struct State {
        var pending = PendingWrites()
        /// Sequences journaled by this process and not yet tried.
        var fresh: Set<Int64> = []
        /// Creates whose outcome is unknown: reconcile before sending.
        var reconcile: Set<Int64> = []
        /// Sequences this outbox journaled or has read (a write journaled elsewhere and not yet
        /// read is news for the app; a create journaled elsewhere is reconciled before sending).
        var known: Set<Int64> = []
        /// Whether this outbox saw records it has not taken in (its own append or compaction
        /// read them, so the file's identity no longer tells ``follow()``).
        var hasUnread = false
        var isSending = false
        var sender: Task<Void, Never>?
        var wake: Task<Void, Never>?
        var isParked = false
        var failuresInARow = 0
        var waitingReported = 0
        /// Sequences for a journal-less outbox.
        var nextMemorySequence: Int64 = 1
        /// The entries Toggl changed since a moment, read once per run of the sender (shared by
        /// reconciling creates and checking replayed writes for conflicts); dropped after a
        /// request of unknown outcome, whose effect it cannot show.
        var changed: (since: Date, entries: [TimeEntry])?
        /// Per entry, the latest moment a write of this outbox may have changed it on Toggl: the
        /// `at` of Toggl's answer, or, when the answer was not seen, when the write was tried.
        /// A later write on the entry is not taken for a conflict with it (see ``conflict(for:head:isFresh:)``).
        var ownChanges: [Int64: Date] = [:]
    }

    /// An outbox writing to `journal` (nil: in memory only, for tests) and sending with `api`;
    /// answers go to `post`.
    public init(
        api: TogglAPIClient, journal: Journal?, now: @escaping @Sendable () -> Date = { Date() },
        pause: @escaping Pause = { seconds in try? await Task.sleep(for: .seconds(seconds)) },
        post: @escaping @Sendable ([AppMessage]) -> Void
    ) {
        self.api = api
        self.journal = journal
        self.now = now
        self.pause = pause
        self.post = post
    }

    /// Reads the journal: the writes a previous run left unsent (sent by ``start()``). Every
    /// unsent create is reconciled before it is sent.
    @discardableResult
    public func open() throws -> (pending: PendingWrites, issues: [StoreIssue]) {
        guard let journal else { return (PendingWrites(), []) }
        let contents = try journal.readAll(now: now())
        let pending = PendingWrites(records: contents.records)
        state.withLock { state in
            state.pending = pending
            state.known = Set(contents.records.map(\.sequence))
            state.nextMemorySequence = JournalRecord.nextSequence(after: pending.lastSequence)
            state.reconcile = Set(pending.writes.filter { PendingWrites.createdLocalID($0.operation) != nil }.map(\.sequence))
        }
        return (pending, contents.issues)
    }

    /// Journals write effects (those one message asked for, together, so the sync rules see
    /// them side by side) and starts sending. Returns the effects that could not be made
    /// durable: they are not in the journal and must not be shown as saved.
    @discardableResult
    public func enqueue(_ effects: [AppEffect]) -> [(AppEffect, any Error)] {
        var failures: [(AppEffect, any Error)] = []
        for effect in effects {
            if case .discardFailed(let entryID) = effect {
                discardFailures(of: entryID)
                continue
            }
            guard let operation = JournalOperation(effect) else { continue }
            do {
                try journalAccess.withLock { _ in
                    let record = try append(operation, baseAt: effect.baseAt)
                    state.withLock { state in
                        state.pending.add(record)
                        state.fresh.insert(record.sequence)
                        state.known.insert(record.sequence)
                    }
                }
            } catch {
                failures.append((effect, error))
            }
        }
        retryNow()
        return failures
    }

    /// Starts sending whatever waits, now (after a pause, a sync, or coming back online).
    public func retryNow() {
        let wake = state.withLock { state -> Task<Void, Never>? in
            state.isParked = false
            defer { state.wake = nil }
            return state.wake
        }
        wake?.cancel()
        start()
    }

    /// Starts the sender unless it runs or waits for its pause.
    public func start() {
        state.withLock { state in
            guard !state.isSending, !state.isParked, !state.pending.isEmpty else { return }
            state.isSending = true
            state.sender = Task { await self.run() }
        }
    }

    /// Waits until the sender has stopped: everything sent, or paused until a retry.
    public func waitUntilIdle() async {
        while let sender = state.withLock({ $0.isSending ? $0.sender : nil }) {
            await sender.value
        }
    }

    /// Whether a request is being made (a pause is not "busy": tests settle while offline).
    public var isBusy: Bool { state.withLock { $0.isSending } }

    /// How many writes are not yet settled.
    public var unsentCount: Int { state.withLock { $0.pending.writes.count } }

    /// The pending writes as they stand.
    public var pending: PendingWrites { state.withLock { $0.pending } }

    // MARK: Journal

    func append(_ operation: JournalOperation, baseAt: Date? = nil) throws -> JournalRecord {
        let date = now()
        if let journal {
            let record = try journal.append(operation, at: date, baseAt: baseAt)
            // Numbered after records this outbox has not read: another process appended them.
            if record.sequence > JournalRecord.nextSequence(after: state.withLock({ $0.pending.lastSequence })) { noteUnread([record.sequence - 1]) }
            return record
        }
        return state.withLock { state in
            defer { state.nextMemorySequence = JournalRecord.nextSequence(after: state.nextMemorySequence) }
            return JournalRecord(sequence: state.nextMemorySequence, at: date, operation: operation, baseAt: baseAt)
        }
    }

    /// Journals `operation` (a status) and takes it in. If the journal fails here the status
    /// lives in memory only: a later re-read or launch sees the write unsettled and sends it
    /// again (reconciled first at a launch, not after a re-read).
    func settle(_ operation: JournalOperation) {
        journalAccess.withLock { _ in
            let record = (try? append(operation))
                ?? JournalRecord(sequence: state.withLock { JournalRecord.nextSequence(after: $0.pending.lastSequence) }, at: now(), operation: operation)
            state.withLock { state in
                state.pending.add(record)
                state.known.insert(record.sequence)
                if let target = operation.target {
                    state.fresh.remove(target)
                    state.reconcile.remove(target)
                }
            }
        }
    }

    /// Journals `discarded` for the refused writes of entry `entryID`: the user dropped or
    /// replaced them. No request, no answer.
    func discardFailures(of entryID: Int64) {
        let records = state.withLock { $0.pending.failedWrites(aboutEntry: entryID) }
        for record in records { settle(.discarded(sequence: record.sequence)) }
    }

    /// The answer to a write that never reached the journal.
    public static func refusal(of effect: AppEffect, _ error: AppError) -> [AppMessage] {
        guard let operation = JournalOperation(effect) else { return [] }
        return WriteAnswers.failed([JournalRecord(sequence: 0, at: Date(), operation: operation)], error, resolve: { $0 })
    }
}
