import Foundation
import TogglModels
import TrackerCore
import TrackerStore

extension Outbox {
    /// How long settled writes stay in the journal after they settled, so every process
    /// sharing it learns how they ended (``follow()``).
    public static let settledRetention: TimeInterval = 600

    /// Looks for what other processes sharing the journal (command-line runs) did since this
    /// outbox last read it, and tells the app: their entry writes
    /// (``AppMessage/journaledElsewhere(_:)``) and the answers to writes they settled. Writes
    /// they left unsent are sent from here. Costs one `stat` when nothing changed; never a
    /// request. Returns whether the journal had changed.
    @discardableResult
    public func follow() -> Bool {
        guard let journal, journal.isChangedElsewhere || state.withLock({ $0.hasUnread }) else { return false }
        let (messages, waiting) = journalAccess.withLock { _ -> ([AppMessage], Bool) in
            guard let contents = try? journal.readAll(now: now()) else { return ([], false) }
            return absorb(contents.records)
        }
        if !messages.isEmpty { post(messages) }
        if waiting { retryNow() }
        return true
    }

    /// Notes that `sequences` were seen in the journal; any this outbox does not know are
    /// taken in by the next ``follow()``.
    func noteUnread(_ sequences: [Int64]) {
        state.withLock { state in
            if sequences.contains(where: { !state.known.contains($0) }) { state.hasUnread = true }
        }
    }

    /// Takes in the journal as read again: the pending writes become what it holds (keeping the
    /// ids this outbox learned), creates journaled elsewhere are marked for reconciling, and
    /// the app's messages for what happened elsewhere are returned, with whether writes made
    /// elsewhere wait to be sent. Called with ``journalAccess`` held.
    func absorb(_ records: [JournalRecord]) -> (messages: [AppMessage], waiting: Bool) {
        state.withLock { state in
            let before = state.pending
            var pending = PendingWrites(records: records)
            pending.remember(before)
            let stillPending = Set(pending.writes.map(\.sequence))
            var outcomes: [Int64: JournalOperation] = [:]
            for record in records { if let target = record.operation.target { outcomes[target] = record.operation } }

            let news = records.filter { !$0.operation.isStatus && !state.known.contains($0.sequence) }
            let elsewhere = news.compactMap { record in
                Self.elsewhere(record, outcome: outcomes[record.sequence], isPending: stillPending.contains(record.sequence), pending)
            }
            let settled = before.writes.filter { !stillPending.contains($0.sequence) }
            var messages: [AppMessage] = elsewhere.isEmpty ? [] : [.journaledElsewhere(elsewhere)]
            for record in settled {
                messages += WriteAnswers.settledElsewhere(record, outcome: outcomes[record.sequence], resolve: pending.resolve)
            }

            for record in pending.writes where PendingWrites.createdLocalID(record.operation) != nil && !state.known.contains(record.sequence) {
                state.reconcile.insert(record.sequence)
            }
            state.known.formUnion(records.map(\.sequence))
            state.hasUnread = false
            state.pending = pending
            return (messages, news.contains { stillPending.contains($0.sequence) })
        }
    }

    /// The app's view of a write journaled elsewhere; nil for writes it does not show (not
    /// about entries, or refused or dropped already).
    private static func elsewhere(_ record: JournalRecord, outcome: JournalOperation?, isPending: Bool,
                                  _ pending: PendingWrites) -> WriteElsewhere? {
        var savedAs: Int64?
        switch outcome {
        case .failed, .discarded: return nil
        case .sent(_, let serverID): savedAs = serverID
        default: break
        }
        guard let effect = AppEffect(entryWrite: record.operation, resolve: pending.resolve) else { return nil }
        return WriteElsewhere(effect: effect, savedAs: PendingWrites.createdLocalID(record.operation) == nil ? nil : savedAs,
                              isPending: isPending)
    }
}
