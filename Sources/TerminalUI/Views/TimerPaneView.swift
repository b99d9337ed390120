import Foundation
import TogglModels
import TrackerCore

/// The timer pane: the running entry ticking, or how to start one.
enum TimerPaneView {
    static func draw(_ state: AppState, in rect: Rect, compact: Bool, on buffer: inout ScreenBuffer) {
        let today = TimeFormat.shortDuration(state.totalSeconds(from: state.today, days: 1))
        let inner = PaneView.panel(state, pane: .timer, note: "today \(today)", in: rect, on: &buffer)
        guard inner.height > 0 else { return }
        guard let running = state.runningEntry else {
            buffer.write([Span("No timer running", role: .muted)], x: inner.x + 1, y: inner.y, width: inner.width - 1)
            if inner.height > 1 {
                let hints = PaneView.hints([(.start, "start"), (.activate, "on a project starts it"), (.continueEntry, "continues the last entry")],
                                           separator: "  ", in: state)
                buffer.write(hints, x: inner.x + 1, y: inner.y + 1, width: inner.width - 1)
            }
            var row = 2
            if inner.height > row, let goal = state.dayGoalProgress {
                buffer.write(goalLine(goal, state, width: inner.width - 1), x: inner.x + 1, y: inner.y + row, width: inner.width - 1)
                row += 1
            }
            if inner.height > row, state.settings.pomodoro != nil {
                buffer.write(pomodoroLine(state, running: nil), x: inner.x + 1, y: inner.y + row, width: inner.width - 1)
            }
            return
        }
        let forgotten = state.isTimerForgotten
        let role: StyleRole = forgotten ? .warning : .running
        let elapsed = TimeFormat.duration(state.seconds(of: running))
        var line: [Span] = [Span("● " + elapsed + "  ", style: CellStyle(role, bold: true))]
        line.append(Span(running.description.flatMap { $0.isEmpty ? nil : $0 } ?? "(no description)",
                         role: running.description?.isEmpty ?? true ? .muted : .normal))
        buffer.write(line, x: inner.x + 1, y: inner.y, width: inner.width - 1)
        guard inner.height > 1 else { return }
        let warning = forgotten ? forgottenWarning(state, width: inner.width - 1) : nil
        if let warning, inner.height == 2 {
            // Compact: the warning matters more than the details it replaces.
            buffer.write(warning, x: inner.x + 1, y: inner.y + 1, width: inner.width - 1)
            return
        }
        var details: [Span] = []
        if let project = running.projectID.flatMap({ state.catalog.projects[$0] }) {
            details.append(Span.project("● " + project.name, color: project.color.flatMap(RGBColor.init(hex:))))
            if let client = project.clientID.flatMap({ state.catalog.clients[$0]?.name }) {
                details.append(Span(" · " + client, role: .muted))
            }
            details.append(Span("  ", role: .muted))
        }
        details.append(Span("since " + state.timeFormat.time(running.start, in: state.timeZone), role: .muted))
        if !running.tags.isEmpty { details.append(Span("  #" + running.tags.joined(separator: " #"), role: .muted)) }
        if running.id < 0 { details.append(Span("  saving…", role: .muted)) }
        buffer.write(details, x: inner.x + 1, y: inner.y + 1, width: inner.width - 1)
        if let warning, inner.height > 2 {
            buffer.write(warning, x: inner.x + 1, y: inner.y + 2, width: inner.width - 1)
        }
        var row = warning == nil ? 2 : 3
        if inner.height > row, let goal = state.dayGoalProgress {
            buffer.write(goalLine(goal, state, width: inner.width - 1), x: inner.x + 1, y: inner.y + row, width: inner.width - 1)
            row += 1
        }
        if inner.height > row, state.settings.pomodoro != nil {
            buffer.write(pomodoroLine(state, running: running), x: inner.x + 1, y: inner.y + row, width: inner.width - 1)
        }
    }

    /// `Pomodoro 25m/5m  3 today · focus until 11:25` (or `· break until 11:30`) while a timer
    /// runs; the count alone otherwise.
    static func pomodoroLine(_ state: AppState, running: TimeEntry?) -> [Span] {
        guard let pomodoro = state.settings.pomodoro else { return [] }
        let count = state.pomodoroSpansToday
        var line: [Span] = [
            Span("Pomodoro \(pomodoro)  ", role: .muted),
            Span("\(count) today", role: count > 0 ? .success : .muted),
        ]
        if let running {
            let phase = pomodoro.phase(start: running.start, now: state.now)
            let until = state.timeFormat.time(phase.until, in: state.timeZone)
            line.append(Span(phase.inFocus ? " · focus until \(until)" : " · break until \(until)", role: .muted))
        }
        return line
    }

    /// `Goal 8h  ██████░░░░  5h 12m done · 2h 48m left · at this pace 17:40`, shorter where
    /// `width` is narrow.
    static func goalLine(_ progress: GoalProgress, _ state: AppState, width: Int) -> [Span] {
        let target = progress.goal.amountText
        let barWidth = 10
        let glyphs = ChartGlyphs.choose(ascii: state.settings.asciiGraphics)
        let filled = Int((progress.fraction * Double(barWidth)).rounded(.down))
        var line: [Span] = [
            Span("Goal \(target)  ", role: .muted),
            Span(String(repeating: glyphs.full, count: filled), role: progress.leftSeconds == 0 ? .success : .running),
            Span(String(repeating: glyphs.empty, count: barWidth - filled) + "  ", role: .muted),
        ]
        guard progress.leftSeconds > 0 else { return line + [Span("reached", role: .success)] }
        var tail = "\(TimeFormat.shortDurationRoundedUp(progress.leftSeconds)) left"
        if let reached = progress.reachedAt(now: state.now) {
            tail += " · at this pace \(state.timeFormat.time(reached, in: state.timeZone))"
        }
        let done = TimeFormat.shortDuration(progress.trackedSeconds) + " done · "
        line.append(Span(line.width + DisplayWidth.of(done + tail) <= width ? done + tail : tail, role: .muted))
        return line
    }

    /// `Running for over 10 h — forgot to stop it? x stops it, e fixes the start`, or a
    /// shorter wording when that does not fit `width`.
    static func forgottenWarning(_ state: AppState, width: Int) -> [Span] {
        let limit = state.settings.forgottenTimerHours
        let hours = limit.rounded() == limit ? "\(Int(limit))" : String(format: "%.1f", limit)
        let hints = PaneView.hints([(.stop, "stops it"), (.edit, "fixes the start")], separator: ", ", in: state)
        let long = [Span("Running for over \(hours) h — forgot to stop it? ", role: .warning)] + hints
        if long.width <= width { return long }
        return [Span("Over \(hours) h — forgotten? ", role: .warning)] + hints
    }
}
