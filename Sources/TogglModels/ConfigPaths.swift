#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where toggl-tui's files live, computed from an environment and a home directory.
///
/// Both are injected, so tests (and `--demo`) can point everything at a temporary folder. The
/// XDG base-directory variables are honoured when they hold an absolute path; an empty or
/// relative value is ignored, as the XDG specification asks.
///
/// | what | path |
/// |---|---|
/// | ``configFile`` | `$XDG_CONFIG_HOME/toggl-tui/config`, else `~/.config/toggl-tui/config` |
/// | ``togglrcCandidates`` | `$TOGGL_CONFIG` (if set), `$XDG_CONFIG_HOME/.togglrc` (if set), `~/.togglrc` |
/// | ``cacheDirectory`` | `$XDG_CACHE_HOME/toggl-tui`, else `~/.cache/toggl-tui` |
/// | ``stateDirectory`` | `$XDG_STATE_HOME/toggl-tui`, else `~/.local/state/toggl-tui` |
/// | ``demoDirectory`` | `$XDG_DATA_HOME/toggl-tui/demo`, else `~/.local/share/toggl-tui/demo` |
///
/// `~` is `$HOME` when set and not empty, else the account's home directory: one rule for every
/// path here, the demo's included.
public struct ConfigPaths: Sendable, Equatable {
    /// The name of toggl-tui's folders under the XDG base directories.
    public static let applicationFolder = "toggl-tui"

    /// The environment the paths (and ``CredentialResolver``) read.
    public let environment: [String: String]
    /// The home directory `~` stands for.
    public let homeDirectory: String

    /// - Parameters:
    ///   - environment: the process environment by default.
    ///   - homeDirectory: `~`; by default ``home(in:)``.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil
    ) {
        self.environment = environment
        if let homeDirectory, !homeDirectory.isEmpty {
            self.homeDirectory = homeDirectory
        } else {
            self.homeDirectory = Self.home(in: environment)
        }
    }

    /// The home directory `~` stands for: `$HOME` when set and not empty, else the account's
    /// home directory. The one rule for every toggl-tui path.
    public static func home(in environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return FileManager.default.homeDirectoryForCurrentUser.path
    }

    /// `$XDG_CONFIG_HOME/toggl-tui` (fallback `~/.config/toggl-tui`).
    public var configDirectory: String {
        Self.join(xdgDirectory("XDG_CONFIG_HOME", fallback: ".config"), Self.applicationFolder)
    }

    /// toggl-tui's own config file: `$XDG_CONFIG_HOME/toggl-tui/config`.
    public var configFile: String {
        Self.join(configDirectory, "config")
    }

    /// toggl-cli's config files, in the order they are tried: `$TOGGL_CONFIG` (when set; a leading
    /// `~/` is expanded), `$XDG_CONFIG_HOME/.togglrc` (when `XDG_CONFIG_HOME` is set), `~/.togglrc`.
    /// The first one that exists is used.
    public var togglrcCandidates: [String] {
        var candidates: [String] = []
        if let explicit = environment["TOGGL_CONFIG"], !explicit.isEmpty {
            candidates.append(expandingTilde(explicit))
        }
        if let xdg = absoluteVariable("XDG_CONFIG_HOME") {
            candidates.append(Self.join(xdg, ".togglrc"))
        }
        candidates.append(Self.join(homeDirectory, ".togglrc"))
        var seen = Set<String>()
        return candidates.filter { seen.insert($0).inserted }
    }

    /// Where caches live: `$XDG_CACHE_HOME/toggl-tui` (fallback `~/.cache/toggl-tui`).
    public var cacheDirectory: String {
        Self.join(xdgDirectory("XDG_CACHE_HOME", fallback: ".cache"), Self.applicationFolder)
    }

    /// Where state (the local store, the journal) lives: `$XDG_STATE_HOME/toggl-tui`
    /// (fallback `~/.local/state/toggl-tui`).
    public var stateDirectory: String {
        Self.join(xdgDirectory("XDG_STATE_HOME", fallback: ".local/state"), Self.applicationFolder)
    }

    /// The `--demo` sandbox's data folder: `$XDG_DATA_HOME/toggl-tui/demo` (fallback
    /// `~/.local/share/toggl-tui/demo`).
    public var demoDirectory: String {
        Self.join(Self.join(xdgDirectory("XDG_DATA_HOME", fallback: ".local/share"), Self.applicationFolder), "demo")
    }

    // MARK: Internals

    private func absoluteVariable(_ name: String) -> String? {
        guard let value = environment[name], value.hasPrefix("/") else { return nil }
        return value
    }

    private func xdgDirectory(_ variable: String, fallback: String) -> String {
        absoluteVariable(variable) ?? Self.join(homeDirectory, fallback)
    }

    private func expandingTilde(_ path: String) -> String {
        if path == "~" { return homeDirectory }
        if path.hasPrefix("~/") { return Self.join(homeDirectory, String(path.dropFirst(2))) }
        return path
    }

    private static func join(_ base: String, _ component: String) -> String {
        var base = base
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        return base == "/" ? "/" + component : base + "/" + component
    }
}
