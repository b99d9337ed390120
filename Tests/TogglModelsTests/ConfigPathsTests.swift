import Testing
import TogglModels

@Suite struct ConfigPathsTests {
    @Test func fallsBackToTheHomeDirectory() {
        let paths = ConfigPaths(environment: [:], homeDirectory: "/home/jane")
        #expect(paths.configFile == "/home/jane/.config/toggl-tui/config")
        #expect(paths.configDirectory == "/home/jane/.config/toggl-tui")
        #expect(paths.togglrcCandidates == ["/home/jane/.togglrc"])
        #expect(paths.cacheDirectory == "/home/jane/.cache/toggl-tui")
        #expect(paths.stateDirectory == "/home/jane/.local/state/toggl-tui")
    }

    @Test func honoursXDGAndTogglConfig() {
        let paths = ConfigPaths(
            environment: [
                "XDG_CONFIG_HOME": "/x/config/",
                "XDG_CACHE_HOME": "/x/cache",
                "XDG_STATE_HOME": "/x/state",
                "TOGGL_CONFIG": "/etc/toggl/rc",
            ],
            homeDirectory: "/home/jane")
        #expect(paths.configFile == "/x/config/toggl-tui/config")
        #expect(paths.togglrcCandidates == ["/etc/toggl/rc", "/x/config/.togglrc", "/home/jane/.togglrc"])
        #expect(paths.cacheDirectory == "/x/cache/toggl-tui")
        #expect(paths.stateDirectory == "/x/state/toggl-tui")
    }

    @Test func ignoresEmptyAndRelativeXDGValues() {
        let paths = ConfigPaths(
            environment: ["XDG_CONFIG_HOME": "relative/dir", "XDG_CACHE_HOME": "", "TOGGL_CONFIG": ""],
            homeDirectory: "/home/jane")
        #expect(paths.configFile == "/home/jane/.config/toggl-tui/config")
        #expect(paths.cacheDirectory == "/home/jane/.cache/toggl-tui")
        #expect(paths.togglrcCandidates == ["/home/jane/.togglrc"])
    }

    @Test func expandsTildeInTogglConfigAndReadsHOME() {
        let paths = ConfigPaths(environment: ["HOME": "/home/bob", "TOGGL_CONFIG": "~/dotfiles/togglrc"])
        #expect(paths.homeDirectory == "/home/bob")
        #expect(paths.togglrcCandidates == ["/home/bob/dotfiles/togglrc", "/home/bob/.togglrc"])
    }
}
