import Foundation

/// Standard error as a `TextOutputStream`, for messages that are not the program's output.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
