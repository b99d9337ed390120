#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// Everything that can happen to the app: keys, time, the terminal, and the answers to its
/// effects. Results name what they answer (request id or entry id) so stale ones are dropped.
public enum AppMessage: Sendable, Equatable {
    /// The app is up: load everything.
    case launched
    case key(KeyEvent)
    /// A second passed (or the clock was read): the time to show.
    case tick(Date)
    /// The user was away from `from` to `until`: the machine slept (the wall clock moved while
    /// the monotonic clock stood still; sent when the difference is over a minute) or the login
    /// session was idle (logind's `IdleSinceHint`, sent when the user is back). ``AppUpdate``
    /// asks about it when a timer ran and it is at least `away_after` long.
    case away(from: Date, until: Date, cause: AwayDialog.Cause)
    /// The terminal has this many columns and rows.
    case resized(columns: Int, rows: Int)

    /// The answer to ``AppEffect/loadBootstrap(requestID:)``.
    case bootstrapLoaded(requestID: Int, Result<Bootstrap, AppError>)
    /// The answer to ``AppEffect/fetchEntries(requestID:window:)``.
    case entriesFetched(requestID: Int, Result<[TimeEntry], AppError>)
    /// The answer to ``AppEffect/fetchReportedEntries(requestID:window:workspaceIDs:userID:profileTimeZone:)``.
    case reportedEntriesFetched(requestID: Int, ReportedEntries)
    /// The answer to ``AppEffect/fetchChangedEntries(requestID:since:)``.
    case changedEntriesFetched(requestID: Int, Result<[TimeEntry], AppError>)
    /// The answer to ``AppEffect/loadStoredEntries(requestID:window:)``: the stored entries,
    /// or nil when the store could not serve the window (it is then fetched).
    case storedEntriesLoaded(requestID: Int, [TimeEntry]?)
    /// A created entry (start, continue, add), by the local id it had until now.
    case entryCreated(localID: Int64, Result<TimeEntry, AppError>)
    /// An updated or stopped entry.
    case entryUpdated(id: Int64, Result<TimeEntry, AppError>)
    /// A write on entry `id` reached Toggl and left it as the screen shows it (a stop Toggl
    /// made itself when the next start arrived; writes that cancelled out before being sent).
    case entrySaved(id: Int64)
    /// A write on entry `id` sent later than it was made (offline, a restart) was not sent:
    /// Toggl's copy, `theirs`, changed after the user saw the entry (an edit made elsewhere).
    case entryConflict(id: Int64, theirs: TimeEntry)
    /// A deleted entry.
    case entryDeleted(id: Int64, Result<Bool, AppError>)
    case clientCreated(localID: Int64, Result<Client, AppError>)
    case projectCreated(localID: Int64, Result<Project, AppError>)
    /// What the local store held at launch, before any request: the account as the last sync
    /// left it (with the journal's unsent and refused writes applied), when that sync was, how
    /// many answers are still due for each entry id with unsent writes (0 for local ids the
    /// journal still maps to Toggl ids: new local ids stay below them), and the entries whose
    /// writes Toggl refused.
    case restored(Bootstrap, syncedAt: Date?, pendingWrites: [Int64: Int], failedWrites: [Int64: FailedWrite] = [:])
    /// What the store's `sync.json` held at launch: cursors, windows, last-known quota.
    case syncRestored(StoredSync)
    /// How many writes wait in the journal for Toggl to be reachable, and why (nil once all
    /// were sent).
    case writesWaiting(Int, reason: AppError?)
    /// Entry writes another process sharing the journal made (a command-line run), oldest first.
    case journaledElsewhere([WriteElsewhere])
    /// The quota headers of the latest responses.
    case quotaChanged([QuotaGauge])
}
