#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
            askAboutPendingAway(&state)
            return backgroundSyncIfDue(&state) + remindIfDue(&state) + ringPomodoroIfDue(&state)
        case .away(let from, let until, let cause):
            return away(&state, from: from, until: until, cause: cause)
        case .resized(_, let rows):
            state.screenRows = rows
            return []
        case .quotaChanged(let gauges):
            state.quota = merged(state.quota, gauges)
            return []
        case .syncRestored(let stored):
            return syncRestored(&state, stored)
        case .restored(let bootstrap, let syncedAt, let pending, let failed):
            return restored(&state, bootstrap, syncedAt: syncedAt, pending: pending, failed: failed)
        case .writesWaiting(let count, let reason):
            return writesWaiting(&state, count: count, reason: reason)
        case .bootstrapLoaded(let requestID, let result):
            return bootstrapLoaded(&state, requestID: requestID, result)
        case .entriesFetched(let requestID, let result):
            return entriesFetched(&state, requestID: requestID, result)
        case .reportedEntriesFetched(let requestID, let report):
            return reportedEntriesFetched(&state, requestID: requestID, report)
        case .changedEntriesFetched(let requestID, let result):
            return changedEntriesFetched(&state, requestID: requestID, result)
        case .storedEntriesLoaded(let requestID, let entries):
            return storedEntriesLoaded(&state, requestID: requestID, entries)
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

    /// Shows a message that fades.
    static func inform(_ state: inout AppState, _ text: String, level: StatusMessage.Level = .info) {
        state.status = StatusMessage(text, level: level, expiresAt: state.now.addingTimeInterval(messageSeconds))
    }

    /// Shows an error that stays until the next key.
    static func fail(_ state: inout AppState, _ text: String) {
        state.status = StatusMessage(text, level: .error)
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
