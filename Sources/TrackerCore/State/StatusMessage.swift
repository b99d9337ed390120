#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The message in the status line and how loudly to say it.
public struct StatusMessage: Sendable, Hashable {
    public enum Level: Sendable, Hashable { case info, success, warning, error }

    public var text: String
    public var level: Level
    /// When an info or success message fades (errors stay until the next key).
    public var expiresAt: Date?

    public init(_ text: String, level: Level = .info, expiresAt: Date? = nil) {
        self.text = text
        self.level = level
        self.expiresAt = expiresAt
    }
}
