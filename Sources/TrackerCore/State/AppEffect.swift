import Foundation
import TogglModels

/// What ``AppUpdate/update(_:_:)`` asks the outside world to do. Plain data: tests compare
/// whole lists of effects; the runtime's effect runner performs them and answers with an
/// ``AppMessage``.
public enum AppEffect: Sendable, Equatable {
    /// `GET /me?with_related_data=true`: everything in one request (plus `/me/preferences`
    /// when `withPreferences`, on the first sync of a session).
    case loadBootstrap(requestID: Int, withPreferences: Bool)
    /// `GET /me/time_entries` for a window older than the bootstrap covers.
    case fetchEntries(requestID: Int, window: DateInterval)
    /// Start a running entry (`duration: -1`, `created_with` added by the runner).
    case startEntry(localID: Int64, workspaceID: Int64, TimeEntryPayload)
    /// Create a finished entry.
    case createEntry(localID: Int64, workspaceID: Int64, TimeEntryPayload)
    /// Change an entry: only the payload's set fields.
    case updateEntry(id: Int64, workspaceID: Int64, TimeEntryPayload)
    /// Stop a running entry (`PATCH …/stop`).
    case stopEntry(id: Int64, workspaceID: Int64)
    case deleteEntry(id: Int64, workspaceID: Int64)
    case createClient(localID: Int64, workspaceID: Int64, ClientPayload)
    case createProject(localID: Int64, workspaceID: Int64, ProjectPayload)
    /// End the program.
    case quit
}
