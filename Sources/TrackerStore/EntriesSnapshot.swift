import TogglModels

/// The payload of `entries-recent.json` and `entries-<YYYY-MM>.json`: time entries, as the app
/// last knew them (local, not-yet-sent entries have negative ids). Which days a file covers
/// completely is recorded in ``SyncState/fetchedWindows``.
public struct EntriesSnapshot: Sendable, Hashable, Codable {
    /// The entries, in no particular order.
    public var entries: [TimeEntry]

    /// Creates a snapshot.
    public init(entries: [TimeEntry] = []) {
        self.entries = entries
    }
}
