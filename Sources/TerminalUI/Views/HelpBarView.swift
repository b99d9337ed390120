import TrackerCore

/// The bottom line: the keys that matter right now, from the keymap (or the open dialog).
enum HelpBarView {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        bar(for: state).draw(in: rect, on: &buffer)
    }

    /// The line for the state. On the main screen the help key comes last (`? help`) and is
    /// what a cut-short line ends with (`? more`), spelled as the keymap binds it. In dialogs
    /// and while typing a filter `?` is not the help key, so a cut-short line ends with the way
    /// out (`esc cancel`) instead.
    static func bar(for state: AppState) -> HelpBar {
        let items = items(for: state)
        guard state.overlay == nil, state.filterEditor == nil else {
            return HelpBar(items, more: items.first { $0.key == "esc" } ?? items.last ?? HelpBar.Item("esc", "back"))
        }
        guard let help = state.settings.keymap.binding(for: .help), let key = help.keys.first else {
            return HelpBar(items, more: items.last ?? HelpBar.Item("ctrl+c", "quit"))
        }
        return HelpBar(items, more: HelpBar.Item(key.description, "more"))
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
                        HelpBar.Item("ctrl+s", submitVerb(editor)), HelpBar.Item("esc", "cancel")]
            case .away:
                return AwayDialog.Choice.allCases.map { HelpBar.Item(String($0.rawValue), AwayView.shortHelp($0)) }
            }
        }
        if state.filterEditor != nil {
            return [HelpBar.Item("enter", "keep filter"), HelpBar.Item("esc", "clear"), HelpBar.Item("↑↓", "move")]
        }
        // What you do most comes first; the help key goes last, so a line cut short ends with
        // it as `? more`.
        let shown = state.settings.keymap.bindings.filter(\.inHelpBar)
        let ordered = shown.sorted { barRank($0.action) < barRank($1.action) }
        return ordered.compactMap { binding in
            binding.keys.first.map { HelpBar.Item($0.description, binding.barLabel ?? binding.help) }
        }
    }

    /// The help bar's order: timer and entry actions, then moving about, then quit and help.
    static func barRank(_ action: AppAction) -> Int {
        let order: [AppAction] = [.start, .stop, .continueEntry, .addEntry, .edit, .delete, .filter, .nextPane, .quit, .help]
        return order.firstIndex(of: action) ?? order.count - 2
    }

    static func editorEnterHelp(_ editor: EntryEditor) -> String {
        switch editor.focus {
        case .project, .task, .tags: return "pick"
        case .billable: return "toggle"
        default: return submitVerb(editor)
        }
    }

    /// What submitting the editor does: `start`, `add` or `save` (Ctrl-S from any field).
    static func submitVerb(_ editor: EntryEditor) -> String {
        switch editor.mode {
        case .start: return "start"
        case .add: return "add"
        case .edit: return "save"
        }
    }
}
