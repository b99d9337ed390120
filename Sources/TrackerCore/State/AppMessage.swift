import Foundation
import TogglModels

/// Everything that can happen to the app: keys, time, the terminal, and the answers to its
/// effects. Results name what they answer (request id or entry id) so stale ones are dropped.
public enum AppMessage: Sendable, Equatable {
    /// The app is up: load everything.
    case launched
    case key(KeyEvent)
    /// A second passed (or the clock was read): the time to show.
    case tick(Date)
    /// The terminal has this many columns and rows.
    case resized(columns: Int, rows: Int)

    /// The answer to ``AppEffect/loadBootstrap(requestID:)``.
    case bootstrapLoaded(requestID: Int, Result<Bootstrap, AppError>)
    /// The answer to ``AppEffect/fetchEntries(requestID:window:)``.
    case entriesFetched(requestID: Int, Result<[TimeEntry], AppError>)
    /// A created entry (start, continue, add), by the local id it had until now.
    case entryCreated(localID: Int64, Result<TimeEntry, AppError>)
    /// An updated or stopped entry.
    case entryUpdated(id: Int64, Result<TimeEntry, AppError>)
    /// A deleted entry.
    case entryDeleted(id: Int64, Result<Bool, AppError>)
    case clientCreated(localID: Int64, Result<Client, AppError>)
    case projectCreated(localID: Int64, Result<Project, AppError>)
    /// The quota headers of the latest responses.
    case quotaChanged([QuotaGauge])
}
