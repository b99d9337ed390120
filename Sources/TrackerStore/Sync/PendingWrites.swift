#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The journal's writes that still have to reach Toggl, and the sync rules that turn them into
/// as few requests as possible. Pure: it reads records and plans; the runtime sends.
///
/// Rules (DESIGN.md §4):
/// - Order: writes are sent in the order they were journaled, one at a time, each exactly once
///   (a write is settled by a `sent`, `failed` or `discarded` record naming its sequence).
/// - Ids: a create carries a local (negative) id; once it is `sent`, later writes naming that
///   local id — as the entity, or as an entry's project — are sent with Toggl's id.
/// - Folding: later unsent writes about the entry the next write is about join it — an entry
///   started and stopped before it was sent becomes one create (a timer again if an update
///   with a negative duration, an undone stop, follows); several edits become one
///   update; a stop and edits become one update; a create and a delete of an unsent entry cancel
///   out; an update followed by a delete is just the delete.
/// - A stop followed at once by a start, both just journaled (`fresh`), is one request: Toggl
///   stops the running entry itself when the new one arrives. Replayed later, the stop is sent
///   on its own so it keeps its time.
/// - A refused create fails the writes that depend on its local id.
public struct PendingWrites: Sendable, Equatable {
    /// The unsettled writes, oldest first.
    public private(set) var writes: [JournalRecord]
    /// Local id → Toggl id, for every create that was sent.
    public private(set) var serverIDs: [Int64: Int64]
    /// Local ids whose create Toggl refused (or that were discarded), with the reason.
    public private(set) var refusedLocalIDs: [Int64: String]
    /// Writes Toggl refused, kept for the user to fix or drop: sequence → message.
    public private(set) var failures: [Int64: String]
    /// Those refused writes themselves, oldest first, until they are `discarded`.
    public private(set) var failed: [JournalRecord]
    /// The highest sequence seen.
    public private(set) var lastSequence: Int64

    /// The pending writes of a journal's records (as ``Journal/readAll(now:)`` returns them).
    public init(records: [JournalRecord] = []) {
        writes = []
        serverIDs = [:]
        refusedLocalIDs = [:]
        failures = [:]
        failed = []
        lastSequence = 0
        for record in records { add(record) }
    }

    /// Takes in one more record: a new write, or the status of one.
    public mutating func add(_ record: JournalRecord) {
        lastSequence = max(lastSequence, record.sequence)
        switch record.operation {
        case .sent(let target, let serverID):
            if let write = removeWrite(target), let serverID, let localID = Self.createdLocalID(write.operation) {
                serverIDs[localID] = serverID
            }
        case .failed(let target, let message, _):
            failures[target] = message
            if let write = removeWrite(target) {
                failed.append(write)
                if let localID = Self.createdLocalID(write.operation) { refusedLocalIDs[localID] = message }
            }
        case .discarded(let target):
            failures[target] = nil
            failed.removeAll { $0.sequence == target }
            if let write = removeWrite(target), let localID = Self.createdLocalID(write.operation) {
                refusedLocalIDs[localID] = "it was discarded"
            }
        default:
            // The same record read twice (a reload racing an append) is one write.
            guard !writes.contains(where: { $0.sequence == record.sequence }) else { return }
            writes.append(record)
        }
    }

    /// Keeps what `earlier` knew about ids that this one's records no longer show (a
    /// compacted journal drops the `sent` records that mapped local ids).
    public mutating func remember(_ earlier: PendingWrites) {
        serverIDs.merge(earlier.serverIDs) { current, _ in current }
        refusedLocalIDs.merge(earlier.refusedLocalIDs) { current, _ in current }
        lastSequence = max(lastSequence, earlier.lastSequence)
    }

    /// Whether `operation` needs a local id other than `own` that Toggl has not given an id yet:
    /// it must wait for that create, so it is not folded into an earlier write.
    private func waitsForAnotherCreate(_ operation: JournalOperation, own: Int64) -> Bool {
        Self.localIDs(in: operation).contains { $0 < 0 && $0 != own && serverIDs[$0] == nil }
    }

    /// The refused writes about entry `id` (a local id and its Toggl id are one entry).
    public func failedWrites(aboutEntry id: Int64) -> [JournalRecord] {
        failed.filter { record in
            switch record.operation {
            case .startEntry(_, let other, _), .createEntry(_, let other, _), .stopEntry(_, let other, _),
                 .updateEntry(_, let other, _), .deleteEntry(_, let other):
                resolve(other) == resolve(id)
            default:
                false
            }
        }
    }

    /// Whether nothing is waiting to be sent.
    public var isEmpty: Bool { writes.isEmpty }

    /// Toggl's id for `id` when it is a local id whose create was sent; `id` otherwise.
    public func resolve(_ id: Int64) -> Int64 {
        id < 0 ? serverIDs[id] ?? id : id
    }

    /// The next request to make (or writes to settle without one), or `nil` when nothing waits.
    /// `fresh`: sequences journaled moments ago by this process and not tried yet.
    public func next(fresh: Set<Int64> = []) -> OutboxItem? {
        guard let head = writes.first else { return nil }
        if case .stopEntry = head.operation, writes.count > 1, fresh.contains(head.sequence), fresh.contains(writes[1].sequence),
           case .startEntry(let workspace, let localID, let payload) = writes[1].operation,
           Self.localIDs(in: writes[1].operation).allSatisfy({ $0 > 0 || serverIDs[$0] != nil }) {
            var item = PendingWrites(copying: self, dropping: head.sequence)
                .foldIntoCreate(head: writes[1], workspace: workspace, localID: localID, payload: payload)
            if case .send(.startEntry) = item.action {
                item.sequences.insert(head.sequence, at: 0)
                return item
            }
        }
        let operation = head.operation
        // A write about an object whose create was refused cannot be sent.
        for id in Self.localIDs(in: operation) where id < 0 && serverIDs[id] == nil {
            if let reason = refusedLocalIDs[id] {
                return OutboxItem(sequences: [head.sequence], action: .fail("Not sent: \(reason)"))
            }
        }
        switch operation {
        case .startEntry(let workspace, let localID, let payload), .createEntry(let workspace, let localID, let payload):
            return foldIntoCreate(head: head, workspace: workspace, localID: localID, payload: payload)
        case .updateEntry(let workspace, let id, let payload):
            return foldIntoUpdate(head: head, workspace: workspace, id: id, payload: payload)
        case .stopEntry(let workspace, let id, let stop):
            let later = laterWrites(aboutEntry: id)
            if later.contains(where: { if case .updateEntry = $0.operation { true } else { false } }) {
                return foldIntoUpdate(head: head, workspace: workspace, id: id, payload: TimeEntryPayload(stop: .set(stop)))
            }
            return OutboxItem(sequences: [head.sequence], action: .send(mapped(operation)))
        default:
            return OutboxItem(sequences: [head.sequence], action: .send(mapped(operation)))
        }
    }

    /// A copy without write `sequence` (to plan what follows it).
    private init(copying other: PendingWrites, dropping sequence: Int64) {
        self = other
        writes.removeAll { $0.sequence == sequence }
    }

    // MARK: Folding

    private func foldIntoCreate(head: JournalRecord, workspace: Int64, localID: Int64, payload: TimeEntryPayload) -> OutboxItem {
        var payload = payload
        var sequences = [head.sequence]
        var finished: Bool = { if case .createEntry = head.operation { true } else { false } }()
        for record in laterWrites(aboutEntry: localID) {
            if waitsForAnotherCreate(record.operation, own: localID) { break }
            sequences.append(record.sequence)
            switch record.operation {
            case .stopEntry(_, _, let stop):
                payload = payload.stopped(at: stop)
                finished = true
            case .updateEntry(_, _, let update):
                payload = payload.merging(update)
                // A negative duration runs the entry again (undoing a stop).
                if update.stop?.value != nil { finished = true } else if (update.duration ?? 0) < 0 { finished = false }
            case .deleteEntry:
                return OutboxItem(sequences: sequences, action: .cancel)
            default:
                break
            }
        }
        payload = mapped(payload)
        let operation: JournalOperation = finished
            ? .createEntry(workspaceID: workspace, localID: localID, payload: payload)
            : .startEntry(workspaceID: workspace, localID: localID, payload: payload)
        return OutboxItem(sequences: sequences, action: .send(operation))
    }

    private func foldIntoUpdate(head: JournalRecord, workspace: Int64, id: Int64, payload: TimeEntryPayload) -> OutboxItem {
        var payload = payload
        var sequences = [head.sequence]
        for record in laterWrites(aboutEntry: id) {
            if waitsForAnotherCreate(record.operation, own: id) { break }
            switch record.operation {
            case .stopEntry(_, _, let stop):
                sequences.append(record.sequence)
                payload = payload.merging(TimeEntryPayload(stop: .set(stop)))
            case .updateEntry(_, _, let update):
                sequences.append(record.sequence)
                payload = payload.merging(update)
            case .deleteEntry(let deleteWorkspace, _):
                // Editing and then deleting is deleting.
                sequences.append(record.sequence)
                let delete = JournalOperation.deleteEntry(workspaceID: deleteWorkspace, id: resolve(id))
                return OutboxItem(sequences: sequences, action: .send(delete))
            default:
                break
            }
        }
        return OutboxItem(sequences: sequences, action: .send(.updateEntry(workspaceID: workspace, id: resolve(id), payload: mapped(payload))))
    }

    /// Unsent writes after the head about entry `id` (a local id and its Toggl id are one entry).
    private func laterWrites(aboutEntry id: Int64) -> [JournalRecord] {
        let target = resolve(id)
        return writes.dropFirst().filter { record in
            switch record.operation {
            case .stopEntry(_, let other, _), .updateEntry(_, let other, _), .deleteEntry(_, let other):
                resolve(other) == target
            default:
                false
            }
        }
    }

    // MARK: Ids

    /// `operation` with every local id whose create was sent replaced by Toggl's id.
    private func mapped(_ operation: JournalOperation) -> JournalOperation {
        switch operation {
        case .startEntry(let workspace, let id, let payload): .startEntry(workspaceID: workspace, localID: id, payload: mapped(payload))
        case .createEntry(let workspace, let id, let payload): .createEntry(workspaceID: workspace, localID: id, payload: mapped(payload))
        case .updateEntry(let workspace, let id, let payload): .updateEntry(workspaceID: workspace, id: resolve(id), payload: mapped(payload))
        case .stopEntry(let workspace, let id, let stop): .stopEntry(workspaceID: workspace, id: resolve(id), stop: stop)
        case .deleteEntry(let workspace, let id): .deleteEntry(workspaceID: workspace, id: resolve(id))
        case .updateClient(let workspace, let id, let payload): .updateClient(workspaceID: workspace, id: resolve(id), payload: payload)
        case .deleteClient(let workspace, let id): .deleteClient(workspaceID: workspace, id: resolve(id))
        case .createProject(let workspace, let id, let payload): .createProject(workspaceID: workspace, localID: id, payload: mapped(payload))
        case .updateProject(let workspace, let id, let payload): .updateProject(workspaceID: workspace, id: resolve(id), payload: mapped(payload))
        case .deleteProject(let workspace, let id): .deleteProject(workspaceID: workspace, id: resolve(id))
        case .updateTag(let workspace, let id, let payload): .updateTag(workspaceID: workspace, id: resolve(id), payload: payload)
        case .deleteTag(let workspace, let id): .deleteTag(workspaceID: workspace, id: resolve(id))
        default: operation
        }
    }

    private func mapped(_ payload: TimeEntryPayload) -> TimeEntryPayload {
        var payload = payload
        if case .set(let project) = payload.projectID { payload.projectID = .set(resolve(project)) }
        return payload
    }

    private func mapped(_ payload: ProjectPayload) -> ProjectPayload {
        var payload = payload
        if case .set(let client) = payload.clientID { payload.clientID = .set(resolve(client)) }
        return payload
    }

    /// The local id a create introduces, if `operation` is a create.
    public static func createdLocalID(_ operation: JournalOperation) -> Int64? {
        switch operation {
        case .startEntry(_, let id, _), .createEntry(_, let id, _), .createClient(_, let id, _),
             .createProject(_, let id, _), .createTag(_, let id, _):
            id
        default:
            nil
        }
    }

    /// Every id `operation` depends on: the entity's id (not for creates) and the project or
    /// client its payload names.
    static func localIDs(in operation: JournalOperation) -> [Int64] {
        var ids: [Int64] = []
        if createdLocalID(operation) == nil, let id = operation.entityID { ids.append(id) }
        switch operation {
        case .startEntry(_, _, let payload), .createEntry(_, _, let payload), .updateEntry(_, _, let payload):
            if case .set(let project) = payload.projectID { ids.append(project) }
        case .createProject(_, _, let payload), .updateProject(_, _, let payload):
            if case .set(let client) = payload.clientID { ids.append(client) }
        default:
            break
        }
        return ids
    }

    private mutating func removeWrite(_ sequence: Int64) -> JournalRecord? {
        guard let index = writes.firstIndex(where: { $0.sequence == sequence }) else { return nil }
        return writes.remove(at: index)
    }
}
