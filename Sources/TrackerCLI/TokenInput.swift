import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `config init` reads the API token when it is not on the command line: standard input
/// when that is a pipe or a file, a prompt with echo off when it is a terminal.
///
/// The seam tests replace (they never touch a real terminal): ``none`` reads nothing,
/// ``fixed(_:)`` answers a given text.
public struct TokenInput: Sendable {
    /// Reads one token, showing `prompt` when a person is asked; nil when there is nothing to read.
    public var read: @Sendable (_ prompt: String) -> String?

    /// An input that reads with `read`.
    public init(read: @escaping @Sendable (_ prompt: String) -> String?) {
        self.read = read
    }

    /// Nothing to read (the default of a ``CLIContext``).
    public static let none = TokenInput { _ in nil }

    /// Always answers `text`.
    public static func fixed(_ text: String) -> TokenInput {
        TokenInput { _ in text }
    }

    /// The process's standard input: a hidden prompt on the terminal (on standard error), or the
    /// first line of a pipe or file.
    public static let standardInput = TokenInput { prompt in
        if isatty(STDIN_FILENO) == 1 { return promptWithoutEcho(prompt) }
        return firstLine(of: STDIN_FILENO)
    }

    /// The first line of what `descriptor` holds (at most 4 KiB, up to a newline or the end),
    /// trimmed; nil when it is empty.
    public static func firstLine(of descriptor: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < 4096 {
            let count = systemRead(descriptor, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1, byte != UInt8(ascii: "\n") else { break }
            bytes.append(byte)
        }
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return line.isEmpty ? nil : line
    }

    /// Asks on the terminal with echo switched off, so the token is not shown nor left on screen.
    static func promptWithoutEcho(_ prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
        if canHide {
            var hidden = saved
            hidden.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden)
        }
        defer {
            if canHide { _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return firstLine(of: STDIN_FILENO)
    }
}

/// `read(2)`, named apart from ``TokenInput/read``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
