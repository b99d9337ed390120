import Foundation
import TogglModels
import TrackerCore

/// The week view's pictures: a bar per day, stacked by project (colours, or one fill pattern per
/// project without colour), against the daily goal when one is set; and share bars for the
/// by-project and by-client tables. Eighth blocks give the tops their resolution.
enum WeekChartView {
    /// The glyphs the state asks for (``ChartGlyphs``).
    static func glyphs(_ state: AppState) -> ChartGlyphs { ChartGlyphs.choose(ascii: state.settings.asciiGraphics) }

    /// Draws the day bars in `rect` (the last row names the days); returns nothing when the
    /// rectangle is too small for a useful chart.
    static func drawDays(_ summary: WeekSummary, _ state: AppState, usesColor: Bool, in rect: Rect, on buffer: inout ScreenBuffer) {
        let barRows = rect.height - 1
        guard barRows >= 2, rect.width >= 7 * 4 else { return }
        let dayGoal = state.settings.goals.first { $0.scope == .all && $0.period == .day }?.seconds
        let top = max(summary.dailySeconds.max() ?? 0, dayGoal ?? 0, 1)
        let slot = rect.width / 7
        let barWidth = max(1, min(5, slot - 2))
        let order = summary.byProject.map(\.projectID)
        let goalRow: Int? = dayGoal.map { goal in
            // The row holding the goal's height, counted from the bottom (0 = lowest bar row).
            min(barRows - 1, max(0, Int((Double(goal) / Double(top) * Double(barRows * 8)).rounded()) / 8))
        }
        for day in 0..<7 {
            let x = rect.x + day * slot + (slot - barWidth) / 2
            let segments = Self.segments(summary.dailyByProject.indices.contains(day) ? summary.dailyByProject[day] : [:], order: order)
            let cells = Self.column(segments, top: top, rows: barRows)
            for row in 0..<barRows {
                let y = rect.y + barRows - 1 - row
                let cell = cells[row]
                var style: CellStyle
                var character: Character
                if let cell {
                    (character, style) = look(cell.projectID, eighths: cell.eighths, order: order, state: state, usesColor: usesColor)
                } else if row == goalRow {
                    (character, style) = (glyphs(state).goalLine, CellStyle(.muted))
                } else {
                    continue
                }
                if row == goalRow, cell != nil { style.underline = true }
                for column in 0..<barWidth {
                    buffer.write([Span(String(character), style: style)], x: x + column, y: y, width: 1)
                }
            }
            let first = summary.firstDay.adding(days: day)
            let label = TitleBarView.weekdayName(first.weekday)
            let role: StyleRole = first == state.day ? .focus : .muted
            buffer.write([Span(label, role: role)], x: rect.x + day * slot + max(0, (slot - DisplayWidth.of(label)) / 2), y: rect.y + barRows,
                         width: slot)
        }
        if let dayGoal, let goalRow {
            let text = "goal " + Goal(scope: .all, period: .day, seconds: dayGoal).amountText
            let y = rect.y + barRows - 1 - goalRow
            let x = rect.x + rect.width - DisplayWidth.of(text)
            if x > rect.x + 6 * slot + (slot + barWidth) / 2 { buffer.write([Span(text, role: .muted)], x: x, y: y, width: DisplayWidth.of(text)) }
        }
    }

    /// A day's seconds by project, in the week's project order (most tracked at the bottom).
    static func segments(_ byProject: [Int64?: Int], order: [Int64?]) -> [(projectID: Int64?, seconds: Int)] {
        order.compactMap { id in byProject[id].flatMap { $0 > 0 ? (id, $0) : nil } }
    }

    /// The cells of one bar from the bottom: which project fills each (the one covering most of
    /// it) and how many eighths of the top cell are filled; nil above the bar.
    static func column(_ segments: [(projectID: Int64?, seconds: Int)], top: Int, rows: Int) -> [(projectID: Int64?, eighths: Int)?] {
        let scale = Double(rows * 8) / Double(max(1, top))
        var boundaries: [(end: Int, projectID: Int64?)] = []
        var reached = 0.0
        for segment in segments {
            reached += Double(segment.seconds) * scale
            boundaries.append((Int(reached.rounded()), segment.projectID))
        }
        let total = boundaries.last?.end ?? 0
        return (0..<rows).map { row in
            let low = row * 8
            guard total > low else { return nil }
            let filled = min(8, total - low)
            // The project covering most of this cell's eighths.
            var best: (projectID: Int64?, eighths: Int) = (nil, -1)
            var start = 0
            for boundary in boundaries {
                let overlap = min(boundary.end, low + 8) - max(start, low)
                if overlap > best.eighths { best = (boundary.projectID, overlap) }
                start = boundary.end
            }
            return (best.projectID, filled)
        }
    }

    /// A cell of `projectID` with `eighths` filled: its colour, or without colour its pattern
    /// (a partial top cell shows its eighth either way).
    static func look(_ projectID: Int64?, eighths: Int, order: [Int64?], state: AppState, usesColor: Bool) -> (Character, CellStyle) {
        let glyphs = glyphs(state)
        let partial = eighths < 8 ? glyphs.verticalEighths[max(0, eighths - 1)] : nil
        if usesColor {
            let color = projectID.flatMap { state.catalog.projects[$0]?.color }.flatMap(RGBColor.init(hex:))
            return (partial ?? glyphs.full, color.map { CellStyle(.project, color: $0) } ?? CellStyle(.muted))
        }
        let position = order.firstIndex(of: projectID) ?? 0
        return (partial ?? glyphs.patterns[position % glyphs.patterns.count], CellStyle(.normal))
    }

    /// `10h a week for Acme Corp  ██████▍░░░  6h 25m of 10h · 3h 35m left` (`reached` once done).
    static func goalLine(_ progress: GoalProgress, _ state: AppState, titleWidth: Int = 0) -> [Span] {
        let width = 12
        let bar = shareBar(progress.fraction, width: width, glyphs: glyphs(state))
        let reached = progress.leftSeconds == 0
        var line: [Span] = [
            Span(TextLayout.pad(progress.goal.title, to: max(titleWidth, DisplayWidth.of(progress.goal.title))) + "  ",
                 role: progress.isUnknownName ? .muted : .normal),
            Span(bar, role: reached ? .success : .running),
            Span(String(repeating: glyphs(state).empty, count: max(0, width - DisplayWidth.of(bar))) + "  ", role: .muted),
        ]
        if progress.isUnknownName { return line + [Span("no such name here", role: .warning)] }
        let done = TimeFormat.shortDuration(progress.trackedSeconds)
        line.append(Span(reached ? "\(done) · reached" : "\(done) · \(TimeFormat.shortDurationRoundedUp(progress.leftSeconds)) left",
                         role: reached ? .success : .muted))
        if let from = progress.countedFrom {
            // Only part of the period is held: show older weeks ({, [) to count the rest.
            line.append(Span(" · counted since " + state.timeFormat.day(LocalDay.containing(from, in: state.timeZone)), role: .warning))
        }
        return line
    }

    /// A share bar `width` cells wide: `fraction` of it filled, in eighths.
    static func shareBar(_ fraction: Double, width: Int, glyphs: ChartGlyphs = .unicode) -> String {
        let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighths = Int((clamped * Double(width * 8)).rounded())
        var bar = String(repeating: glyphs.full, count: eighths / 8)
        if eighths % 8 > 0 { bar.append(glyphs.horizontalEighths[eighths % 8 - 1]) }
        return bar
    }
}
