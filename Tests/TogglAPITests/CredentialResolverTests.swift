import Foundation
import TogglModels
import Testing
import TogglAPI

/// A fake home and XDG config folder inside a temporary directory.
private struct World {
    let home: String
    let xdgConfig: String
    let togglConfig: String

    init(root: String) {
        home = root + "/home"
        xdgConfig = root + "/xdg-config"
        togglConfig = root + "/elsewhere/togglrc"
    }

    var ownConfig: String { xdgConfig + "/toggl-tui/config" }
    var xdgTogglrc: String { xdgConfig + "/.togglrc" }
    var homeTogglrc: String { home + "/.togglrc" }

    func paths(_ extra: [String: String] = [:], togglConfigSet: Bool = true) -> ConfigPaths {
        var environment = ["XDG_CONFIG_HOME": xdgConfig]
        if togglConfigSet { environment["TOGGL_CONFIG"] = togglConfig }
        return ConfigPaths(environment: environment.merging(extra) { _, new in new }, homeDirectory: home)
    }

    func resolve(_ extra: [String: String] = [:], explicit: Credentials? = nil) throws -> CredentialResolution {
        try CredentialResolver(paths: paths(extra), explicitCredentials: explicit).resolve()
    }
}

private func token(_ value: String) -> String { "[auth]\napi_token = \(value)\n" }

@Suite struct CredentialResolverTests {
    @Test func everyLevelBeatsTheNext() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            try writeFile(token("own"), to: world.ownConfig)
            try writeFile(token("toggl-config"), to: world.togglConfig)
            try writeFile(token("xdg"), to: world.xdgTogglrc)
            try writeFile(token("home"), to: world.homeTogglrc)
            var environment = [
                "TOGGL_API_TOKEN": "env-token",
                "TOGGL_USERNAME": "env@example.com",
                "TOGGL_PASSWORD": "env-pw",
            ]

            var result = try world.resolve(environment, explicit: .apiToken("explicit"))
            #expect(result == .found(.apiToken("explicit"), source: .explicit))

            result = try world.resolve(environment)
            #expect(result == .found(.apiToken("env-token"), source: .environment(variables: ["TOGGL_API_TOKEN"])))

            environment["TOGGL_API_TOKEN"] = nil
            result = try world.resolve(environment)
            #expect(
                result
                    == .found(
                        .password(email: "env@example.com", password: "env-pw"),
                        source: .environment(variables: ["TOGGL_USERNAME", "TOGGL_PASSWORD"])))

            environment = [:]
            result = try world.resolve(environment)
            #expect(result == .found(.apiToken("own"), source: .configFile(path: world.ownConfig)))

            try FileManager.default.removeItem(atPath: world.ownConfig)
            result = try world.resolve(environment)
            #expect(result == .found(.apiToken("toggl-config"), source: .togglrc(path: world.togglConfig)))

            try FileManager.default.removeItem(atPath: world.togglConfig)
            result = try world.resolve(environment)
            #expect(result == .found(.apiToken("xdg"), source: .togglrc(path: world.xdgTogglrc)))

            try FileManager.default.removeItem(atPath: world.xdgTogglrc)
            result = try world.resolve(environment)
            #expect(result == .found(.apiToken("home"), source: .togglrc(path: world.homeTogglrc)))
            #expect(result.credentials == .apiToken("home"))
            #expect(result.source == .togglrc(path: world.homeTogglrc))
        }
    }

    @Test func nothingFoundListsThePlacesLooked() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            let result = try world.resolve(["TOGGL_API_TOKEN": "", "TOGGL_USERNAME": "only-half@example.com"])
            #expect(
                result
                    == .notFound(searched: [
                        .environment(variables: ["TOGGL_API_TOKEN", "TOGGL_USERNAME", "TOGGL_PASSWORD"]),
                        .configFile(path: world.ownConfig),
                        .togglrc(path: world.togglConfig),
                        .togglrc(path: world.xdgTogglrc),
                        .togglrc(path: world.homeTogglrc),
                    ]))
            #expect(result.credentials == nil)
            #expect(result.source == nil)
        }
    }

    @Test func tokenVariableHoldsAnEmailWhenAPasswordComesWithIt() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            // toggl-api-wrapper: TOGGL_API_TOKEN + TOGGL_PASSWORD (not "api_token") is email + password.
            var result = try world.resolve(["TOGGL_API_TOKEN": "jane@example.com", "TOGGL_PASSWORD": "pw"])
            #expect(
                result
                    == .found(
                        .password(email: "jane@example.com", password: "pw"),
                        source: .environment(variables: ["TOGGL_API_TOKEN", "TOGGL_PASSWORD"])))

            // The password "api_token" keeps it a token.
            result = try world.resolve(["TOGGL_API_TOKEN": "tok", "TOGGL_PASSWORD": "api_token"])
            #expect(result.credentials == .apiToken("tok"))

            // With TOGGL_USERNAME set the variables mean what toggl-cli means: the token wins.
            result = try world.resolve([
                "TOGGL_API_TOKEN": "tok", "TOGGL_USERNAME": "jane@example.com", "TOGGL_PASSWORD": "pw",
            ])
            #expect(result.credentials == .apiToken("tok"))
        }
    }

    @Test func passwordApiTokenMakesTheUsernameAToken() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            let result = try world.resolve(["TOGGL_USERNAME": "tok", "TOGGL_PASSWORD": "api_token"])
            #expect(result.credentials == .apiToken("tok"))

            try writeFile("[auth]\nusername = tok2\npassword = api_token\n", to: world.homeTogglrc)
            #expect(try world.resolve().credentials == .apiToken("tok2"))
        }
    }

    @Test func filesFallBackToUsernameAndPasswordAndSkipIncompleteOnes() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            try writeFile("[auth]\nusername = half@example.com\n", to: world.ownConfig)
            try writeFile("[auth]\nusername = jane@example.com\npassword = pw\n", to: world.homeTogglrc)
            let result = try world.resolve()
            #expect(
                result
                    == .found(
                        .password(email: "jane@example.com", password: "pw"),
                        source: .togglrc(path: world.homeTogglrc)))
        }
    }

    @Test func onlyTheFirstExistingTogglrcIsRead() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            try writeFile("[options]\ntz = local\n", to: world.togglConfig)  // exists, no credentials
            try writeFile(token("home"), to: world.homeTogglrc)
            #expect(try world.resolve().credentials == nil)
        }
    }

    @Test func malformedFilesAreErrorsWithFileAndLine() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            try writeFile("# mine\n[auth\napi_token = t\n", to: world.ownConfig)
            try writeFile(token("home"), to: world.homeTogglrc)
            var error = #expect(throws: ConfigError.self) { try world.resolve() }
            #expect(error == .malformed(file: world.ownConfig, line: 2, reason: "unterminated section header (missing ']')"))

            try FileManager.default.removeItem(atPath: world.ownConfig)
            try writeFile("[auth]\napi_token = t\nno separator here\n", to: world.xdgTogglrc)
            error = #expect(throws: ConfigError.self) { try world.resolve() }
            guard case .malformed(let file, let line, _) = error else {
                Issue.record("expected .malformed, got \(String(describing: error))")
                return
            }
            #expect(file == world.xdgTogglrc)
            #expect(line == 3)

            // Files below a level that found credentials are not read.
            #expect(try world.resolve(["TOGGL_API_TOKEN": "tok"]).credentials == .apiToken("tok"))
        }
    }

    @Test func settingsFollowTheSamePrecedence() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            try writeFile("[options]\ndefault_wid = 1\napi_url = https://own.example/api/v9\n", to: world.ownConfig)
            try writeFile("[options]\ndefault_wid = 2\ntz = Europe/Prague\n", to: world.togglConfig)
            try writeFile("[options]\ntz = America/New_York\n", to: world.homeTogglrc)  // not the first togglrc

            var settings = try CredentialResolver(paths: world.paths()).effectiveSettings()
            #expect(
                settings
                    == EffectiveSettings(
                        defaultWorkspaceID: 1, timezone: "Europe/Prague",
                        apiURL: URL(string: "https://own.example/api/v9")))

            settings = try CredentialResolver(paths: world.paths(["TOGGL_API_URL": "http://127.0.0.1:9999/api/v9"]))
                .effectiveSettings()
            #expect(settings.apiURL == URL(string: "http://127.0.0.1:9999/api/v9"))
            #expect(settings.defaultWorkspaceID == 1)

            settings = try CredentialResolver(
                paths: world.paths(["TOGGL_API_URL": "http://127.0.0.1:9999/api/v9"]),
                explicitSettings: EffectiveSettings(
                    defaultWorkspaceID: 3, timezone: "UTC", apiURL: URL(string: "https://flag.example/api/v9"))
            ).effectiveSettings()
            #expect(
                settings
                    == EffectiveSettings(
                        defaultWorkspaceID: 3, timezone: "UTC", apiURL: URL(string: "https://flag.example/api/v9")))

            settings = try CredentialResolver(paths: world.paths(togglConfigSet: false)).effectiveSettings()
            #expect(settings.timezone == "America/New_York")
        }
    }

    @Test func invalidTogglAPIURLIsAnError() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            let resolver = CredentialResolver(paths: world.paths(["TOGGL_API_URL": "not a url"]))
            let error = #expect(throws: ConfigError.self) { try resolver.effectiveSettings() }
            guard case .invalidEnvironmentValue(let variable, _, _) = error else {
                Issue.record("expected .invalidEnvironmentValue, got \(String(describing: error))")
                return
            }
            #expect(variable == "TOGGL_API_URL")
        }
    }

    @Test func invalidDefaultWorkspaceInATogglrcIsAnError() throws {
        try withTemporaryDirectory { root in
            let world = World(root: root)
            try writeFile("[options]\ndefault_wid = abc\n", to: world.homeTogglrc)
            let error = #expect(throws: ConfigError.self) {
                try CredentialResolver(paths: world.paths()).effectiveSettings()
            }
            #expect(error?.description.contains(world.homeTogglrc) == true)
        }
    }

    @Test func sourcesDescribeThemselves() {
        #expect(CredentialSource.environment(variables: ["TOGGL_API_TOKEN"]).description == "environment TOGGL_API_TOKEN")
        #expect(CredentialSource.togglrc(path: "/h/.togglrc").description == "/h/.togglrc (toggl-cli)")
    }
}
