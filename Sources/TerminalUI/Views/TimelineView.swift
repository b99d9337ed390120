import Foundation
import TogglModels
import TrackerCore

/// The timeline (`v`): the shown day as a picture over the whole main area.
///
/// Hours of the local clock along the top (by real instant, so a DST day shows 23 or 25), the
/// span zoomed to the worked hours. Each entry is a block in its project's colour — without
/// colour, in a fill pattern of its own per project (`█ ▓ ▒ ░ ▚ ▞`) — in lanes, so overlapping
/// entries lie one above the other; an entry starting where one of the same project ends
/// begins with `▐`. Below them gaps (`┄`, numbered as `gaps` numbers them) and
/// overlaps (`×`) are marked, and `^` marks the cursor; then what the cursor is on, which
/// pattern is which project, and the keys.
enum TimelineView {
    /// Fill patterns for projects when colour is off, in the order projects first appear.
    /// One fill per project without colour (see ``ChartGlyphs``).
    static func patterns(_ state: AppState) -> [Character] { ChartGlyphs.choose(ascii: state.settings.asciiGraphics).patterns }
    /// The most lanes drawn; more overlapping entries share the last.
    static let maximumLanes = 3

    static func draw(_ state: AppState, in rect: Rect, usesColor: Bool, on buffer: inout ScreenBuffer) {
        let timeline = state.dayTimeline
        let note = PaneView.key(for: .timeline, in: state).map { "\($0) list" }
        let title = "Timeline" + EntriesPaneView.dayTitle(state, edge: rect.width - 2, note: note)
        let inner = Panel(title: title, note: note, isFocused: state.overlay == nil).draw(in: rect, on: &buffer)
        guard inner.width > 4, inner.height > 4 else { return }
        guard let span = timeline.span, span.duration > 0 else {
            let message = EntriesPaneView.emptyMessage(state)
            buffer.write([Span(message, role: .muted)], x: inner.x + 1, y: inner.y + 1, width: inner.width - 2)
            drawHints(state, item: nil, in: inner, on: &buffer)
            return
        }
        let left = inner.x + 1
        let columns = inner.width - 2
        func column(_ date: Date) -> Int {
            let fraction = date.timeIntervalSince(span.start) / span.duration
            return left + min(columns, max(0, Int((fraction * Double(columns)).rounded(.down))))
        }
        func range(_ start: Date, _ end: Date) -> Range<Int> {
            let from = min(column(start), left + columns - 1)
            return from..<max(from + 1, column(end))
        }
        let zone = state.timeZone
        var y = inner.y
        drawHours(timeline.hourMarks(in: zone), format: state.timeFormat, glyphs: ChartGlyphs.choose(ascii: state.settings.asciiGraphics),
                  left: left, columns: columns, y: y, column: column, on: &buffer)
        y += 2

        // Lanes: each entry in the first lane free at its start.
        var laneEnds: [Date] = []
        var lanes: [Int] = []
        for block in timeline.blocks {
            if let free = laneEnds.firstIndex(where: { $0 <= block.start }) {
                lanes.append(free)
                laneEnds[free] = block.end
            } else if laneEnds.count < maximumLanes {
                lanes.append(laneEnds.count)
                laneEnds.append(block.end)
            } else {
                lanes.append(maximumLanes - 1)
                laneEnds[maximumLanes - 1] = max(laneEnds[maximumLanes - 1], block.end)
            }
        }
        let laneCount = max(1, laneEnds.count)
        // Rows besides the lanes: hours and axis, marks, cursor, a blank, the description and a
        // blank, the legend, a blank and the hints.
        let laneHeight = max(1, min(3, (inner.height - 10) / laneCount))
        let projects = projectOrder(timeline)
        // Where each lane's last block ended, and how it looked: a block that starts right there
        // and looks the same begins with a half block (`▐`), so two entries of one project side
        // by side do not read as one.
        var laneTails: [(column: Int, fill: Character, style: CellStyle)?] = Array(repeating: nil, count: laneCount)
        for (index, block) in timeline.blocks.enumerated() {
            let (fill, style) = look(of: block.entry, projects: projects, usesColor: usesColor, state: state)
            let cells = range(block.start, block.end)
            let lane = lanes[index]
            let before = laneTails[lane]
            let abuts = before.map { $0.column == cells.lowerBound && $0.fill == fill && $0.style == style } == true && cells.count >= 2
            laneTails[lane] = (cells.upperBound, fill, style)
            for row in 0..<laneHeight {
                for x in cells {
                    buffer.write(abuts && x == cells.lowerBound ? String(ChartGlyphs.choose(ascii: state.settings.asciiGraphics).abutting) : String(fill), x: x, y: y + lane * laneHeight + row, style: style)
                }
            }
        }
        y += laneCount * laneHeight

        // Gaps and overlaps, then the cursor.
        for stretch in timeline.items.compactMap({ item -> DayGaps.Stretch? in if case .stretch(let s) = item { s } else { nil } }) {
            let cells = range(stretch.start, stretch.end)
            if stretch.kind == .gap {
                for x in cells { buffer.write(String(ChartGlyphs.choose(ascii: state.settings.asciiGraphics).gap), x: x, y: y, style: CellStyle(.muted)) }
                if let number = stretch.number.map(String.init), cells.count >= number.count + 2 {
                    buffer.write(number, x: cells.lowerBound + (cells.count - number.count) / 2, y: y, style: CellStyle(.muted))
                }
            } else {
                for x in cells { buffer.write(String(ChartGlyphs.choose(ascii: state.settings.asciiGraphics).overlap), x: x, y: y, style: CellStyle(.warning, bold: true)) }
            }
        }
        y += 1
        let index = timeline.index(of: state.timelineCursor)
        let item = index.map { timeline.items[$0] }
        if let item {
            for x in range(item.start, item.end) { buffer.write("^", x: x, y: y, style: CellStyle(.focus, bold: true)) }
        }
        y += 2
        if let item, y < inner.maxY - 1 {
            buffer.write(describe(item, in: state), x: left, y: y, width: columns)
            y += 2
        }
        y = drawLegend(projects, usesColor: usesColor, state: state, left: left, columns: columns, from: y, to: inner.maxY - 1, on: &buffer)
        drawStretches(timeline, cursor: item?.cursor, state: state, left: left, columns: columns, from: y + 1, to: inner.maxY - 2, on: &buffer)
        drawHints(state, item: item, in: inner, on: &buffer)
    }

    /// The day's gaps and overlaps as a list, where rows are left: the one under the cursor marked.
    static func drawStretches(
        _ timeline: DayTimeline, cursor: TimelineCursor?, state: AppState, left: Int, columns: Int, from: Int, to: Int,
        on buffer: inout ScreenBuffer
    ) {
        let stretches = timeline.items.filter { if case .stretch = $0 { true } else { false } }
        guard !stretches.isEmpty, to - from >= 2 else { return }
        buffer.write([Span("Gaps and overlaps", role: .title)], x: left, y: from, width: columns)
        // As many as fit, around the one under the cursor.
        let rows = to - from - 1
        let current = stretches.firstIndex { $0.cursor == cursor } ?? 0
        let first = max(0, min(current - rows / 2, stretches.count - rows))
        for (offset, item) in stretches.dropFirst(first).prefix(rows).enumerated() {
            let marker = item.cursor == cursor ? Span("▸ ", role: .focus) : Span("  ")
            buffer.write([marker] + describe(item, in: state), x: left, y: from + 1 + offset, width: columns)
        }
    }

    /// Hour labels on the first row (skipped where they would touch the one before) and the
    /// axis with a tick at each hour below them.
    static func drawHours(
        _ marks: [(date: Date, hour: Int)], format: TimeFormat, glyphs: ChartGlyphs = .unicode, left: Int, columns: Int, y: Int,
        column: (Date) -> Int, on buffer: inout ScreenBuffer
    ) {
        for x in left..<(left + columns) { buffer.write(String(glyphs.rule), x: x, y: y + 1, style: CellStyle(.border)) }
        var labelEnd = Int.min
        for mark in marks {
            let x = min(column(mark.date), left + columns - 1)
            buffer.write(String(glyphs.tick), x: x, y: y + 1, style: CellStyle(.border))
            let label = hourLabel(mark.hour, format: format)
            let start = min(x, left + columns - label.count)
            guard start > labelEnd else { continue }
            buffer.write(label, x: start, y: y, style: CellStyle(.muted))
            labelEnd = start + label.count
        }
    }

    /// `09` on a 24-hour clock, `9a` / `12p` on a 12-hour one.
    static func hourLabel(_ hour: Int, format: TimeFormat) -> String {
        if format.uses24HourClock { return String(format: "%02d", hour) }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve)\(hour < 12 ? "a" : "p")"
    }

    /// The day's projects (nil: no project) in the order they first appear.
    static func projectOrder(_ timeline: DayTimeline) -> [Int64?] {
        var order: [Int64?] = []
        for block in timeline.blocks where !order.contains(block.entry.projectID) { order.append(block.entry.projectID) }
        return order
    }

    /// An entry's fill and style: a full block in its project's colour, or without colour the
    /// project's own pattern.
    static func look(of entry: TimeEntry, projects: [Int64?], usesColor: Bool, state: AppState) -> (Character, CellStyle) {
        let color = entry.projectID.flatMap { state.catalog.projects[$0]?.color }.flatMap(RGBColor.init(hex:))
        if usesColor {
            return (ChartGlyphs.choose(ascii: state.settings.asciiGraphics).full, color.map { CellStyle(.project, color: $0) } ?? CellStyle(.muted))
        }
        let position = projects.firstIndex(of: entry.projectID) ?? 0
        let patterns = patterns(state)
        return (patterns[position % patterns.count], CellStyle(entry.isRunning ? .running : .normal))
    }

    /// What the cursor is on, in words.
    static func describe(_ item: DayTimeline.Item, in state: AppState) -> [Span] {
        let zone = state.timeZone
        let format = state.timeFormat
        func time(_ date: Date) -> String { format.time(date, in: zone) }
        switch item {
        case .entry(let block):
            let entry = state.catalog.entries[block.entry.id] ?? block.entry
            let project = entry.projectID.flatMap { state.catalog.projects[$0] }
            var spans: [Span] = []
            if let text = entry.description, !text.isEmpty { spans.append(Span(text, role: entry.isRunning ? .running : .normal)) } else {
                spans.append(Span("(no description)", role: .muted))
            }
            if let project {
                spans += [Span(" · ", role: .muted), Span.project("● ", color: project.color.flatMap(RGBColor.init(hex:))), Span(project.name)]
            }
            let end = entry.isRunning ? "now" : (entry.stop.map(time) ?? "")
            spans += [Span(" · \(time(entry.start))–\(end) · ", role: .muted), Span(TimeFormat.duration(state.seconds(of: entry)))]
            return spans
        case .stretch(let stretch) where stretch.kind == .gap:
            let name = stretch.number.map { "Gap \($0)" } ?? "Gap"
            return [Span(name, role: .title), Span(" · \(time(stretch.start))–\(time(stretch.end)) · ", role: .muted),
                    Span(TimeFormat.duration(stretch.seconds))]
        case .stretch(let stretch):
            return [Span("Overlap", role: .warning), Span(" · \(time(stretch.start))–\(time(stretch.end)) · ", role: .muted),
                    Span(TimeFormat.duration(stretch.seconds)), Span(" · ", role: .muted),
                    Span(label(state.catalog.entries[stretch.before.id] ?? stretch.before, in: state)), Span(" and ", role: .muted),
                    Span(label(state.catalog.entries[stretch.after.id] ?? stretch.after, in: state))]
        }
    }

    /// An entry's description, else its project, else a placeholder.
    static func label(_ entry: TimeEntry, in state: AppState) -> String {
        if let text = entry.description, !text.isEmpty { return "“\(text)”" }
        return entry.projectID.flatMap { state.catalog.projects[$0]?.name } ?? "(no description)"
    }

    /// Which fill is which project, wrapped over the rows `from..<to`; returns the row after it.
    @discardableResult
    static func drawLegend(
        _ projects: [Int64?], usesColor: Bool, state: AppState, left: Int, columns: Int, from: Int, to: Int, on buffer: inout ScreenBuffer
    ) -> Int {
        var y = from
        var x = left
        for (position, id) in projects.enumerated() {
            let project = id.flatMap { state.catalog.projects[$0] }
            let color = project?.color.flatMap(RGBColor.init(hex:))
            let full = String(ChartGlyphs.choose(ascii: state.settings.asciiGraphics).full)
            let patterns = patterns(state)
            let swatch: Span = usesColor ? (color.map { Span(full, style: CellStyle(.project, color: $0)) } ?? Span(full, role: .muted))
                : Span(String(patterns[position % patterns.count]))
            let name = project?.name ?? "(no project)"
            let width = 2 + DisplayWidth.of(name) + 3
            if x > left, x + width > left + columns {
                y += 1
                x = left
            }
            guard y < to else { return y }
            x += buffer.write([swatch, Span(" "), Span(name, role: .muted)], x: x, y: y, width: left + columns - x) + 3
        }
        return y + 1
    }

    /// The keys that act on what the cursor is on, on the last inner row.
    static func drawHints(_ state: AppState, item: DayTimeline.Item?, in inner: Rect, on buffer: inout ScreenBuffer) {
        var commands: [(TimelineCommand, String)] = []
        var actions: [(AppAction, String)] = []
        switch item {
        case .entry:
            commands = [(.split, "split"), (.join, "join next")]
            actions = [(.edit, "edit"), (.delete, "delete")]
        case .stretch(let stretch) where stretch.kind == .gap: commands = [(.fillGap, "fill the gap")]
        case .stretch: commands = [(.trimOverlap, "trim the earlier")]
        case nil: break
        }
        var spans: [Span] = [Span("←/→", role: .key), Span(" move", role: .muted)]
        for (command, words) in commands {
            spans += [Span(" · ", role: .muted), Span(command.keys.first?.description ?? "", role: .key), Span(" " + words, role: .muted)]
        }
        let more = PaneView.hints(actions, separator: " · ", in: state)
        if !more.isEmpty { spans += [Span(" · ", role: .muted)] + more }
        buffer.write(spans, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2)
    }
}
