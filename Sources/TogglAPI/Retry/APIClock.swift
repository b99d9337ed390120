import Foundation

/// Where ``TogglAPIClient`` gets the time and how it waits between retries.
///
/// Injected so that tests can run retry schedules instantly and check every pause.
public protocol APIClock: Sendable {
    /// The current time.
    func now() -> Date
    /// Waits `seconds`; throws `CancellationError` when the task is cancelled.
    func sleep(seconds: Double) async throws
}

/// The real clock: the system time and `Task.sleep`.
public struct SystemAPIClock: APIClock {
    public init() {}

    public func now() -> Date { Date() }

    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(for: .milliseconds(Int64((seconds * 1000).rounded())))
    }
}
