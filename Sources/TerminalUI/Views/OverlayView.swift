import TrackerCore

/// Whatever is open over the panes: help, a confirmation, a prompt, or the entry editor.
enum OverlayView {
    static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
        guard let overlay = state.overlay else { return }
        switch overlay {
        case .help:
            _ = HelpOverlay(title: "Keys", groups: helpGroups(state.settings.keymap)).draw(in: area, on: &buffer)
        case .confirm(let dialog):
            _ = Dialog(title: dialog.title, message: [dialog.message],
                       choices: [HelpBar.Item("y", "yes"), HelpBar.Item("n", "no")]).draw(in: area, on: &buffer)
        case .prompt(let prompt):
            let box = area.centered(width: min(56, area.width - 2), height: 5)
            let inner = Panel(title: prompt.title, isFocused: true, background: .dialog).draw(in: box, on: &buffer)
            guard inner.height >= 3 else { return }
            TextField(label: prompt.label, text: prompt.editor.text, cursor: prompt.editor.cursor, placeholder: prompt.placeholder, isFocused: true)
                .draw(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 1), on: &buffer)
            if let problem = prompt.problem {
                buffer.write([Span(problem, role: .error)], x: inner.x + 1, y: inner.y + 1, width: inner.width - 2)
            }
            HelpBar([HelpBar.Item("enter", prompt.submitWord), HelpBar.Item("esc", "cancel")])
                .draw(in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1), on: &buffer)
        case .editor(let editor):
            EditorView.draw(state, editor, in: area, on: &buffer)
        case .away(let dialog):
            AwayView.draw(state, dialog, in: area, on: &buffer)
        }
    }

    /// The keymap's groups for the `?` overlay. Ctrl-C, which always quits and is not in the
    /// keymap, is listed with quit rather than in a group of its own, so the overlay fits 80×24.
    static func helpGroups(_ keymap: Keymap) -> [(group: String, bindings: [(keys: String, help: String)])] {
        KeyBinding.Group.allCases.map { group in
            (group: group.rawValue,
             bindings: keymap.bindings.filter { $0.group == group }.map { binding in
                 var keys = binding.keys.map(\.description)
                 if binding.action == .quit, !binding.keys.contains(.ctrl("c")) { keys.append("ctrl+c") }
                 return (keys: keys.joined(separator: "/"), help: binding.help)
             })
        }
    }
}
