#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

extension AppUpdate {
    /// How long after a focus span ended it may still ring: a span that ended earlier (the app
    /// was closed, the machine slept) is counted but not rung.
    static let pomodoroLateSeconds: TimeInterval = 60

    /// On a tick with `pomodoro` set and a timer running: at the end of each focus span, the
    /// status line says so and the bell rings once (with `notify = on`, the desktop too). The
    /// timer keeps running.
    static func ringPomodoroIfDue(_ state: inout AppState) -> [AppEffect] {
        guard let pomodoro = state.settings.pomodoro, state.account != nil, let running = state.runningEntry else { return [] }
        let number = pomodoro.completedSpans(start: running.start, end: state.now)
        guard number > 0 else { return [] }
        // By start, not id: a timer's local id becomes Toggl's when its create is answered.
        let episode = "\(running.start.timeIntervalSince1970)#\(number)"
        guard episode != state.pomodoroEpisode else { return [] }
        state.pomodoroEpisode = episode
        let ended = pomodoro.endOfSpan(number, start: running.start)
        guard state.now.timeIntervalSince(ended) < pomodoroLateSeconds else { return [] }
        let today = state.pomodoroSpansToday
        let focus = TimeFormat.shortDuration(pomodoro.focusSeconds)
        var text = "Focus span done (\(focus), \(today) today)"
        if pomodoro.breakSeconds > 0 {
            text += " — time for a \(TimeFormat.shortDuration(pomodoro.breakSeconds)) break"
        }
        text += "; the timer keeps running."
        let shownUntil = max(state.now.addingTimeInterval(messageSeconds), ended.addingTimeInterval(Double(pomodoro.breakSeconds)))
        state.status = StatusMessage(text, level: .success, expiresAt: shownUntil)
        return [.remind(text: text, desktop: state.settings.notifies)]
    }
}

extension AppState {
    /// Focus spans (`pomodoro`) that ended today, in every workspace's entries; 0 when off.
    public var pomodoroSpansToday: Int {
        guard let pomodoro = settings.pomodoro else { return 0 }
        let day = today
        let interval = DateInterval(start: day.start(in: timeZone), end: max(day.start(in: timeZone), day.end(in: timeZone)))
        // An entry begun the day before may end a span today.
        var entries = catalog.entries(startingFrom: interval.start.addingTimeInterval(-86_400), to: now.addingTimeInterval(1))
        // A timer running since before that still ends spans today.
        if let running = runningEntry, !entries.contains(where: { $0.id == running.id }) { entries.append(running) }
        return pomodoro.spans(of: entries, endingIn: interval, now: now)
    }
}
