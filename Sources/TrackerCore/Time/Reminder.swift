#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// A nudge due now, inside work hours: nothing has run for `remind_after`, or a timer has run
/// so long it is probably forgotten. Each has an ``episode``: the same stretch of not tracking
/// (or the same long timer) keeps its episode, so a reminder is given once per episode.
public struct Reminder: Sendable, Hashable {
    /// What the reminder is about.
    public enum Kind: Sendable, Hashable {
        /// Nothing has run since this moment (the last stop, or the start of work hours).
        case notTracking(since: Date)
        /// This entry has run longer than the forgotten-timer limit.
        case forgotten(entryID: Int64, since: Date)
    }

    /// What it is about.
    public var kind: Kind
    /// The sentence: `Not tracking for 17 min.` / `"Fix login bug" has run for 10 h 05 min — forgotten?`.
    public var text: String

    /// Names the episode: the same while the same stretch of not tracking, or the same timer, lasts.
    public var episode: String {
        switch kind {
        case .notTracking(let since): return "idle-\(Int64(since.timeIntervalSince1970))"
        case .forgotten(let id, _): return "running-\(id)"
        }
    }

    /// When the last finished entry among `entries` ended, at or before `now` (the UI, `status`
    /// and `remind` count not tracking from it).
    public static func lastStop(of entries: some Sequence<TimeEntry>, before now: Date) -> Date? {
        entries.lazy.compactMap(\.finishedAt).filter { $0 <= now }.max()
    }

    /// How long nothing has run, for `{untracked}`: nil while a timer runs or when nothing is
    /// known; counted from the last stop, or from the start of today's work hours when that is later.
    public static func untrackedSince(running: TimeEntry?, lastStop: Date?, now: Date, workHours: WorkHours,
                                      timeZone: Zone) -> Date? {
        guard running == nil else { return nil }
        let windowStart = workHours.windowStart(containing: now, in: timeZone)
        switch (lastStop, windowStart) {
        case let (stop?, start?): return max(stop, start)
        case let (stop?, nil): return stop
        case let (nil, start?): return start
        case (nil, nil): return nil
        }
    }

    /// The reminder due at `now`, if any: only inside `workHours`; `remindAfter` seconds of not
    /// tracking (0 = never), or a timer running longer than `forgottenAfter` seconds.
    public static func due(now: Date, running: TimeEntry?, lastStop: Date?, workHours: WorkHours, timeZone: Zone,
                           remindAfter: Int, forgottenAfter: Int) -> Reminder? {
        guard let windowStart = workHours.windowStart(containing: now, in: timeZone) else { return nil }
        if let running {
            let elapsed = DurationLimit.wholeSeconds(now.timeIntervalSince(running.start))
            guard forgottenAfter > 0, elapsed >= forgottenAfter else { return nil }
            let name = running.description.flatMap { $0.isEmpty ? nil : $0 } ?? "(no description)"
            return Reminder(kind: .forgotten(entryID: running.id, since: running.start),
                            text: "\"\(name)\" has run for \(TimeFormat.shortDuration(elapsed)) — forgotten?")
        }
        guard remindAfter > 0 else { return nil }
        let since = max(lastStop ?? windowStart, windowStart)
        let idle = DurationLimit.wholeSeconds(now.timeIntervalSince(since))
        guard idle >= remindAfter else { return nil }
        return Reminder(kind: .notTracking(since: since), text: "Not tracking for \(TimeFormat.shortDuration(idle)).")
    }
}
