#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// The answer to ``AppEffect/fetchReportedEntries(requestID:window:workspaceIDs:userID:profileTimeZone:)``:
/// one detailed report per workspace, each answered or failed on its own.
public struct ReportedEntries: Sendable, Equatable {
    /// The entries starting in the window, from the workspaces that answered.
    public var entries: [TimeEntry]
    /// The workspaces whose report came: for these, ``entries`` is the whole truth.
    public var answered: [Int64]
    /// Why the other workspaces' reports did not come.
    public var failures: [Int64: AppError]

    public init(entries: [TimeEntry], answered: [Int64], failures: [Int64: AppError] = [:]) {
        self.entries = entries
        self.answered = answered
        self.failures = failures
    }
}
