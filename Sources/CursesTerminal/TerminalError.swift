/// Why the terminal could not be taken over.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// stdin or stdout (or the descriptors given) is not a TTY; the caller exits with status 2.
    case notATerminal
    /// curses has no terminfo entry for the terminal type (`$TERM` when nil).
    case unknownTerminalType(String?)
    /// The terminal type has no cursor addressing (e.g. `TERM=dumb`): nothing could be drawn.
    case cannotMoveCursor(String?)
    /// A system call failed (opening a pseudo-terminal, duplicating a descriptor).
    case systemCall(String, errno: Int32)

    public var description: String {
        switch self {
        case .notATerminal:
            return "toggl-tui needs an interactive terminal (stdin and stdout must be a TTY)."
        case .unknownTerminalType(let type):
            return "toggl-tui cannot drive this terminal (TERM=\(type ?? "unset")); try TERM=xterm-256color."
        case .cannotMoveCursor(let type):
            return "toggl-tui cannot draw on this terminal (TERM=\(type ?? "unset") cannot move the cursor); try TERM=xterm-256color."
        case .systemCall(let name, let errno):
            return "\(name) failed (errno \(errno))."
        }
    }
}
