#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels

/// How the command line writes and reads a time entry's id. An entry made here and not yet sent
/// has a negative local id, which a shell would take for an option: it is written
/// `local-1796432081044` and read back in that spelling (and as `-1796432081044` after `--`),
/// so an id printed for an unsent entry is accepted by the next command.
public enum EntryReference {
    /// The prefix of an unsent entry's id.
    public static let localPrefix = "local-"

    /// `3700000182`, or `local-1796432081044` for an unsent entry.
    public static func text(_ id: Int64) -> String {
        id < 0 ? localPrefix + String(id.magnitude) : String(id)
    }

    /// The id `text` names (`3700000182`, `local-1796432081044`, `-1796432081044`); nil when it
    /// is not an id.
    public static func id(_ text: String) -> Int64? {
        let trimmed = TextBasics.trimmingSpaces(text)
        if trimmed.hasPrefix(localPrefix) {
            guard let magnitude = Int64(trimmed.dropFirst(localPrefix.count)), magnitude > 0 else { return nil }
            return -magnitude
        }
        return Int64(trimmed)
    }
}
