import Foundation
import TogglModels

/// The app's one state transition: `update(&state, message) -> [AppEffect]`.
///
/// Pure and synchronous: no IO, no clock, no randomness. Time arrives as `.tick`, ids come from
/// counters in the state, and everything the app wants done leaves as ``AppEffect`` data.
public enum AppUpdate {
    /// How long info and success messages stay in the status line.
    static let messageSeconds: TimeInterval = 4

    /// Applies a message to the state and returns the effects to run, in order.
    public static func update(_ state: inout AppState, _ message: AppMessage) -> [AppEffect] {
        switch message {
        case .launched:
            return beginSync(&state)
        case .key(let key):
            return handleKey(&state, key)
        case .tick(let now):
            state.now = now
            if let expiry = state.status?.expiresAt, expiry <= now { state.status = nil }
            return []
        case .resized(_, let rows):
            state.screenRows = rows
            return []
        case .quotaChanged(let gauges):
            state.quota = gauges
            return []
        case .restored(let bootstrap, let syncedAt, let pending, let failed):
            return restored(&state, bootstrap, syncedAt: syncedAt, pending: pending, failed: failed)
        case .writesWaiting(let count, let reason):
            return writesWaiting(&state, count: count, reason: reason)
        case .bootstrapLoaded(let requestID, let result):
            return bootstrapLoaded(&state, requestID: requestID, result)
        case .entriesFetched(let requestID, let result):
            return entriesFetched(&state, requestID: requestID, result)
        case .entryCreated(let localID, let result):
            return entryCreated(&state, localID: localID, result)
        case .entryUpdated(let id, let result):
            return entryUpdated(&state, id: id, result)
        case .entrySaved(let id):
            _ = settleOne(&state, id)
            return []
        case .entryConflict(let id, let theirs):
            return entryConflict(&state, id: id, theirs: theirs)
        case .entryDeleted(let id, let result):
            return entryDeleted(&state, id: id, result)
        case .clientCreated(let localID, let result):
            return clientCreated(&state, localID: localID, result)
        case .projectCreated(let localID, let result):
            return projectCreated(&state, localID: localID, result)
        case .journaledElsewhere(let writes):
            return journaledElsewhere(&state, writes)
        }
    }

    // MARK: Shared steps

    /// Starts a full sync unless one is running: one `/me?with_related_data=true` request.
    static func beginSync(_ state: inout AppState) -> [AppEffect] {
        guard state.pendingBootstrap == nil else {
            inform(&state, "A sync is already running.")
            return []
        }
        let requestID = state.makeRequestID()
        state.pendingBootstrap = requestID
        state.sync = .syncing
        return [.loadBootstrap(requestID: requestID, withPreferences: state.profile == nil)]
    }

    /// Shows a message that fades.
    static func inform(_ state: inout AppState, _ text: String, level: StatusMessage.Level = .info) {
        state.status = StatusMessage(text, level: level, expiresAt: state.now.addingTimeInterval(messageSeconds))
    }

    /// Shows an error that stays until the next key.
    static func fail(_ state: inout AppState, _ text: String) {
        state.status = StatusMessage(text, level: .error)
    }

    /// The fetch needed to show the shown day's week, if it is not loaded or loading.
    static func fetchIfNeeded(_ state: inout AppState) -> [AppEffect] {
        let first = state.weekStart
        let window = DateInterval(start: first.start(in: state.timeZone), end: first.adding(days: 7).start(in: state.timeZone))
        let covered = (state.fetchedWindows + Array(state.pendingFetches.values)).contains {
            $0.start <= window.start && $0.end >= window.end
        }
        guard !covered, state.pendingBootstrap == nil, state.profile != nil else { return [] }
        // Toggl serves /me/time_entries date windows only up to three months back.
        let oldest = state.today.adding(days: -89).start(in: state.timeZone)
        guard window.end > oldest else {
            inform(&state, "Days more than three months back are not available yet.", level: .warning)
            return []
        }
        let clamped = DateInterval(start: max(window.start, oldest), end: window.end)
        let requestID = state.makeRequestID()
        state.pendingFetches[requestID] = clamped
        return [.fetchEntries(requestID: requestID, window: clamped)]
    }
}

extension AppState {
    /// A new local id for an object Toggl has not confirmed yet.
    mutating func makeLocalID() -> Int64 {
        defer { nextLocalID -= 1 }
        return nextLocalID
    }

    /// A new request id.
    mutating func makeRequestID() -> Int {
        defer { nextRequestID += 1 }
        return nextRequestID
    }
}
