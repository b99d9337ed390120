#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TrackerStore

/// What a full `status` answer was made from, besides the moment: the environment variables
/// the command line reads and the files it read (config, credentials, the system's zone, the
/// account map, the store and the journal). While both are as they were, the full path would
/// gather, configure and print exactly the same — so the ``StatusCard`` may answer instead.
///
/// Files are compared by ``StoreWatcher`` stamps (device, inode, size and times to the
/// nanosecond; a missing file is a state too, so one appearing counts as a change). The
/// variables by a SHA-256 of their names and values: the card never holds a token.
public struct StatusInputs: Codable, Sendable, Equatable {
    /// The variables that shape `status`'s answer: which account (the token), where files are,
    /// and the system's time zone. Every `TOGGL_*` variable counts too.
    public static let variables = ["HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "TZ"]
    /// The prefix of toggl-tui's own variables.
    public static let variablePrefix = "TOGGL_"

    /// The SHA-256 (hex) of the variables in ``variables`` or with ``variablePrefix`` that are set.
    public var environmentDigest: String
    /// The files, as they were before they were read.
    public var files: StoreWatcher.Stamp
    /// The files' paths (the stamp's keys, in the order given).
    public var paths: [String]

    /// Takes the inputs now: call it before reading any of `paths`, so a change made while they
    /// are read shows as a change next time.
    public static func take(environment: [String: String], paths: [String]) -> StatusInputs {
        StatusInputs(environmentDigest: digest(of: environment), files: StoreWatcher(paths: paths).stamp(), paths: paths)
    }

    /// Whether `environment` and the files are still as they were when these were taken.
    public func hold(in environment: [String: String]) -> Bool {
        Self.digest(of: environment) == environmentDigest && !StoreWatcher(paths: paths).hasChanged(since: files)
    }

    /// The digest of the variables that count, sorted by name.
    static func digest(of environment: [String: String]) -> String {
        let counted = environment.filter { variables.contains($0.key) || $0.key.hasPrefix(variablePrefix) }
        var text = ""
        for (name, value) in counted.sorted(by: { $0.key < $1.key }) {
            text += "\(name)=\(value)\u{0}"
        }
        return SHA256.hexDigest(text)
    }
}
