import Foundation
import TerminalUI
import TrackerCore

/// Standard error as a `TextOutputStream`, for messages that are not the program's output.
/// Everything written is made terminal-safe first (``TerminalText``): messages carry names and
/// answers from Toggl.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(TerminalText.safe(string, keepingLineBreaks: true).utf8))
    }
}
