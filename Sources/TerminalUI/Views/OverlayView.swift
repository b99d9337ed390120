import TrackerCore

/// Whatever is open over the panes: help, a confirmation, a prompt, or the entry editor.
enum OverlayView {
    static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
        guard let overlay = state.overlay else { return }
        switch overlay {
        case .help:
            let groups = KeyBinding.Group.allCases.map { group in
                (group: group.rawValue,
                 bindings: state.settings.keymap.bindings.filter { $0.group == group }.map { (keys: $0.keysDescription, help: $0.help) })
            }
            _ = HelpOverlay(title: "Keys", groups: groups + [(group: "Always", bindings: [(keys: "ctrl+c", help: "quit")])])
                .draw(in: area, on: &buffer)
        case .confirm(let dialog):
            _ = Dialog(title: dialog.title, message: [dialog.message],
                       choices: [HelpBar.Item("y", "yes"), HelpBar.Item("n", "no")]).draw(in: area, on: &buffer)
        case .prompt(let prompt):
            let box = area.centered(width: min(56, area.width - 2), height: 5)
            let inner = Panel(title: prompt.title, isFocused: true, background: .dialog).draw(in: box, on: &buffer)
            guard inner.height >= 3 else { return }
            TextField(label: "Name ", text: prompt.editor.text, cursor: prompt.editor.cursor, placeholder: "type a name", isFocused: true)
                .draw(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 1), on: &buffer)
            HelpBar([HelpBar.Item("enter", "create"), HelpBar.Item("esc", "cancel")])
                .draw(in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1), on: &buffer)
        case .editor(let editor):
            EditorView.draw(state, editor, in: area, on: &buffer)
        }
    }
}
