import TogglModels
import TrackerCore

/// The fuzzy picker over the editor: a query line and the ranked candidates, matches marked.
enum PickerView {
    static func draw(_ state: AppState, _ editor: EntryEditor, _ picker: Picker, in area: Rect, on buffer: inout ScreenBuffer) {
        let candidates = state.pickerCandidates(for: picker, in: editor)
        let box = area.centered(width: min(64, area.width - 4), height: min(18, area.height - 2))
        let inner = Panel(title: picker.title, note: "\(candidates.count)", isFocused: true, background: .dialog).draw(in: box, on: &buffer)
        guard inner.height > 2 else { return }
        TextField(label: "› ", text: picker.query.text, cursor: picker.query.cursor, placeholder: "type to search", isFocused: true)
            .draw(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 1), on: &buffer)
        let selected = candidates.isEmpty ? nil : min(picker.highlighted, candidates.count - 1)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        // Only the rows that show are built: the project picker can offer thousands.
        let visible = ListView.visibleRows(count: candidates.count, selected: selected, height: list.height)
        var matches: [Set<Int>] = []
        let rows: [[Span]] = candidates[visible].map { candidate in
            var row: [Span] = []
            var prefix = 0
            if picker.kind == .tags {
                let chosen: Bool
                switch candidate.value {
                case .tag(let name), .newTag(let name): chosen = picker.chosenTags.contains(name)
                default: chosen = false
                }
                row.append(Span(chosen ? "[x] " : "[ ] ", role: .focus))
                prefix = 4
            } else if let color = candidate.color {
                row.append(Span.project("● ", color: RGBColor(hex: color)))
                prefix = 2
            }
            row.append(Span(candidate.title, role: candidate.value == .none ? .muted : .dialog))
            if let detail = candidate.detail { row.append(Span("  " + detail, role: .muted)) }
            matches.append(Set(candidate.matchedPositions.map { $0 + prefix }))
            return row
        }
        let empty = picker.kind == .tags ? "Type a name to create a tag" : "No matches"
        ListView(count: candidates.count, firstRow: visible.lowerBound, rows: rows, selected: selected, isFocused: true,
                 emptyMessage: empty, matches: matches)
            .draw(in: list, on: &buffer)
    }
}
