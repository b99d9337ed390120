import TrackerCore

/// Something the terminal reports: a key, or a new size.
public enum TerminalEvent: Sendable, Hashable {
    case key(KeyEvent)
    case resize(Size)
}
