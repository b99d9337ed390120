import TrackerCore

/// What every pane shares: a numbered, focus-aware panel, and the list body with its filter.
enum PaneView {
    /// The panel of a pane: `1 Workspaces`, focused border when it has the keys, a note on the
    /// right (position, or the filter). Returns the inner area.
    static func panel(_ state: AppState, pane: Pane, note: String?, titleSuffix: String? = nil, in rect: Rect, on buffer: inout ScreenBuffer) -> Rect {
        Panel(title: "\(pane.rawValue) \(pane.title)" + (titleSuffix ?? ""), note: note, isFocused: state.focus == pane && state.overlay == nil)
            .draw(in: rect, on: &buffer)
    }

    /// A list pane: its panel, the filter line when one is set or being typed, and the rows.
    /// `ids` are the pane's row ids (``AppState/rowIDs(in:)``); `row` builds one row and its
    /// matched characters, and is called only for the rows that show.
    static func drawList(
        _ state: AppState, pane: Pane, ids: [Int64], emptyMessage: String, titleSuffix: String? = nil,
        in rect: Rect, on buffer: inout ScreenBuffer, row: (Int) -> (spans: [Span], matches: Set<Int>)
    ) {
        let selected = state.selectedIndex(in: pane, rowIDs: ids)
        let note = ScrollWindow.positionNote(count: ids.count, selected: selected)
        var inner = panel(state, pane: pane, note: note, titleSuffix: titleSuffix, in: rect, on: &buffer)
        inner = drawFilter(state, pane: pane, in: inner, on: &buffer)
        let visible = ListView.visibleRows(count: ids.count, selected: selected, height: inner.height)
        let rows = visible.map(row)
        ListView(count: ids.count, firstRow: visible.lowerBound, rows: rows.map(\.spans), selected: selected,
                 isFocused: state.focus == pane, emptyMessage: emptyMessage, matches: rows.map(\.matches))
            .draw(in: inner, on: &buffer)
    }

    /// Draws the pane's filter on the last inner row (editable while typed) and returns the rest.
    static func drawFilter(_ state: AppState, pane: Pane, in inner: Rect, on buffer: inout ScreenBuffer) -> Rect {
        let editing = state.focus == pane ? state.filterEditor : nil
        guard inner.height > 1, editing != nil || state.filters[pane] != nil else { return inner }
        let row = Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1)
        if let editing {
            TextField(label: "/", text: editing.text, cursor: editing.cursor, placeholder: "filter", isFocused: true).draw(in: row, on: &buffer)
        } else if let kept = state.filters[pane] {
            buffer.write([Span("/", role: .key), Span(kept, role: .match), Span("  esc clears", role: .muted)], x: row.x, y: row.y, width: row.width)
        }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
    }

    /// How the keymap spells the first key bound to an action (`s`), nil when none is bound,
    /// so hints follow the config file's `[keys]`.
    static func key(for action: AppAction, in state: AppState) -> String? {
        state.settings.keymap.binding(for: action)?.keys.first?.description
    }

    /// Key hints such as `s start  c continue`: each bound action's key and its words, muted,
    /// joined by `separator`; actions with no key are left out.
    static func hints(_ hints: [(action: AppAction, words: String)], separator: String, in state: AppState) -> [Span] {
        var spans: [Span] = []
        for hint in hints {
            guard let key = key(for: hint.action, in: state) else { continue }
            if !spans.isEmpty { spans.append(Span(separator, role: .muted)) }
            spans += [Span(key, role: .key), Span(" " + hint.words, role: .muted)]
        }
        return spans
    }

    /// Where a `/` filter matched, per part: TrackerCore filters a row by its parts joined with
    /// single spaces (a project by its name and client, an entry by its description and
    /// project), so the match is found in that text and its positions handed back to the part
    /// they fell in, as grapheme offsets into that part. No filter or no match gives empty sets.
    static func filterMatches(_ query: String?, in parts: [String]) -> [Set<Int>] {
        var result = parts.map { _ in Set<Int>() }
        guard let query, !query.isEmpty, let match = FuzzyMatcher.match(query, in: parts.joined(separator: " ")) else { return result }
        var start = 0
        for (index, part) in parts.enumerated() {
            let end = start + part.count
            for position in match.positions where position >= start && position < end { result[index].insert(position - start) }
            start = end + 1
        }
        return result
    }

    /// A text as spans in one style, with the characters at `matches` in ``StyleRole/match``.
    static func highlighted(_ text: String, style: CellStyle, matches: Set<Int>) -> [Span] {
        guard !matches.isEmpty else { return [Span(text, style: style)] }
        var spans: [Span] = []
        for (offset, character) in text.enumerated() {
            let matched = matches.contains(offset)
            let characterStyle = matched ? CellStyle(.match, bold: style.bold, underline: style.underline) : style
            if let last = spans.last, last.style == characterStyle {
                spans[spans.count - 1].text.append(character)
            } else {
                spans.append(Span(String(character), style: characterStyle))
            }
        }
        return spans
    }
}
