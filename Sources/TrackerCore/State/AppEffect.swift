#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// What ``AppUpdate/update(_:_:)`` asks the outside world to do. Plain data: tests compare
/// whole lists of effects; the runtime's effect runner performs them and answers with an
/// ``AppMessage``.
///
/// Writes (``isWrite``) are journaled by the runtime before the frame that shows them, sent in
/// the order they were asked for, and each gets exactly one answer — at once when Toggl can be
/// reached, or after the runtime's retries when it cannot (meanwhile ``AppMessage/writesWaiting(_:reason:)``
/// says how many wait).
public enum AppEffect: Sendable, Equatable {
    /// `GET /me?with_related_data=true`: everything in one request (plus `/me/preferences`
    /// when `withPreferences`, on the first sync of a session).
    case loadBootstrap(requestID: Int, withPreferences: Bool)
    /// `GET /me/time_entries` for a window older than the bootstrap covers.
    case fetchEntries(requestID: Int, window: DateInterval)
    /// Reports v3 detailed reports (`POST …/workspace/{wid}/search/time_entries`, one or more
    /// pages per workspace) for a window older than `/me/time_entries` serves: `userID`'s
    /// stopped entries starting in `window` in each of `workspaceIDs`, asked for the days that
    /// cover it in `profileTimeZone` (where Toggl counts days). Answered by
    /// ``AppMessage/reportedEntriesFetched(requestID:_:)``.
    case fetchReportedEntries(requestID: Int, window: DateInterval, workspaceIDs: [Int64], userID: Int64, profileTimeZone: Zone?)
    /// `GET /me/time_entries?since=`: entries changed since then, deleted ones included (sent
    /// when an older week is shown after a sync and entries older than `/me` brings are held).
    case fetchChangedEntries(requestID: Int, since: Date)
    /// Read a window's entries from the local store's month files (no request).
    case loadStoredEntries(requestID: Int, window: DateInterval)
    /// Start a running entry (`duration: -1`, `created_with` added by the runner).
    case startEntry(localID: Int64, workspaceID: Int64, TimeEntryPayload)
    /// Create a finished entry.
    case createEntry(localID: Int64, workspaceID: Int64, TimeEntryPayload)
    /// Change an entry: only the payload's set fields. `baseAt` (here and for stops and
    /// deletes): the entry's `at` as the user saw it; a write sent later is not sent over a
    /// newer edit made elsewhere (a conflict, answered by ``AppMessage/entryConflict(id:theirs:)``).
    case updateEntry(id: Int64, workspaceID: Int64, TimeEntryPayload, baseAt: Date? = nil)
    /// Stop a running entry at `at` (the moment the user stopped it, kept if it is sent later).
    case stopEntry(id: Int64, workspaceID: Int64, at: Date, baseAt: Date? = nil)
    /// Delete an entry.
    case deleteEntry(id: Int64, workspaceID: Int64, baseAt: Date? = nil)
    /// Drop the refused (failed) writes of entry `entryID` from the journal: it is shown as
    /// Toggl has it again, or the user sends a corrected write next. Journaled, no request.
    case discardFailed(entryID: Int64)
    /// Create a client.
    case createClient(localID: Int64, workspaceID: Int64, ClientPayload)
    /// Create a project.
    case createProject(localID: Int64, workspaceID: Int64, ProjectPayload)
    /// End the program.
    case quit
    /// A reminder given now (once per episode): the terminal bell, and with `desktop` a desktop
    /// notification of `text` too.
    case remind(text: String, desktop: Bool)

    /// The `at` of the entry an update, stop or delete was made on, if known.
    public var baseAt: Date? {
        switch self {
        case .updateEntry(_, _, _, let base), .stopEntry(_, _, _, let base), .deleteEntry(_, _, let base): base
        default: nil
        }
    }

    /// Whether this is a write to Toggl (journaled, sent in order, answered once).
    public var isWrite: Bool {
        switch self {
        case .startEntry, .createEntry, .updateEntry, .stopEntry, .deleteEntry, .discardFailed, .createClient, .createProject: true
        case .loadBootstrap, .fetchEntries, .fetchReportedEntries, .fetchChangedEntries, .loadStoredEntries, .quit, .remind: false
        }
    }
}
