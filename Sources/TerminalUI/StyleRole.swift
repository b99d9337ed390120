/// What a piece of the screen means. The theme maps roles to colours and attributes, so views
/// say what something is, never which colour it has; snapshot tests record roles.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case normal
    /// Secondary text: totals, hints, ids, empty states.
    case muted
    /// Pane titles and column headers.
    case title
    /// A pane's border.
    case border
    /// The focused pane's border and title.
    case focus
    /// The selected row of the focused list.
    case selection
    /// The selected row of a list that does not have focus.
    case selectionInactive
    /// The running timer and running entries.
    case running
    /// A timer that has run suspiciously long.
    case warning
    /// Errors in the status line and dialogs.
    case error
    /// Success messages.
    case success
    /// Key names in the help bar and help overlay.
    case key
    /// The status line's background.
    case statusBar
    /// Overlays: dialogs, prompts, pickers.
    case dialog
    /// A text input's field and cursor.
    case input
    /// Characters of a list item that matched the filter or picker query.
    case match
    /// A project's own colour (the cell's `color` says which).
    case project
}
