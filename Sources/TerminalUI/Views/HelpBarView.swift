import TrackerCore

/// The bottom line: the keys that matter right now, from the keymap (or the open dialog).
enum HelpBarView {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        HelpBar(items(for: state)).draw(in: rect, on: &buffer)
    }

    static func items(for state: AppState) -> [HelpBar.Item] {
        if let overlay = state.overlay {
            switch overlay {
            case .help: return [HelpBar.Item("esc", "close")]
            case .confirm: return [HelpBar.Item("y", "yes"), HelpBar.Item("n", "no")]
            case .prompt: return [HelpBar.Item("enter", "create"), HelpBar.Item("esc", "cancel")]
            case .editor(let editor):
                if editor.picker != nil {
                    var items = [HelpBar.Item("↑↓", "choose"), HelpBar.Item("enter", "pick"), HelpBar.Item("esc", "back")]
                    if editor.picker?.kind == .tags { items.insert(HelpBar.Item("space", "toggle"), at: 1) }
                    return items
                }
                return [HelpBar.Item("tab", "next field"), HelpBar.Item("enter", editorEnterHelp(editor)),
                        HelpBar.Item("ctrl+s", "save"), HelpBar.Item("esc", "cancel")]
            }
        }
        if state.filterEditor != nil {
            return [HelpBar.Item("enter", "keep filter"), HelpBar.Item("esc", "clear"), HelpBar.Item("↑↓", "move")]
        }
        return state.settings.keymap.bindings.filter(\.inHelpBar).map { binding in
            HelpBar.Item(binding.keys.first?.description ?? "", binding.help)
        }
    }

    static func editorEnterHelp(_ editor: EntryEditor) -> String {
        switch editor.focus {
        case .project, .task, .tags: return "pick"
        case .billable: return "toggle"
        default:
            switch editor.mode {
            case .start: return "start"
            case .add: return "add"
            case .edit: return "save"
            }
        }
    }
}
