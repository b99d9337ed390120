import Foundation
import TogglModels
import TrackerCore
import TrackerStore

extension SyncState {
    /// What the app takes from `sync.json` at launch: the entries cursor, the older windows held
    /// whole, and the quota buckets whose window has not reset yet.
    func storedSync(now: Date) -> StoredSync {
        StoredSync(
            entriesSince: since[.timeEntries],
            storedWindows: fetchedWindows.map { DateInterval(start: $0.start, end: max($0.start, $0.end)) },
            quota: quota.filter { $0.resetsAt > now }.map { observation in
                let scope: QuotaGauge.Scope = observation.quota.organizationID.map { .organization($0) } ?? .user
                return QuotaGauge(scope: scope, remaining: observation.quota.remaining, resetsAt: observation.resetsAt)
            })
    }

    /// Takes the app's sync bookkeeping: the cursor, every older window held whole (fetched this
    /// run or stored before; not the open-ended `/me` window) and the quota as last seen.
    mutating func record(_ state: AppState, at date: Date) {
        if case .synced(let at) = state.sync { lastBootstrap = at }
        since[.timeEntries] = state.entriesSince
        let known = Dictionary(fetchedWindows.map { (DateInterval(start: $0.start, end: max($0.start, $0.end)), $0.fetchedAt) }) { first, _ in first }
        var windows: [DateInterval] = []
        // Not the open-ended `/me` window, nor one reaching past tomorrow (still changing).
        for window in state.storedWindows + state.fetchedWindows
        where window.end < date.addingTimeInterval(86_400) && !windows.contains(window) {
            windows.append(window)
        }
        fetchedWindows = windows.map { FetchedWindow(start: $0.start, end: $0.end, fetchedAt: known[$0] ?? date) }
        let seen = quota
        let resetLimit = Double(QuotaObservation.maximumResetSeconds)
        quota = state.quota.compactMap { gauge in
            let organization: Int64?
            switch gauge.scope {
            case .user: organization = nil
            case .organization(let id): organization = id
            case .workspace: return nil
            }
            // An unchanged bucket keeps its observation, so an unchanged state writes nothing.
            if let same = seen.first(where: { $0.quota.organizationID == organization && $0.quota.remaining == gauge.remaining
                && $0.resetsAt == gauge.resetsAt }) { return same }
            // Clamped before `Int(…)`: a reset any distance away (a damaged file, a hostile
            // header) is at most a day, never a trap.
            let wait = gauge.resetsAt.timeIntervalSince(date)
            let seconds = wait.isNaN ? 0 : Int(min(max(0, wait), resetLimit).rounded(.up))
            return QuotaObservation(quota: Quota(organizationID: organization, remaining: gauge.remaining, resetsInSecs: seconds, total: 0),
                                    observedAt: date)
        }
    }
}
