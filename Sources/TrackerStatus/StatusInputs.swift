#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TogglModels
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
    /// and the system's time zone and zone database. Every `TOGGL_*` variable counts too.
    public static let variables = ["HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "TZ", "TZDIR"]
    /// The prefix of toggl-tui's own variables.
    public static let variablePrefix = "TOGGL_"

    /// The SHA-256 (hex) of the variables in ``variables`` or with ``variablePrefix`` that are set.
    public var environmentDigest: String
    /// The files, as they were before they were read.
    public var files: StoreWatcher.Stamp
    /// The files' paths (the stamp's keys, in the order given).
    public var paths: [String]

    /// Takes the inputs now: call it before reading any of `paths`, so a change made while they
    /// are read shows as a change next time. Files `earlier` holds keep its stamps: those read
    /// before now (the config, at launch) must carry a stamp from before that read.
    public static func take(environment: [String: String], paths: [String], earlier: StatusInputs? = nil) -> StatusInputs {
        var stamp = StoreWatcher(paths: paths).stamp()
        if let earlier { stamp = stamp.overlaid(with: earlier.files, for: earlier.paths.filter(paths.contains)) }
        return StatusInputs(environmentDigest: digest(of: environment), files: stamp, paths: paths)
    }

    /// The files a program launched with `configPaths` reads before any command runs: its config
    /// and toggl-cli's files, and the system's zone. (Not the account map: a first sync writes
    /// it, and a stamp from before that would make the card it leaves look stale at once.)
    public static func launchPaths(_ configPaths: ConfigPaths) -> [String] {
        [configPaths.configFile] + configPaths.togglrcCandidates + ["/etc/localtime", "/etc/timezone"]
    }

    /// Every file an answer for `userID` is made from: ``launchPaths(_:)``, then the account map
    /// and the store's sync state, catalog, recent entries and journal. The writer stamps these and
    /// the reader checks a card lists exactly these, so a card cannot choose what it is checked
    /// against.
    public static func expectedPaths(_ configPaths: ConfigPaths, cacheDirectory: String, stateDirectory: String, userID: Int64) -> [String] {
        let layout = StoreLayout(cacheDirectory: cacheDirectory, stateDirectory: stateDirectory, userID: userID)
        return launchPaths(configPaths) + [AccountMap(stateDirectory: stateDirectory).file.path, layout.sync.path]
            + layout.statusSources.paths
    }

    /// Whether `environment` and the files are still as they were when these were taken.
    public func hold(in environment: [String: String]) -> Bool {
        Self.digest(of: environment) == environmentDigest && !StoreWatcher(paths: paths).hasChanged(since: files)
    }

    /// Whether these are the inputs of an answer for `userID` in these folders — exactly the
    /// files ``expectedPaths(_:cacheDirectory:stateDirectory:userID:)`` names, so a card cannot
    /// choose what it is checked against — and they still hold in `environment`.
    public func hold(in environment: [String: String], cacheDirectory: String, stateDirectory: String, userID: Int64) -> Bool {
        paths == Self.expectedPaths(ConfigPaths(environment: environment), cacheDirectory: cacheDirectory, stateDirectory: stateDirectory,
                                    userID: userID)
            && hold(in: environment)
    }

    /// The digest of the variables that count, sorted by name. A password does not shape the
    /// answer (the account is the email's) and a plain digest of one could be guessed from a
    /// copy of the card, so `TOGGL_PASSWORD` is left out; a token is too long to guess.
    static func digest(of environment: [String: String]) -> String {
        let counted = environment.filter {
            (variables.contains($0.key) || $0.key.hasPrefix(variablePrefix)) && !$0.key.contains("PASSWORD")
        }
        var text = ""
        for (name, value) in counted.sorted(by: { $0.key < $1.key }) {
            text += "\(name)=\(value)\u{0}"
        }
        return SHA256.hexDigest(text)
    }
}
