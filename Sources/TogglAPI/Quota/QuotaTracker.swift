import Foundation
import Synchronization

/// The latest known state of every quota bucket, shared by all requests of a client.
///
/// ``TogglAPIClient`` records the quota headers of every response here. Callers read
/// ``snapshot()`` or follow ``updates()`` to show a meter or to budget background work.
public final class QuotaTracker: Sendable {
    private struct State {
        var statuses: [QuotaBucket: QuotaStatus] = [:]
        var organizationOfWorkspace: [Int64: Int64] = [:]
        var observers: [UInt64: AsyncStream<[QuotaBucket: QuotaStatus]>.Continuation] = [:]
        var nextObserver: UInt64 = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// Every bucket's latest status.
    public func snapshot() -> [QuotaBucket: QuotaStatus] {
        state.withLock { $0.statuses }
    }

    /// The latest status of one bucket, if any response has told it.
    public func status(of bucket: QuotaBucket) -> QuotaStatus? {
        state.withLock { $0.statuses[resolved(bucket, in: $0)] }
    }

    /// Tells the tracker which organization a workspace belongs to, so that the workspace's
    /// requests count against the organization's bucket (as Toggl counts them).
    public func register(workspaceID: Int64, organizationID: Int64) {
        let changed: [QuotaBucket: QuotaStatus]? = state.withLock { state in
            state.organizationOfWorkspace[workspaceID] = organizationID
            guard let moved = state.statuses.removeValue(forKey: .workspace(workspaceID)) else { return nil }
            let key = QuotaBucket.organization(organizationID)
            if let existing = state.statuses[key], existing.observedAt > moved.observedAt { return nil }
            state.statuses[key] = moved
            return state.statuses
        }
        if let changed { notify(changed) }
    }

    /// The bucket a request is counted in, after organization lookup.
    public func bucket(for bucket: QuotaBucket) -> QuotaBucket {
        state.withLock { resolved(bucket, in: $0) }
    }

    /// Records what a response said about its bucket. Responses without quota headers change
    /// nothing.
    public func record(_ status: QuotaStatus, for bucket: QuotaBucket) {
        let all: [QuotaBucket: QuotaStatus] = state.withLock { state in
            state.statuses[resolved(bucket, in: state)] = status
            return state.statuses
        }
        notify(all)
    }

    /// A stream of every bucket's status, starting with the current one, then after each change.
    public func updates() -> AsyncStream<[QuotaBucket: QuotaStatus]> {
        let (stream, continuation) = AsyncStream<[QuotaBucket: QuotaStatus]>.makeStream(
            bufferingPolicy: .bufferingNewest(1))
        let (id, current) = state.withLock { state in
            let id = state.nextObserver
            state.nextObserver += 1
            state.observers[id] = continuation
            return (id, state.statuses)
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.observers.removeValue(forKey: id) }
        }
        continuation.yield(current)
        return stream
    }

    private func resolved(_ bucket: QuotaBucket, in state: State) -> QuotaBucket {
        if case .workspace(let workspaceID) = bucket, let organization = state.organizationOfWorkspace[workspaceID] {
            return .organization(organization)
        }
        return bucket
    }

    private func notify(_ statuses: [QuotaBucket: QuotaStatus]) {
        let observers = state.withLock { Array($0.observers.values) }
        for observer in observers { observer.yield(statuses) }
    }
}
