import Foundation
import TrackerStatus
import Testing
import TogglModels
import TogglSandbox
@testable import TrackerCLI

/// Secrets (the profile's `api_token` and `intercom_hash`, a workspace's `api_token` and
/// `ical_url`) are printed as "(hidden)" unless `--show-secrets` asks for them.
@Suite struct SecretOutputTests {
    @Test func meJSONHidesTheTokenUnlessAsked() async throws {
        try await withCLI { cli in
            let hidden = await cli.run("me", "--json")
            #expect(hidden.code == 0)
            #expect(!hidden.output.contains(DemoAccount.apiToken))
            #expect(hidden.output.contains(#""api_token" : "(hidden)""#))
            let shown = await cli.run("me", "--json", "--show-secrets")
            #expect(shown.output.contains(#""api_token" : "\#(DemoAccount.apiToken)""#))
            let table = await cli.run("me")
            #expect(!table.output.contains(DemoAccount.apiToken))
            let tableShown = await cli.run("me", "--show-secrets")
            #expect(tableShown.output.contains("api token:"))
            #expect(tableShown.output.contains(DemoAccount.apiToken))
        }
    }

    @Test func workspacesListAfterAFetchPrintsNoToken() async throws {
        try await withCLI { cli in
            let listed = await cli.run("workspaces", "ls", "--json")
            #expect(listed.code == 0)
            #expect(!listed.output.contains(DemoAccount.apiToken))
        }
    }

    @Test func workspaceSecretsAreHiddenInJSONKeysKept() throws {
        let workspace = Workspace(
            id: 7, name: "W", apiToken: Secret("workspace-token-1234"),
            icalURL: Secret("https://track.toggl.com/ical/secret-feed-5678"), icalEnabled: true)
        let me = Me(id: 1, apiToken: Secret("profile-token-9999"), workspaces: [workspace])
        let hidden = try SecretOutput.printing(secrets: false) { try JSONOutput.encode([me]) }
        for secret in ["workspace-token-1234", "secret-feed-5678", "profile-token-9999"] {
            #expect(!hidden.contains(secret), "\(secret) leaked:\n\(hidden)")
        }
        #expect(hidden.contains(#""ical_url" : "(hidden)""#))
        #expect(hidden.contains(#""ical_enabled" : true"#))
        let shown = try SecretOutput.printing(secrets: true) { try JSONOutput.encode([me]) }
        for secret in ["workspace-token-1234", "secret-feed-5678", "profile-token-9999"] {
            #expect(shown.contains(secret))
        }
        // Outside the output boundary, models encode their real values (the API, the sandbox).
        #expect(try JSONOutput.encode(workspace).contains("workspace-token-1234"))
    }
}
