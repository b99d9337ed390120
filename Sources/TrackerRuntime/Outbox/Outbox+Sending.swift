import Foundation
import TogglAPI
import TogglModels
import TrackerCore
import TrackerStore

extension Outbox {
    /// What a request left on Toggl.
    enum Sent: Sendable {
        case entry(TimeEntry)
        case deleted
        case client(Client)
        case project(Project)
        case tag(Tag)
    }

    /// How one attempt ended.
    enum Outcome: Sendable {
        case sent(Sent)
        case refused(AppError, statusCode: Int?)
        /// Not sent: Toggl's copy changed since the user saw it.
        case conflict(TimeEntry)
        case retry(AppError, after: TimeInterval)
    }

    /// Sends until nothing is left or Toggl cannot be reached.
    func run() async {
        // What Toggl changed is read afresh for each run (at most once).
        state.withLock { $0.changed = nil }
        var hold: StoreLockHold?
        if let journal {
            let lockPath = URL(fileURLWithPath: journal.path).deletingLastPathComponent().appendingPathComponent("send.lock").path
            hold = try? StoreLock(path: lockPath).tryExclusive()
            guard hold != nil else {
                // Another process is sending; look again shortly.
                park(for: 5)
                return
            }
            reload(from: journal)
        }
        defer { hold?.release() }
        while true {
            let next = state.withLock { state -> (OutboxItem, [JournalRecord], Bool, Bool)? in
                guard let item = state.pending.next(fresh: state.fresh) else { return nil }
                let records = state.pending.writes.filter { item.sequences.contains($0.sequence) }
                let head = item.sequences[0]
                return (item, records, state.fresh.contains(head), state.reconcile.contains(head))
            }
            guard let (item, records, isFresh, needsReconcile) = next else {
                finishedAll()
                // Let go of the send lock before saying so, so a write arriving now can send at once.
                hold?.release()
                let more = state.withLock { state -> Bool in
                    state.isSending = false
                    return !state.pending.isEmpty && !state.isParked
                }
                if more { start() }
                return
            }
            switch item.action {
            case .cancel:
                if needsReconcile, case .retry(let error, let delay) = await deleteIfCreated(records[0]) {
                    if waitToRetry(error, after: delay) { return }
                    continue
                }
                for sequence in item.sequences { settle(.discarded(sequence: sequence)) }
                post(WriteAnswers.cancelled(records))
            case .fail(let message):
                for sequence in item.sequences { settle(.failed(sequence: sequence, message: message, statusCode: nil)) }
                post(WriteAnswers.failed(records, AppError(.rejected, message), resolve: resolver()))
            case .send(let operation):
                let outcome = await attempt(operation, head: records[0], isFresh: isFresh, needsReconcile: needsReconcile)
                // Tried once: from now on a stop is sent with its own time.
                state.withLock { state in for sequence in item.sequences { state.fresh.remove(sequence) } }
                var messages: [AppMessage] = []
                switch outcome {
                case .sent(let sent):
                    let serverID = Self.serverID(of: sent)
                    for sequence in item.sequences { settle(.sent(sequence: sequence, serverID: serverID)) }
                    state.withLock { $0.failuresInARow = 0 }
                    messages = WriteAnswers.sent(records, sent, resolve: resolver())
                case .refused(let error, let status):
                    for sequence in item.sequences {
                        settle(.failed(sequence: sequence, message: error.message, statusCode: status))
                    }
                    messages = WriteAnswers.failed(records, error, resolve: resolver())
                case .conflict(let theirs):
                    for sequence in item.sequences {
                        settle(.failed(sequence: sequence, message: Self.conflictMessage, statusCode: Self.conflictStatus))
                    }
                    messages = WriteAnswers.conflicted(records, theirs, resolve: resolver())
                case .retry(let error, let delay):
                    if waitToRetry(error, after: delay) { return }
                    continue
                }
                post(messages + [.quotaChanged(api.quotaGauges())])
            }
        }
    }

    /// Reads the journal again (another process may have written or settled writes) and tells
    /// the app what happened elsewhere.
    private func reload(from journal: Journal) {
        let messages = journalAccess.withLock { _ -> [AppMessage] in
            guard let contents = try? journal.readAll(now: now()) else { return [] }
            return absorb(contents.records).messages
        }
        if !messages.isEmpty { post(messages) }
    }

    /// Called when the last write settled: the app hears that nothing waits; the journal is
    /// compacted to what still matters (unsent and failed writes, and writes settled in the
    /// last ``settledRetention`` seconds).
    private func finishedAll() {
        let wasWaiting = state.withLock { state -> Bool in
            defer { state.waitingReported = 0 }
            return state.waitingReported > 0
        }
        if wasWaiting { post([.writesWaiting(0, reason: nil)]) }
        if let contents = try? journal?.compactSettled(now: now(), keepingSettledSince: now().addingTimeInterval(-Self.settledRetention)) {
            noteUnread(contents.records.map(\.sequence))
        }
    }

    /// Tells the app why writes wait; parks the sender when the retry is not immediate (true).
    private func waitToRetry(_ error: AppError, after delay: TimeInterval) -> Bool {
        post([.quotaChanged(api.quotaGauges())] + waitingMessage(reason: error))
        guard delay > 0 else { return false }
        park(for: delay)
        return true
    }

    private func waitingMessage(reason: AppError) -> [AppMessage] {
        let count = state.withLock { state -> Int in
            state.waitingReported = state.pending.writes.count
            return state.waitingReported
        }
        return [.writesWaiting(count, reason: reason)]
    }

    /// Stops sending for `seconds` (or until ``retryNow()``).
    private func park(for seconds: TimeInterval) {
        let pause = self.pause
        let wake = Task { [weak self] in
            await pause(seconds)
            guard !Task.isCancelled, let self else { return }
            self.retryNow()
        }
        state.withLock { state in
            state.isParked = true
            state.isSending = false
            state.wake?.cancel()
            state.wake = wake
        }
    }

    private func resolver() -> @Sendable (Int64) -> Int64 {
        let pending = state.withLock { $0.pending }
        return { pending.resolve($0) }
    }

    static func serverID(of sent: Sent) -> Int64? {
        switch sent {
        case .entry(let entry): entry.id
        case .client(let client): client.id
        case .project(let project): project.id
        case .tag(let tag): tag.id
        case .deleted: nil
        }
    }

    // MARK: One request

    private func attempt(_ operation: JournalOperation, head: JournalRecord, isFresh: Bool, needsReconcile: Bool) async -> Outcome {
        if let id = operation.entityID, PendingWrites.createdLocalID(operation) == nil, id < 0 {
            return .refused(AppError(.rejected, "Not sent: the object it changes was never created."), statusCode: nil)
        }
        do {
            if let theirs = try await conflict(for: operation, head: head, isFresh: isFresh) { return .conflict(theirs) }
            noteOwnChange(by: operation, head: head, at: now())
            let sent = try await perform(operation, head: head, isFresh: isFresh, needsReconcile: needsReconcile)
            if case .entry(let entry) = sent, let at = entry.at { noteOwnChange(of: entry.id, at: at) }
            return .sent(sent)
        } catch let error as APIError {
            return classify(error, head: head)
        } catch {
            return .retry(AppError(any: error), after: backoff())
        }
    }

    /// Notes that `operation`, about to be sent, may change its entry on Toggl — and, for a
    /// timer started, the entries the journal stops before it (Toggl stops a running timer
    /// itself when another starts).
    private func noteOwnChange(by operation: JournalOperation, head: JournalRecord, at moment: Date) {
        state.withLock { state in
            var ids: [Int64] = []
            switch operation {
            case .updateEntry(_, let id, _), .stopEntry(_, let id, _), .deleteEntry(_, let id): ids = [id]
            case .startEntry:
                ids = state.pending.writes.filter { $0.sequence < head.sequence }.compactMap { record in
                    if case .stopEntry(_, let id, _) = record.operation { return state.pending.resolve(id) }
                    return nil
                }
            default: break
            }
            for id in ids where id > 0 { state.ownChanges[id] = max(state.ownChanges[id] ?? moment, moment) }
        }
    }

    /// Notes Toggl's `at` for entry `id` after a write of this outbox.
    private func noteOwnChange(of id: Int64, at moment: Date) {
        state.withLock { state in state.ownChanges[id] = max(state.ownChanges[id] ?? moment, moment) }
    }

    private func perform(_ operation: JournalOperation, head: JournalRecord, isFresh: Bool, needsReconcile: Bool) async throws -> Sent {
        switch operation {
        case .startEntry(let workspace, _, let payload), .createEntry(let workspace, _, let payload):
            // Look for what was sent then: the head's own payload, not later edits folded in.
            var original = payload
            if case .startEntry(_, _, let sent) = head.operation { original = sent }
            if case .createEntry(_, _, let sent) = head.operation { original = sent }
            if needsReconcile, let found = try await reconciled(head, { try await findCreated(original, workspace: workspace, journaledAt: head.at) }) {
                return .entry(found)
            }
            return .entry(try await api.timeEntries.create(in: workspace, payload))
        case .stopEntry(let workspace, let id, let stop):
            guard isFresh else {
                // Sent later than asked for: keep the moment the user stopped it.
                return .entry(try await api.timeEntries.update(id, in: workspace, TimeEntryPayload(stop: .set(stop))))
            }
            switch try await api.timeEntries.stop(id, in: workspace) {
            case .stopped(let entry):
                return .entry(entry)
            case .alreadyStopped:
                guard let entry = try await api.timeEntries.get(id) else { throw APIError.notFound(message: "Time entry not found") }
                return .entry(entry)
            }
        case .updateEntry(let workspace, let id, let payload):
            return .entry(try await api.timeEntries.update(id, in: workspace, payload))
        case .deleteEntry(let workspace, let id):
            try await ignoringNotFound { try await api.timeEntries.delete(id, in: workspace) }
            return .deleted
        case .createClient(let workspace, _, let payload):
            if needsReconcile, let name = payload.name,
               let found = try await reconciled(head, { try await api.clients.list(in: workspace, name: name).first { $0.name == name } }) {
                return .client(found)
            }
            return .client(try await api.clients.create(in: workspace, payload))
        case .updateClient(let workspace, let id, let payload):
            return .client(try await api.clients.update(id, in: workspace, payload))
        case .deleteClient(let workspace, let id):
            try await ignoringNotFound { try await api.clients.delete(id, in: workspace) }
            return .deleted
        case .createProject(let workspace, _, let payload):
            if needsReconcile, let name = payload.name, let found = try await reconciled(head, {
                try await api.projects.list(in: workspace, name: name).first { $0.name == name && $0.clientID == payload.clientID?.value }
            }) {
                return .project(found)
            }
            return .project(try await api.projects.create(in: workspace, payload))
        case .updateProject(let workspace, let id, let payload):
            return .project(try await api.projects.update(id, in: workspace, payload))
        case .deleteProject(let workspace, let id):
            try await ignoringNotFound { try await api.projects.delete(id, in: workspace) }
            return .deleted
        case .createTag(let workspace, _, let payload):
            if needsReconcile, let name = payload.name,
               let found = try await reconciled(head, { try await api.tags.list(in: workspace, search: name).first { $0.name == name } }) {
                return .tag(found)
            }
            return .tag(try await api.tags.create(in: workspace, payload))
        case .updateTag(let workspace, let id, let payload):
            return .tag(try await api.tags.update(id, in: workspace, name: payload.name ?? ""))
        case .deleteTag(let workspace, let id):
            try await ignoringNotFound { try await api.tags.delete(id, in: workspace) }
            return .deleted
        case .sent, .failed, .discarded:
            throw APIError.invalidRequest("A status record is not a write.")
        }
    }

    /// For a create of unknown outcome: what Toggl already holds that this create made, found
    /// by `lookUp` (an entry by workspace, start and description; a client, project or tag by
    /// its name, unique in a workspace — so a match is this create's work or would refuse it).
    /// Nothing found: the create is sent as usual.
    private func reconciled<Found>(_ head: JournalRecord, _ lookUp: () async throws -> Found?) async throws -> Found? {
        if let found = try await lookUp() { return found }
        state.withLock { _ = $0.reconcile.remove(head.sequence) }
        return nil
    }

    /// An entry created and then deleted before Toggl confirmed the create cancels out — but a
    /// create of unknown outcome may have happened: the entry it made, if Toggl has it, is
    /// deleted. Refused: nothing more can be done (the next sync shows the entry again).
    private func deleteIfCreated(_ head: JournalRecord) async -> Outcome {
        let workspace: Int64, payload: TimeEntryPayload
        switch head.operation {
        case .startEntry(let id, _, let sent), .createEntry(let id, _, let sent): (workspace, payload) = (id, sent)
        default: return .sent(.deleted)
        }
        do {
            if let found = try await findCreated(payload, workspace: workspace, journaledAt: head.at) {
                try await ignoringNotFound { try await api.timeEntries.delete(found.id, in: found.workspaceID) }
                state.withLock { $0.changed?.entries.removeAll { $0.id == found.id } }
            }
            return .sent(.deleted)
        } catch let error as APIError {
            return classify(error, head: head)
        } catch {
            return .retry(AppError(any: error), after: backoff())
        }
    }

    /// A delete that finds nothing (404) is done: someone deleted it first.
    private func ignoringNotFound(_ work: () async throws -> Void) async throws {
        do {
            try await work()
        } catch APIError.notFound {
            return
        }
    }

    /// How far before a create's journal time the look-up for it reaches. The journal time is
    /// this machine's clock and `since` is Toggl's: a machine whose clock runs ahead would
    /// otherwise miss the entry it made and send it twice. The match (workspace, start to the
    /// second, description, not claimed) is what tells the entry; the window only has to hold it.
    static let createLookupReach: TimeInterval = 12 * 3600

    /// The entry a create of unknown outcome made, if Toggl has it: one `since` read of the
    /// entries changed since (well before) the create was journaled, matched on workspace, start
    /// and description, skipping entries that other creates already claimed.
    private func findCreated(_ payload: TimeEntryPayload, workspace: Int64, journaledAt: Date) async throws -> TimeEntry? {
        guard let start = payload.start else { return nil }
        let changed = try await changedEntries(since: journaledAt.addingTimeInterval(-Self.createLookupReach))
        let claimed = Set(state.withLock { $0.pending.serverIDs.values })
        let description = payload.description?.value ?? ""
        return changed.first { entry in
            entry.serverDeletedAt == nil && !claimed.contains(entry.id) && entry.workspaceID == (payload.workspaceID ?? workspace)
                && abs(entry.start.timeIntervalSince(start)) < 1 && (entry.description ?? "") == description
                // Where the create set them, its stop and project tell it from an entry made the same way elsewhere.
                && (payload.stop?.value.map { stop in entry.stop.map { abs($0.timeIntervalSince(stop)) < 1 } ?? false } ?? true)
                && (payload.projectID?.value.map { entry.projectID == $0 } ?? true)
        }
    }

    // MARK: Failures

    private func classify(_ error: APIError, head: JournalRecord) -> Outcome {
        let appError = AppError(error)
        switch error {
        case .unknownOutcome, .undecodable:
            // It may have happened: creates are reconciled before they go again — against a
            // fresh read of what Toggl changed, as the one held predates this request — and the
            // rest repeat safely. Retried at once the first time, then with backoff.
            let isFirst = state.withLock { state -> Bool in
                state.reconcile.insert(head.sequence)
                state.changed = nil
                defer { state.failuresInARow += 1 }
                return state.failuresInARow == 0
            }
            return .retry(appError, after: isFirst ? 0 : backoff())
        case .network, .serverError, .unexpectedStatus, .rateLimited:
            return .retry(appError, after: backoff())
        case .quotaExhausted(_, let seconds):
            return .retry(appError, after: TimeInterval(max(1, seconds ?? 60)))
        case .unauthorized:
            return .retry(appError, after: 300)
        case .badRequest, .forbidden, .notFound, .premiumRequired, .methodNotAllowed, .conflict, .gone, .invalidRequest:
            return .refused(appError, statusCode: error.status)
        }
    }

    /// 2, 4, 8 … 60 seconds.
    private func backoff() -> TimeInterval {
        state.withLock { state in
            state.failuresInARow += 1
            return min(60, pow(2, Double(state.failuresInARow)))
        }
    }
}
