/// What is drawn over the panes and takes the keys while open. Esc closes any of them and
/// never quits the app.
public enum Overlay: Sendable, Hashable {
    case help
    case confirm(ConfirmDialog)
    case prompt(TextPrompt)
    case editor(EntryEditor)
    /// The machine slept or the session was idle while a timer ran: what to do with the away time.
    case away(AwayDialog)
}
