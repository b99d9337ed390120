import Foundation
import Testing
import TogglAPI

@Suite struct TogglConfigTests {
    @Test func readsTheTypedSettingsOfATogglrc() throws {
        let config = try TogglConfig(document: INIDocument(parsing: realLookingTogglrc, fileName: "rc"))
        #expect(config.apiToken == "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d")
        #expect(config.username == "jane@example.com")  // from toggl-cli 2.x's user_name
        #expect(config.password == nil)
        #expect(config.defaultWorkspaceID == 1_234_567)
        #expect(config.timezone == "local")
        #expect(config.apiURL == nil)
        #expect(config.credentials == .apiToken("1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"))
        #expect(config[section: "options", key: "retries"] == "2")
        #expect(config[section: "logging", key: "file_logging"] == "False")
    }

    @Test func credentialsFallBackToUsernameAndPassword() throws {
        var config = TogglConfig()
        #expect(config.credentials == nil)
        config.username = "jane@example.com"
        #expect(config.credentials == nil)  // incomplete
        config.password = "pw"
        #expect(config.credentials == .password(email: "jane@example.com", password: "pw"))
        config.password = "api_token"  // toggl-cli 1.x: the token as username, password "api_token"
        #expect(config.credentials == .apiToken("jane@example.com"))
        config.apiToken = "tok"
        #expect(config.credentials == .apiToken("tok"))
    }

    @Test func propertiesWriteThroughToTheDocument() throws {
        var config = TogglConfig()
        config.apiToken = "tok"
        config.defaultWorkspaceID = 42
        config.timezone = "Europe/Prague"
        config.apiURL = URL(string: "http://127.0.0.1:8080/api/v9")
        config[section: "ui", key: "theme"] = "dark"
        #expect(config.document.text == """
            [auth]
            api_token = tok

            [options]
            default_wid = 42
            tz = Europe/Prague
            api_url = http://127.0.0.1:8080/api/v9

            [ui]
            theme = dark

            """)
        config.timezone = nil
        config.apiToken = ""
        config[section: "ui", key: "theme"] = nil
        #expect(config.timezone == nil)
        #expect(config.apiToken == nil)
        #expect(!config.document.text.contains("tz"))
        #expect(!config.document.text.contains("api_token"))
        #expect(!config.document.text.contains("theme"))
    }

    @Test func settingUsernameKeepsTheSpellingTheFileUses() throws {
        var config = try TogglConfig(document: INIDocument(parsing: "[auth]\nuser_name = a@b.c\n", fileName: "rc"))
        config.username = "x@y.z"
        #expect(config.document.text == "[auth]\nuser_name = x@y.z\n")
        var fresh = TogglConfig()
        fresh.username = "x@y.z"
        #expect(fresh.document.text == "[auth]\nusername = x@y.z\n")
    }

    @Test func loadSaveRoundTripKeepsCommentsAndUnknownKeys() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/.togglrc"
            try writeFile(realLookingTogglrc, to: path)
            var config = try TogglConfig.load(from: path)
            #expect(config.document.fileName == path)

            try config.save(to: path)
            #expect(try readFile(path) == realLookingTogglrc)

            config.defaultWorkspaceID = 7
            try config.save(to: path)
            let expected = realLookingTogglrc.replacingOccurrences(of: "default_wid = 1234567", with: "default_wid = 7")
            #expect(try readFile(path) == expected)
            #expect(try TogglConfig.load(from: path).defaultWorkspaceID == 7)
        }
    }

    @Test func saveCreatesParentDirectoriesAndAPrivateFile() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/config-home/toggl-tui/config"
            var config = TogglConfig()
            config.apiToken = "tok"
            try config.save(to: path)
            #expect(try readFile(path) == "[auth]\napi_token = tok\n")
            #expect(try permissions(of: path) == 0o600)
            #expect(try permissions(of: dir + "/config-home/toggl-tui") == 0o700)
            // No temporary files left behind.
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/config-home/toggl-tui") == ["config"])
        }
    }

    @Test func saveNarrowsAnExistingWorldReadableFile() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/.togglrc"
            try writeFile("[auth]\napi_token = old\n", to: path, permissions: 0o644)
            #expect(try permissions(of: path) == 0o644)
            var config = try TogglConfig.load(from: path)
            config.apiToken = "new"
            try config.save(to: path)
            #expect(try permissions(of: path) == 0o600)
            #expect(try readFile(path) == "[auth]\napi_token = new\n")
        }
    }

    @Test func saveThroughASymlinkReplacesTheTargetAndKeepsTheLink() throws {
        try withTemporaryDirectory { dir in
            let target = dir + "/dotfiles/togglrc"
            let link = dir + "/.togglrc"
            try writeFile("[auth]\napi_token = old\n", to: target)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
            var config = try TogglConfig.load(from: link)
            config.apiToken = "new"
            try config.save(to: link)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
            #expect(try readFile(target) == "[auth]\napi_token = new\n")
        }
    }

    @Test func saveIntoAPathBlockedByAFileIsUnwritable() throws {
        try withTemporaryDirectory { dir in
            try writeFile("not a directory", to: dir + "/blocker")
            let error = #expect(throws: ConfigError.self) { try TogglConfig().save(to: dir + "/blocker/config") }
            guard case .unwritable(let file, _) = error else {
                Issue.record("expected .unwritable, got \(String(describing: error))")
                return
            }
            #expect(file == dir + "/blocker/config")
        }
    }

    @Test func missingFileIsADistinctErrorOrNil() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/nothing-here"
            #expect(throws: ConfigError.fileNotFound(file: path)) { try TogglConfig.load(from: path) }
            let missing = try TogglConfig.loadIfPresent(from: path)
            #expect(missing == nil)
        }
    }

    @Test func aDirectoryIsUnreadable() throws {
        try withTemporaryDirectory { dir in
            let error = #expect(throws: ConfigError.self) { try TogglConfig.load(from: dir) }
            #expect(error == .unreadable(file: dir, reason: "it is a directory"))
        }
    }

    @Test func malformedFileNamesFileAndLine() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/.togglrc"
            try writeFile("[auth]\napi_token = t\n\n[options\n", to: path)
            let error = #expect(throws: ConfigError.self) { try TogglConfig.load(from: path) }
            #expect(error == .malformed(file: path, line: 4, reason: "unterminated section header (missing ']')"))
        }
    }

    @Test func nonNumericDefaultWorkspaceIsAnInvalidValue() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/.togglrc"
            try writeFile("[options]\ndefault_wid = my-workspace\n", to: path)
            let error = #expect(throws: ConfigError.self) { try TogglConfig.load(from: path) }
            #expect(
                error
                    == .invalidValue(
                        file: path, section: "options", key: "default_wid", value: "my-workspace",
                        expected: "a workspace id (a positive whole number)"))
            #expect(error?.description.contains(path) == true)
            #expect(error?.description.contains("my-workspace") == true)
        }
    }

    @Test func invalidAPIURLIsAnInvalidValue() throws {
        let document = try INIDocument(parsing: "[options]\napi_url = ftp://example.com\n", fileName: "cfg")
        let error = #expect(throws: ConfigError.self) { try TogglConfig(document: document) }
        guard case .invalidValue(_, _, let key, _, _) = error else {
            Issue.record("expected .invalidValue, got \(String(describing: error))")
            return
        }
        #expect(key == "api_url")
    }

    @Test func descriptionNeverShowsSecrets() throws {
        var config = TogglConfig()
        config.apiToken = "s3cr3t-token"
        config.username = "jane@example.com"
        config.password = "pa55word"
        config.defaultWorkspaceID = 99
        #expect(!config.description.contains("s3cr3t-token"))
        #expect(!config.description.contains("pa55word"))
        #expect(config.description.contains("apiToken: (hidden)"))
        #expect(config.description.contains("defaultWorkspaceID: 99"))
        var dumped = ""
        dump(config, to: &dumped)
        #expect(!dumped.contains("s3cr3t-token"))
        #expect(!dumped.contains("pa55word"))
    }

    @Test func errorMessagesHideSecretValues() {
        let error = ConfigError.invalidValue(
            file: "rc", section: "auth", key: "api_token", value: "s3cr3t", expected: "x")
        #expect(!error.description.contains("s3cr3t"))
        #expect(error.description.contains("(hidden)"))
        let env = ConfigError.invalidEnvironmentValue(variable: "TOGGL_PASSWORD", value: "pw", expected: "x")
        #expect(!env.description.contains("pw\""))
        #expect(env.localizedDescription == env.description)
    }
}
