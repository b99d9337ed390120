import Foundation
import Synchronization
import TogglAPI
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStore

/// ``CLIWriter`` that puts time-entry writes through the user's journal, as the terminal UI
/// does (DESIGN.md §4): each write is journaled (fsynced), then one send is tried. Writes a
/// previous run left unsent go first. When Toggl cannot be reached the write stays in the
/// journal and the entry is returned as this machine now shows it (the command prints it as
/// usual); ``queuedReason`` then says why, and the command ends with exit code 7 (queued
/// offline). The next run of `toggl-tui` — command line or UI — sends it. Other writes
/// (clients, projects, tags, tasks, memberships) go straight to Toggl through ``APIWriter``.
public struct JournalWriter: CLIWriter {
    let direct: APIWriter
    let outbox: Outbox
    let clock: @Sendable () -> Date

    /// A writer on the journal of `layout`; sends what earlier runs left unsent first.
    public static func open(api: TogglAPIClient, layout: StoreLayout, mirror: StoreMirror,
                            clock: @escaping @Sendable () -> Date) async throws -> JournalWriter {
        try layout.createDirectories()
        let box = AnswerBox()
        let outbox = Outbox(api: api, journal: layout.makeJournal(), now: clock, pause: { _ in try? await Task.sleep(for: .seconds(86_400)) }, post: { box.post($0) })
        try outbox.open()
        let unsent = outbox.unsentCount
        outbox.start()
        await outbox.waitUntilIdle()
        var writer = JournalWriter(direct: APIWriter(api: api, mirror: mirror), outbox: outbox, box: box, clock: clock)
        writer.sentWhenOpened = max(0, unsent - outbox.unsentCount)
        writer.mirrorAnswers(box.takeAll())
        return writer
    }

    /// Puts what Toggl answered for replayed writes into the store (Toggl's ids replace local ones).
    func mirrorAnswers(_ messages: [AppMessage]) {
        for message in messages {
            switch message {
            case .entryCreated(let localID, .success(let entry)):
                direct.mirror.remove(localID)
                direct.mirror.upsert(entry)
            case .entryUpdated(_, .success(let entry)):
                direct.mirror.upsert(entry)
            case .entryDeleted(let id, .success):
                direct.mirror.remove(id)
            default:
                break
            }
        }
    }

    init(direct: APIWriter, outbox: Outbox, box: AnswerBox, clock: @escaping @Sendable () -> Date) {
        self.direct = direct
        self.outbox = outbox
        self.box = box
        self.clock = clock
    }

    let box: AnswerBox
    /// How many writes earlier runs left unsent went when this writer was opened.
    public private(set) var sentWhenOpened = 0
    private let queued = QueuedNote()

    /// Why the last write of this run waits in the journal (nil: every write was sent).
    public var queuedReason: String? { queued.reason }

    // MARK: Time entries, journaled

    /// Starts a timer. What runs on this machine is stopped first, journaled as its own write
    /// (as the terminal UI does): sent at once the two are one request, since Toggl stops the
    /// old timer itself; waiting offline, the new timer may be folded into a finished entry,
    /// and the old one must still stop when the new one began.
    public func startEntry(in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        var body = payload
        body.duration = -1
        let start = body.start ?? clock()
        body.start = start
        let localID = self.localID(clock())
        let local = TimeEntry(id: localID, workspaceID: workspaceID, payload: body)
        var effects: [AppEffect] = []
        if let running = shownEntries().filter(\.isRunning).max(by: { $0.start < $1.start }) {
            effects.append(.stopEntry(id: running.id, workspaceID: running.workspaceID, at: max(start, running.start), baseAt: running.at))
        }
        effects.append(.startEntry(localID: localID, workspaceID: workspaceID, body))
        return try await send(effects, local: local) {
            if case .entryCreated(localID, let result) = $0 { result } else { nil }
        }
    }

    public func stopEntry(_ id: Int64, in workspaceID: Int64) async throws -> TimeEntry? {
        let now = clock()
        let isAbout = answerMatcher(for: id)
        return try await send(.stopEntry(id: id, workspaceID: workspaceID, at: now), local: nil, about: id) {
            if case .entryUpdated(let answered, let result) = $0, isAbout(answered) { result } else { nil }
        }
    }

    public func createEntry(in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        let localID = self.localID(clock())
        var shown = payload
        shown.start = shown.start ?? clock()
        if shown.duration == nil, let start = shown.start, case .set(let stop)? = shown.stop {
            shown.duration = max(0, DurationLimit.wholeSeconds(stop.timeIntervalSince(start)))
        }
        shown.duration = shown.duration ?? 0
        let local = TimeEntry(id: localID, workspaceID: workspaceID, payload: shown)
        return try await send(.createEntry(localID: localID, workspaceID: workspaceID, payload), local: local) {
            if case .entryCreated(localID, let result) = $0 { result } else { nil }
        }
    }

    public func updateEntry(_ id: Int64, in workspaceID: Int64, _ payload: TimeEntryPayload) async throws -> TimeEntry {
        let isAbout = answerMatcher(for: id)
        return try await send(.updateEntry(id: id, workspaceID: workspaceID, payload), local: nil, about: id) {
            if case .entryUpdated(let answered, let result) = $0, isAbout(answered) { result } else { nil }
        }
    }

    public func deleteEntry(_ id: Int64, in workspaceID: Int64) async throws {
        let effect = AppEffect.deleteEntry(id: id, workspaceID: workspaceID)
        let isAbout = answerMatcher(for: id)
        let gone = TimeEntry(id: id, workspaceID: workspaceID, start: Date(timeIntervalSince1970: 0), duration: 0)
        _ = try await send(effect, local: nil, shownWhenQueued: gone) { message -> Result<TimeEntry, AppError>? in
            guard case .entryDeleted(let answered, let result) = message, isAbout(answered) else { return nil }
            return result.map { _ in TimeEntry(id: id, workspaceID: workspaceID, start: Date(timeIntervalSince1970: 0), duration: 0) }
        }
        // Sent, its answer took it out of the store (mirrorAnswers); queued, the journal hides it.
    }

    /// Journals `effect`, tries to send it, and returns Toggl's answer; when it waits in the
    /// journal, the entry as this machine shows it (``queuedReason`` says why), or Toggl's refusal.
    private func send(_ effect: AppEffect, local: TimeEntry?, about entryID: Int64? = nil, shownWhenQueued: TimeEntry? = nil,
                      answer: (AppMessage) -> Result<TimeEntry, AppError>?) async throws -> TimeEntry {
        try await send([effect], local: local, about: entryID, shownWhenQueued: shownWhenQueued, answer: answer)
    }

    /// ``send(_:local:about:shownWhenQueued:answer:)`` for writes journaled together.
    private func send(_ effects: [AppEffect], local: TimeEntry?, about entryID: Int64? = nil, shownWhenQueued: TimeEntry? = nil,
                      answer: (AppMessage) -> Result<TimeEntry, AppError>?) async throws -> TimeEntry {
        if let (_, error) = outbox.enqueue(effects).first {
            throw CLIError("Not saved: the journal could not be written (\(error)).")
        }
        await outbox.waitUntilIdle()
        let messages = box.takeAll()
        mirrorAnswers(messages)
        for message in messages {
            guard let result = answer(message) else { continue }
            switch result {
            case .success(let entry):
                return entry
            case .failure(let error):
                throw CLIError(error.message, code: error.kind == .notFound ? .notFound : .failure)
            }
        }
        // Not mirrored into the store's files: every reader lays the journal over them
        // (RestoredAccount), and a mirrored running entry would be stopped there by the next
        // start at the wrong time, over the stop the journal holds.
        let reason = messages.compactMap { message -> AppError? in
            if case .writesWaiting(_, let reason) = message { return reason }
            return nil
        }.last
        let because = CLISession.sentence(Self.lowercasingFirst(reason?.message ?? "Toggl did not answer"))
        queued.reason = because
        guard let shown = local ?? entryID.flatMap(shownEntry) ?? shownWhenQueued else {
            throw CLIError("Saved here, not yet sent: \(because) The next run of toggl-tui sends it.", code: .queuedOffline)
        }
        return shown
    }

    /// Entry `id` as this machine shows it now (nil when the store does not hold it).
    private func shownEntry(_ id: Int64) -> TimeEntry? {
        shownEntries().first { $0.id == id }
    }

    /// The store's recent entries with the journal's unsent writes laid over: what this
    /// machine shows.
    private func shownEntries() -> [TimeEntry] {
        guard let layout = direct.mirror.layout else { return [] }
        return RestoredAccount(layout: layout, pending: outbox.pending, now: clock())?.entries ?? []
    }

    /// Whether an answer names entry `id` (by the id it has now, or Toggl's id once its
    /// create was sent during this write).
    private func answerMatcher(for id: Int64) -> (Int64) -> Bool {
        let before = outbox.pending.resolve(id)
        let outbox = self.outbox
        return { answered in answered == before || answered == outbox.pending.resolve(id) }
    }

    /// `Could not connect …` as `could not connect …`, to follow a colon.
    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// A local id: minus the milliseconds since 1970, or lower, below every local id the
    /// journal still holds (two runs in one millisecond, or a clock set back, must not share one).
    func localID(_ date: Date) -> Int64 {
        let fromClock = -Int64(date.timeIntervalSince1970 * 1000)
        let pending = outbox.pending
        let created = (pending.writes + pending.failed).compactMap { PendingWrites.createdLocalID($0.operation) }
        let lowest = (created + pending.serverIDs.keys).min() ?? 0
        return min(fromClock, lowest - 1)
    }

    // MARK: Everything else, straight to Toggl

    public func createClient(in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client {
        try await direct.createClient(in: workspaceID, payload)
    }
    public func updateClient(_ id: Int64, in workspaceID: Int64, _ payload: ClientPayload) async throws -> Client {
        try await direct.updateClient(id, in: workspaceID, payload)
    }
    public func deleteClient(_ id: Int64, in workspaceID: Int64) async throws { try await direct.deleteClient(id, in: workspaceID) }
    public func archiveClient(_ id: Int64, in workspaceID: Int64) async throws -> [Int64] { try await direct.archiveClient(id, in: workspaceID) }
    public func restoreClient(_ id: Int64, in workspaceID: Int64, allProjects: Bool) async throws -> Client {
        try await direct.restoreClient(id, in: workspaceID, allProjects: allProjects)
    }
    public func createProject(in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        try await direct.createProject(in: workspaceID, payload)
    }
    public func updateProject(_ id: Int64, in workspaceID: Int64, _ payload: ProjectPayload) async throws -> Project {
        try await direct.updateProject(id, in: workspaceID, payload)
    }
    public func deleteProject(_ id: Int64, in workspaceID: Int64) async throws { try await direct.deleteProject(id, in: workspaceID) }
    public func createTag(in workspaceID: Int64, name: String) async throws -> Tag { try await direct.createTag(in: workspaceID, name: name) }
    public func updateTag(_ id: Int64, in workspaceID: Int64, name: String) async throws -> Tag {
        try await direct.updateTag(id, in: workspaceID, name: name)
    }
    public func deleteTag(_ id: Int64, in workspaceID: Int64) async throws { try await direct.deleteTag(id, in: workspaceID) }
    public func createTask(in workspaceID: Int64, projectID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        try await direct.createTask(in: workspaceID, projectID: projectID, payload)
    }
    public func updateTask(_ id: Int64, projectID: Int64, in workspaceID: Int64, _ payload: TaskPayload) async throws -> ProjectTask {
        try await direct.updateTask(id, projectID: projectID, in: workspaceID, payload)
    }
    public func deleteTask(_ id: Int64, projectID: Int64, in workspaceID: Int64) async throws {
        try await direct.deleteTask(id, projectID: projectID, in: workspaceID)
    }
    public func createProjectUser(in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser {
        try await direct.createProjectUser(in: workspaceID, payload)
    }
    public func updateProjectUser(_ id: Int64, in workspaceID: Int64, _ payload: ProjectUserPayload) async throws -> ProjectUser {
        try await direct.updateProjectUser(id, in: workspaceID, payload)
    }
    public func deleteProjectUser(_ id: Int64, in workspaceID: Int64) async throws { try await direct.deleteProjectUser(id, in: workspaceID) }
}

/// Where the outbox's answers wait for the command that asked.
final class AnswerBox: Sendable {
    private let messages = Mutex<[AppMessage]>([])

    func post(_ more: [AppMessage]) { messages.withLock { $0.append(contentsOf: more) } }

    func takeAll() -> [AppMessage] {
        messages.withLock { queue in
            defer { queue.removeAll() }
            return queue
        }
    }
}

/// Why a write of this run waits in the journal, kept for the command's exit code.
final class QueuedNote: Sendable {
    private let value = Mutex<String?>(nil)

    var reason: String? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
