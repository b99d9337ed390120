import TogglModels
import TrackerCore

/// The entry editor dialog: one row per field, description suggestions under the description,
/// a problem line, and the picker drawn over it when open.
enum EditorView {
    static func draw(_ state: AppState, _ editor: EntryEditor, in area: Rect, on buffer: inout ScreenBuffer) {
        let suggestions = editor.focus == .description ? state.descriptionSuggestions(for: editor.description.text) : []
        let width = min(76, area.width - 2)
        // The problem is wrapped (it says how to fix it; cutting it short loses the examples).
        let problemLines = editor.problem.map { TextLayout.wrap($0, width: max(1, width - 4)) } ?? []
        let height = 2 + editor.fields.count + suggestions.count + (problemLines.isEmpty ? 0 : 1 + problemLines.count) + 2
        let box = area.centered(width: width, height: min(height, area.height))
        let inner = Panel(title: editor.title, isFocused: editor.picker == nil, background: .dialog).draw(in: box, on: &buffer)
        guard inner.height > 0, inner.width > 16 else { return }
        let labelWidth = 13
        var y = inner.y
        for field in editor.fields {
            guard y < inner.maxY - 1 else { break }
            let focused = editor.focus == field && editor.picker == nil
            buffer.write(field.label, x: inner.x + 1, y: y, style: CellStyle(focused ? .focus : .muted, bold: focused), maxWidth: labelWidth)
            let valueRect = Rect(x: inner.x + 1 + labelWidth, y: y, width: inner.width - labelWidth - 2, height: 1)
            drawValue(state, editor, field: field, focused: focused, in: valueRect, on: &buffer)
            y += 1
            if field == .description {
                for (index, entry) in suggestions.enumerated() where y < inner.maxY - 1 {
                    let chosen = editor.suggestion == index
                    var line: [Span] = [Span(chosen ? "▸ " : "  ", role: .focus), Span(entry.description ?? "", role: chosen ? .selection : .dialog)]
                    if let project = entry.projectID.flatMap({ state.catalog.projects[$0] }) {
                        line.append(Span("  " + project.name, role: .muted))
                    }
                    buffer.write(line, x: valueRect.x, y: y, width: valueRect.width)
                    y += 1
                }
            }
        }
        for (offset, line) in problemLines.enumerated() where y + 1 + offset < inner.maxY - 1 {
            buffer.write([Span(line, role: .error)], x: inner.x + 1, y: y + 1 + offset, width: inner.width - 2)
        }
        HelpBarView.bar(for: state).draw(in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1), on: &buffer)
        if let picker = editor.picker {
            PickerView.draw(state, editor, picker, in: area, on: &buffer)
        }
    }

    static func drawValue(_ state: AppState, _ editor: EntryEditor, field: EntryEditor.Field, focused: Bool, in rect: Rect, on buffer: inout ScreenBuffer) {
        let text: LineEditor?
        switch field {
        case .description: text = editor.description
        case .start: text = editor.start
        case .stop: text = editor.stop
        default: text = nil
        }
        if let text {
            let placeholder = field == .description ? "what are you working on?" : "e.g. 9:30 or 2:10 PM"
            TextField(text: text.text, cursor: text.cursor, placeholder: placeholder, isFocused: focused).draw(in: rect, on: &buffer)
            return
        }
        var spans: [Span]
        switch field {
        case .project:
            if let project = editor.projectID.flatMap({ state.catalog.projects[$0] }) {
                spans = [Span.project("● ", color: project.color.flatMap(RGBColor.init(hex:))), Span(project.name, role: .dialog)]
                if let client = project.clientID.flatMap({ state.catalog.clients[$0]?.name }) { spans.append(Span(" · " + client, role: .muted)) }
            } else {
                spans = [Span("no project", role: .muted)]
            }
        case .task:
            spans = [editor.taskID.flatMap { state.catalog.tasks[$0]?.name }.map { Span($0, role: .dialog) } ?? Span("no task", role: .muted)]
        case .tags:
            spans = [editor.tags.isEmpty ? Span("no tags", role: .muted) : Span(editor.tags.joined(separator: ", "), role: .dialog)]
        case .billable:
            spans = [Span(editor.billable ? "[x] billable" : "[ ] not billable", role: .dialog)]
        default:
            spans = []
        }
        if focused {
            spans.append(Span(field == .billable ? "  space toggles" : "  enter picks", role: .muted))
        }
        buffer.write(spans, x: rect.x, y: rect.y, width: rect.width)
        if focused { buffer.setStyle(CellStyle(.selection), in: Rect(x: rect.x, y: rect.y, width: min(rect.width, spans.width), height: 1)) }
    }
}
