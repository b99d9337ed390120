#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension TimeEntry {
    /// When a finished entry ended: its stop, else its start plus its duration; nil while it runs.
    public var finishedAt: Date? {
        isRunning ? nil : stop ?? start.addingTimeInterval(TimeInterval(max(0, duration)))
    }

    /// When the entry ends as of `now`: ``finishedAt``, or `now` (never before its start) while it runs.
    public func end(at now: Date) -> Date {
        finishedAt ?? max(now, start)
    }
}
