import Foundation
import TogglModels
import TrackerCore

/// The time entries pane: the shown day's entries as a table, or the week's summary.
enum EntriesPaneView {
    static func draw(_ state: AppState, in rect: Rect, compact: Bool, usesColor: Bool = true, on buffer: inout ScreenBuffer) {
        switch state.entriesMode {
        case .day, .timeline: drawDay(state, in: rect, compact: compact, on: &buffer)
        case .weekSummary: drawWeek(state, in: rect, usesColor: usesColor, on: &buffer)
        }
    }

    /// `Mon 2026-11-23 (today) · 5h 12m · week 23h 05m`, shortened to fit a top edge of `edge`
    /// columns next to `note`: the week total goes first, then "(today)"; so the title is not
    /// cut to a dangling `· …` and the position note is not pushed off.
    static func dayTitle(_ state: AppState, edge: Int = .max, note: String? = nil) -> String {
        let day = state.day
        let date = "\(TitleBarView.weekdayName(day.weekday)) \(state.timeFormat.day(day))"
        var relative = ""
        if day == state.today { relative = " (today)" } else if day == state.today.adding(days: -1) { relative = " (yesterday)" }
        let total = " · " + TimeFormat.shortDuration(state.dayTotalSeconds)
        let week = " · week " + TimeFormat.shortDuration(state.weekTotalSeconds)
        let candidates = [" · " + date + relative + total + week, " · " + date + relative + total, " · " + date + total]
        // What Panel needs to show the title whole and the note: " title " "─" " note ".
        let paneTitle = DisplayWidth.of("\(Pane.entries.rawValue) \(Pane.entries.title)")
        let noteWidth = note.map { DisplayWidth.of($0) + 3 } ?? 0
        return candidates.first { paneTitle + DisplayWidth.of($0) + 2 + noteWidth <= edge } ?? candidates[candidates.count - 1]
    }

    static func drawDay(_ state: AppState, in rect: Rect, compact: Bool, on buffer: inout ScreenBuffer) {
        // The day's entries where the catalog holds them (``AppState/dayEntries``), read in place:
        // a day can hold hundreds, and only the rows that show are copied out.
        let all = state.catalog.entries
        var ids: [Int64] = []
        var places: [Dictionary<Int64, TimeEntry>.Index] = []
        for id in state.dayEntryIDs {
            guard let place = all.index(forKey: id) else { continue }
            ids.append(id)
            places.append(place)
        }
        let clock = EntryClock(format: state.timeFormat, zone: state.timeZone, day: state.day)
        let query = state.filterQuery(for: .entries)
        // The time and duration texts of every row decide the two `.fit` columns' widths (so they
        // do not jump while scrolling); the rest of a row, these texts too, is built only when it
        // shows. A day can hold hundreds of entries, so each row is measured from the fields it
        // needs, without joining its time range into one text, and the durations by the longest
        // (`H:MM:SS` is never narrower for more seconds).
        let time = { (start: Date, stop: Date?) in (clock.time(start), stop.map(clock.time) ?? "now") }
        var timeWidth = DisplayWidth.of("Time")
        var longest = 0
        for place in places {
            let (from, to) = time(all.values[place].start, all.values[place].stop)
            timeWidth = max(timeWidth, timeRangeWidth(from, to))
            longest = max(longest, state.seconds(of: all.values[place]))
        }
        let durationWidth = max(DisplayWidth.of("Duration"), places.isEmpty ? 0 : DisplayWidth.of(EntryClock.duration(longest)))
        var columns: [TableView.Column] = [
            TableView.Column("Time", width: .fixed(timeWidth)),
            TableView.Column("Duration", width: .fixed(durationWidth), alignment: .right),
            TableView.Column("Description", width: .fill(3)),
            TableView.Column("Project", width: .fill(2)),
        ]
        if !compact { columns.append(TableView.Column("Tags", width: .fill(1))) }
        let row = { (index: Int) -> TableView.Row in
            let entry = all.values[places[index]]
            let role: StyleRole = entry.isRunning ? .running : .normal
            let project = entry.projectID.flatMap { state.catalog.projects[$0] }
            // The filter searches "description project"; its matches are marked in both cells.
            let found = PaneView.filterMatches(query, in: [entry.description, project?.name].compactMap { $0 })
            let descriptionMatches = entry.description == nil ? [] : found[0]
            let projectMatches = project == nil ? [] : found[found.count - 1]
            var description: [Span]
            if let text = entry.description, !text.isEmpty {
                description = PaneView.highlighted(text, style: CellStyle(role), matches: descriptionMatches)
            } else {
                description = [Span("(no description)", role: .muted)]
            }
            // A write Toggl refused: marked until the user fixes or discards it.
            if state.failedWrites[entry.id] != nil { description.insert(Span("! ", role: .error), at: 0) }
            let (from, to) = time(entry.start, entry.stop)
            var row: TableView.Row = [
                [Span(timeRange(from, to), role: entry.isRunning ? .running : .muted)],
                [Span(EntryClock.duration(state.seconds(of: entry)), role: role)],
                description,
                project.map { [Span.project("● ", color: $0.color.flatMap(RGBColor.init(hex:)))] + PaneView.highlighted($0.name, style: .normal, matches: projectMatches) }
                    ?? [Span("–", role: .muted)],
            ]
            if !compact { row.append([Span(entry.tags.joined(separator: ", "), role: .muted)]) }
            return row
        }
        let selected = state.selectedIndex(in: .entries, rowIDs: ids)
        let note = ScrollWindow.positionNote(count: ids.count, selected: selected)
        let title = dayTitle(state, edge: rect.width - 2, note: note)
        var inner = PaneView.panel(state, pane: .entries, note: note, titleSuffix: title, in: rect, on: &buffer)
        inner = PaneView.drawFilter(state, pane: .entries, in: inner, on: &buffer)
        let visible = TableView.visibleRows(count: ids.count, selected: selected, height: inner.height)
        TableView(columns: columns, count: ids.count, firstRow: visible.lowerBound, rows: visible.map(row), selected: selected,
                  isFocused: state.focus == .entries, emptyMessage: emptyMessage(state))
            .draw(in: inner, on: &buffer)
    }

    /// `09:05–10:20`: an entry's start and stop (or `now`) as its row shows them.
    static func timeRange(_ from: String, _ to: String) -> String {
        from + "–" + to
    }

    /// The columns of ``timeRange(_:_:)``, without joining the texts when both are printable
    /// ASCII (as the clock writes them): the dash then stands alone as a grapheme, so the
    /// columns add up.
    static func timeRangeWidth(_ from: String, _ to: String) -> Int {
        guard isPrintableASCII(from), isPrintableASCII(to) else { return DisplayWidth.of(timeRange(from, to)) }
        return from.utf8.count + timeRangeDashWidth + to.utf8.count
    }

    private static let timeRangeDashWidth = DisplayWidth.of("–")

    private static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    static func emptyMessage(_ state: AppState) -> String {
        if !state.pendingFetches.isEmpty { return "Loading…" }
        if state.filterQuery(for: .entries).map({ !$0.isEmpty }) ?? false { return "No entries match the filter" }
        guard state.day == state.today else { return "Nothing tracked on this day" }
        let hints = PaneView.hints([(.start, "starts a timer"), (.addEntry, "adds a finished entry")], separator: ", ", in: state)
        return "Nothing tracked today yet" + (hints.isEmpty ? "" : " — " + hints.plainText)
    }

    static func drawWeek(_ state: AppState, in rect: Rect, usesColor: Bool = true, on buffer: inout ScreenBuffer) {
        let summary = state.weekSummary
        let first = summary.firstDay
        let title = " · week of \(state.timeFormat.day(first)) · " + TimeFormat.shortDuration(summary.totalSeconds)
        let note = PaneView.key(for: .toggleSummary, in: state).map { "\($0) day view" }
        let inner = PaneView.panel(state, pane: .entries, note: note, titleSuffix: title, in: rect, on: &buffer)
        guard inner.height > 2 else { return }
        // Day totals on one line; where that is too narrow, on two (the first four days, then the rest).
        let days = summary.dailySeconds.enumerated().map { offset, seconds -> [Span] in
            let day = first.adding(days: offset)
            let role: StyleRole = day == state.day ? .focus : .muted
            return [Span("\(TitleBarView.weekdayName(day.weekday)) ", role: role),
                    Span(TimeFormat.shortDuration(seconds) + "   ", role: seconds > 0 ? .normal : .muted)]
        }
        let gap = 3
        let width = days.joined().reduce(0) { $0 + DisplayWidth.of($1.text) } - gap
        let rows = width <= inner.width - 1 ? [days[...]] : [days.prefix(4), days.dropFirst(4)]
        for (row, line) in rows.enumerated() {
            buffer.write(Array(line.joined()), x: inner.x + 1, y: inner.y + row, width: inner.width - 1)
        }
        // The day bars, where the pane is tall enough to keep the tables readable below them.
        let chartHeight = inner.height >= 16 ? min(10, inner.height / 2) : inner.height >= 12 ? 5 : 0
        if chartHeight > 0 {
            let chart = Rect(x: inner.x + 1, y: inner.y + rows.count, width: inner.width - 2, height: chartHeight)
            WeekChartView.drawDays(summary, state, usesColor: usesColor, in: chart, on: &buffer)
        }
        let top = inner.y + max(2, rows.count + chartHeight + (chartHeight > 0 ? 1 : 0))
        // Each goal's bar at the bottom, where the tables keep a few rows.
        let progress = state.goalProgress
        let goalRows = progress.isEmpty || inner.maxY - top < progress.count + 6 ? 0 : min(progress.count, 6)
        let titleWidth = min(40, progress.prefix(goalRows).map { DisplayWidth.of($0.goal.title) }.max() ?? 0)
        for (row, item) in progress.prefix(goalRows).enumerated() {
            buffer.write(WeekChartView.goalLine(item, state, titleWidth: titleWidth), x: inner.x + 1, y: inner.maxY - goalRows + row,
                         width: inner.width - 2)
        }
        let body = Rect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top - goalRows - (goalRows > 0 ? 1 : 0))
        let halves = Layout.horizontal([.fill(1), .fill(1)]).split(body)
        let glyphs = WeekChartView.glyphs(state)
        drawSummaryTable("By project", summary.byProject, total: summary.totalSeconds, glyphs: glyphs, in: halves[0], on: &buffer)
        drawSummaryTable("By client", summary.byClient, total: summary.totalSeconds, glyphs: glyphs, in: halves[1], on: &buffer)
    }

    static func drawSummaryTable(_ title: String, _ lines: [WeekSummary.Line], total: Int, glyphs: ChartGlyphs = .unicode, in rect: Rect,
                                 on buffer: inout ScreenBuffer) {
        // Share bars where a name keeps room beside them, against the largest line (the
        // percentage says the share of the week).
        let withBars = rect.width >= 40
        let largest = max(1, lines.map(\.seconds).max() ?? 1)
        let rows: [TableView.Row] = lines.map { line in
            let share = total > 0 ? Int((Double(line.seconds) / Double(total) * 100).rounded(.down)) : 0
            let color = line.color.flatMap(RGBColor.init(hex:))
            let name: [Span] = line.color.map { _ in [Span.project("● ", color: color), Span(line.name)] } ?? [Span(line.name)]
            let bar = WeekChartView.shareBar(Double(line.seconds) / Double(largest), width: 8, glyphs: glyphs)
            let barSpan = color.map { Span.project(bar, color: $0) } ?? Span(bar, role: .muted)
            return [name, [Span(TimeFormat.shortDuration(line.seconds))]] + (withBars ? [[barSpan]] : []) + [[Span("\(share)%", role: .muted)]]
        }
        TableView(columns: [TableView.Column(title, width: .fill(1)), TableView.Column("Time", width: .fit, alignment: .right)]
                    + (withBars ? [TableView.Column("", width: .fixed(8))] : []) + [TableView.Column("", width: .fixed(4), alignment: .right)],
                  rows: rows, selected: nil, isFocused: false, emptyMessage: "Nothing tracked this week")
            .draw(in: Rect(x: rect.x + 1, y: rect.y, width: max(0, rect.width - 2), height: rect.height), on: &buffer)
    }
}
