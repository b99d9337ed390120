import Foundation
import TogglModels
import Testing
import TogglAPI

/// The token never travels in clear text except to this machine.
@Suite struct CleartextPolicyTests {
    @Test(arguments: [
        "https://api.track.toggl.com/api/v9", "https://10.0.0.5/api/v9", "http://127.0.0.1:8080/api/v9",
        "http://127.9.8.7/api/v9", "http://localhost:1/api/v9", "http://LOCALHOST/api/v9", "http://[::1]:9000/api/v9",
    ])
    func allowed(_ text: String) throws {
        #expect(CleartextPolicy.allowsCredentials(to: try #require(URL(string: text))))
    }

    @Test(arguments: [
        "http://api.track.toggl.com/api/v9", "http://10.0.0.5/api/v9", "http://128.0.0.1/api/v9",
        "http://127.0.0.1.evil.example/api/v9", "http://localhost.evil.example/api/v9", "http://[::2]/api/v9",
        "http://0.0.0.0/api/v9", "ftp://127.0.0.1/api/v9",
    ])
    func refused(_ text: String) throws {
        #expect(!CleartextPolicy.allowsCredentials(to: try #require(URL(string: text))))
    }

    @Test func theEnvironmentVariableIsRefusedNamingIt() throws {
        try withTemporaryDirectory { root in
            let paths = ConfigPaths(environment: ["XDG_CONFIG_HOME": root, "TOGGL_API_URL": "http://proxy.example/api/v9"], homeDirectory: root)
            #expect(throws: ConfigError.invalidEnvironmentValue(
                variable: "TOGGL_API_URL", value: "http://proxy.example/api/v9", expected: CleartextPolicy.expectation)) {
                _ = try CredentialResolver(paths: paths).effectiveSettings()
            }
            let loopback = ConfigPaths(environment: ["XDG_CONFIG_HOME": root, "TOGGL_API_URL": "http://127.0.0.1:9/api/v9"], homeDirectory: root)
            let settings = try CredentialResolver(paths: loopback).effectiveSettings()
            #expect(settings.apiURL?.host == "127.0.0.1")
        }
    }

    @Test func theConfigKeyIsRefusedNamingFileAndKey() throws {
        try withTemporaryDirectory { root in
            let path = root + "/config"
            try writeFile("[options]\napi_url = http://proxy.example/api/v9\n", to: path)
            do {
                _ = try TogglConfig.load(from: path)
                Issue.record("an http api_url to another machine was accepted")
            } catch let error as ConfigError {
                #expect(error.description.contains(path))
                #expect(error.description.contains("[options] api_url"))
                #expect(error.description.contains("http:// is allowed only for this machine"))
            }
            // It can still be opened for editing, to repair it.
            #expect(try TogglConfig.loadForEditing(from: path)?[section: "options", key: "api_url"] == "http://proxy.example/api/v9")
        }
    }

    @Test func aClientConfiguredInCodeSendsNothingInClearText() async throws {
        let stub = StubTransport()
        let client = TogglAPIClient(
            configuration: APIConfiguration(credentials: .apiToken(testToken), trackURL: URL(string: "http://toggl.example/api/v9")!),
            transport: stub, clock: FakeAPIClock())
        await #expect(throws: APIError.invalidRequest(
            "Refusing to send the API token unencrypted to http://toggl.example: use https (http:// is allowed only for localhost, 127.0.0.1 and ::1).")) {
            try await client.send(APIRequest(.get, "/me"))
        }
        #expect(stub.requests.isEmpty)
    }
}
