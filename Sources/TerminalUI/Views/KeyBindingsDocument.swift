import TrackerCore

/// KEYBINDINGS.md, written from a keymap: how to rebind keys, one table per
/// ``KeyBinding/Group``, then the keys inside the entry editor, pickers, prompts, filters and
/// text fields. Pure: it returns the text; `KeyBindingsDocumentTests` keeps the file in the
/// repository equal to it.
public enum KeyBindingsDocument {
    /// One row of a table about the keys inside a dialog or field: the keys, and what they do.
    public struct Row: Sendable, Hashable {
        public var keys: [String]
        public var meaning: String

        public init(_ keys: [String], _ meaning: String) {
            self.keys = keys
            self.meaning = meaning
        }
    }

    /// The whole page for a keymap.
    public static func markdown(for keymap: Keymap) -> String {
        var lines: [String] = [
            "# Key bindings",
            "",
            "<!-- Generated from the keymap by KeyBindingsDocument.markdown(for:); "
                + "regenerate with UPDATE_KEYBINDINGS=1 swift test --filter KeyBindingsDocumentTests. -->",
            "",
            "toggl-tui is driven from the keyboard. Every key in the tables below can be rebound in "
                + "`~/.config/toggl-tui/config`, under `[keys]`: one line per action, its name from the "
                + "Action column (the `AppAction` raw values) and a comma-separated list of keys, e.g. "
                + "`start = s, ctrl+n`. A key given to one action is taken away from any other. Keys are "
                + "spelled as in the tables: a character (`s`, `G`, `?`), `ctrl+` and `alt+` chords, `enter`, "
                + "`esc`, `tab`, `shift+tab`, `space`, `backspace`, `up`, `down`, `left`, `right`, `home`, "
                + "`end`, `pgup`, `pgdn`, `f1`–`f12`. Ctrl-C always quits, from anywhere, and cannot be "
                + "rebound; Esc backs out of dialogs, pickers and filters and never quits. Actions marked "
                + "\"(asks first)\" destroy data and ask for confirmation.",
        ]
        for group in KeyBinding.Group.allCases {
            let bindings = keymap.bindings.filter { $0.group == group }
            guard !bindings.isEmpty || group == .general else { continue }
            lines += ["", "## \(group.rawValue)", "", "| Keys | Action | What it does |", "|---|---|---|"]
            for binding in bindings {
                let keys = binding.keys.isEmpty ? "(none)" : binding.keys.map { code($0.description) }.joined(separator: ", ")
                let meaning = sentence(binding.help) + (binding.isDestructive ? " (asks first)" : "")
                lines.append("| \(cell(keys)) | \(code(binding.action.rawValue)) | \(cell(meaning)) |")
            }
            if group == .general {
                lines.append("| \(code(KeyEvent.ctrl("c").description)) | – | Quit, from anywhere (cannot be rebound) |")
            }
            if let key = bindings.first(where: { $0.action == .activate })?.keys.first {
                lines += ["", "\(code(key.description)) acts on the selection: on a workspace it switches to it, on a client it "
                    + "narrows the projects to that client, on a project it starts a timer on it, on a time entry it "
                    + "continues it, and on the timer it opens the editor (the running entry's, or a new one)."]
            }
        }
        lines += ["", "## Inside dialogs and text fields", "",
                  "These keys are fixed. Keys the dialogs do not use are ignored; in text fields, printable "
                      + "characters are typed."]
        for section in dialogSections {
            lines += ["", "### \(section.title)", ""]
            if let note = section.note { lines += [note, ""] }
            lines += ["| Keys | What they do |", "|---|---|"]
            for row in section.rows {
                lines.append("| \(cell(row.keys.map(code).joined(separator: ", "))) | \(cell(row.meaning)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The keys every one-line text field takes (TrackerCore's `LineEditor`): the description,
    /// the start and stop times, names, picker queries and `/` filters.
    public static let lineEditing: [Row] = [
        Row(["left", "right"], "Move the cursor one character"),
        Row(["home", "ctrl+a"], "Go to the start of the line"),
        Row(["end", "ctrl+e"], "Go to the end of the line"),
        Row(["backspace", "ctrl+h"], "Delete the character before the cursor"),
        Row(["delete"], "Delete the character under the cursor"),
        Row(["ctrl+u"], "Delete everything before the cursor"),
        Row(["ctrl+w"], "Delete the word before the cursor"),
        Row(["ctrl+k"], "Delete everything from the cursor on"),
    ]

    /// One `###` section about the keys of a dialog or field.
    struct Section {
        var title: String
        var note: String?
        var rows: [Row]
    }

    /// What the dialogs do with keys, as `AppUpdate+Editor.swift` and `AppUpdate+Keys.swift`
    /// handle them; keep the two in step.
    static let dialogSections: [Section] = [
        Section(title: "Entry editor", note: "Opened by start, add and edit. Its text fields edit as in \"Text fields\" below.", rows: [
            Row(["tab", "down"], "Next field (while description suggestions are shown, down walks them instead)"),
            Row(["shift+tab", "up"], "Previous field (up walks back through the suggestions, then leaves them)"),
            Row(["enter"], "On a highlighted suggestion: take its description, project, task, tags and billable; "
                + "on Project, Task or Tags: open the picker; on Billable: toggle; elsewhere: start, add or save"),
            Row(["ctrl+s"], "Start, add or save, from any field"),
            Row(["space"], "On Billable: toggle; on Project, Task or Tags: open the picker (so does right)"),
            Row(["backspace", "delete"], "On Project, Task or Tags: clear it"),
            Row(["esc"], "Leave the suggestions; else close the editor without saving"),
        ]),
        Section(title: "Project, task and tag pickers", note: "Typing narrows the list (fuzzy, matched letters marked); "
                    + "on Project, Task or Tags, typing a letter opens the picker with it.", rows: [
            Row(["up", "ctrl+p"], "Highlight the row above"),
            Row(["down", "ctrl+n"], "Highlight the row below"),
            Row(["enter"], "Choose the highlighted row (tags: add it and close; a name that is not a tag yet "
                + "creates it with the entry)"),
            Row(["space"], "Tags: toggle the highlighted tag and clear the query"),
            Row(["esc"], "Back to the editor without choosing"),
        ]),
        Section(title: "New client or project", note: nil, rows: [
            Row(["enter"], "Create it (an empty name just closes)"),
            Row(["esc"], "Cancel"),
        ]),
        Section(title: "Confirmation", note: nil, rows: [
            Row(["y", "enter"], "Yes"),
            Row(["n", "esc"], "No"),
        ]),
        Section(title: "Help", note: nil, rows: [
            Row(["esc", "?", "q"], "Close the help"),
        ]),
        Section(title: "Filter", note: "While a `/` filter is typed, the focused list narrows as you type.", rows: [
            Row(["enter"], "Keep the filter (an empty one is dropped)"),
            Row(["esc"], "Drop the filter"),
            Row(["up", "down"], "Keep the filter and move the selection"),
            Row(["esc"], "Back in the list: clear its kept filter; with none, stop narrowing the projects to a client"),
        ]),
        Section(title: "Timeline", note: "While the timeline shows (`timeline`, `v`), a cursor visits the day's entries, gaps and "
                    + "overlaps in time order. These keys come before the keymap there; the keymap's moves, `enter` "
                    + "(gap: fill, overlap: trim, entry: continue), edit, delete and continue act on what the cursor is on; "
                    + "`esc` goes back to the list.",
                rows: TimelineCommand.allCases.map { command in Row(command.keys.map(\.description), sentence(command.help)) }),
        Section(title: "Away dialog", note: "When the machine slept, or the session was idle (as logind tells), for `away_after` "
                    + "minutes (default 10) while a timer ran, "
                    + "the UI asks what to do with the away time; each answer is ordinary journaled writes, undone with `u`.",
                rows: AwayDialog.Choice.allCases.map { choice in Row([String(choice.rawValue)] + (choice == .keep ? ["esc"] : []), sentence(choice.help)) }),
        Section(title: "Text fields", note: nil, rows: lineEditing),
    ]

    /// An inline code span that survives backticks in the text.
    static func code(_ text: String) -> String {
        text.contains("`") ? "`` \(text) ``" : "`\(text)`"
    }

    /// Text made safe for a table cell: `|` escaped, in code spans too.
    static func cell(_ text: String) -> String {
        String(text.flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
    }

    /// The help words with a capital letter.
    static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
