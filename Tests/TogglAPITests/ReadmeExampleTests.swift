import Foundation
import Testing
import TogglAPI

/// The README's "The library in ten lines", run against a scripted stub.
///
/// Only `import TogglAPI` is needed, as in the README. Every line but building the client is the
/// README's, which ``snippetLinesMatchTheReadme()`` keeps true.
@Suite struct ReadmeExampleTests {
    static let userQuota = ["X-Toggl-Quota-Remaining": "29", "X-Toggl-Quota-Resets-In": "3600"]
    static let workspaceQuota = ["X-Toggl-Quota-Remaining": "238", "X-Toggl-Quota-Resets-In": "3500"]
    static let running = #"""
        {"id":3730303299,"workspace_id":2230580,"project_id":null,"task_id":null,"billable":false,
         "start":"2024-12-16T01:55:24Z","stop":null,"duration":-1,"description":"Write report","tags":null,
         "tag_ids":null,"duronly":true,"at":"2024-12-16T01:55:25.037428Z","server_deleted_at":null,
         "user_id":2166261,"uid":2166261,"wid":2230580}
        """#

    @Test(arguments: [200, 409])
    func theLibraryInTenLinesRuns(stopStatus: Int) async throws {
        let stub = StubTransport([
            .success(.text(200, #"{"id":2166261,"fullname":"Ann","default_workspace_id":2230580,"workspaces":[{"id":2230580,"name":"Ann's"}]}"#,
                           headers: Self.userQuota)),
            .success(.text(200, "null", headers: Self.userQuota)),
            .success(.text(200, Self.running, headers: Self.workspaceQuota)),
            stopStatus == 200
                ? .success(.text(200, Self.running.replacingOccurrences(of: #""stop":null,"duration":-1"#,
                                                                       with: #""stop":"2024-12-16T02:11:58Z","duration":994"#),
                                 headers: Self.workspaceQuota))
                : .success(.text(409, #""Time entry already stopped""#, headers: Self.workspaceQuota)),
            .success(.text(200, #"[{"id":1,"wid":2230580,"name":"Acme","archived":false}]"#, headers: Self.workspaceQuota)),
        ], fallback: .success(.text(500)))
        let toggl = makeClient(stub, clock: FakeAPIClock(now: Date(timeIntervalSince1970: 1_734_314_124)))

        // From the README, unchanged:
        let me = try await toggl.me.get(withRelatedData: true)           // one request: everything
        let wid = me.defaultWorkspaceID ?? 0
        let running = try await toggl.timeEntries.current()              // nil when idle
        let entry = try await toggl.timeEntries.start(in: wid, description: "Write report")
        _ = try await toggl.timeEntries.stop(entry.id, in: wid)          // 409 "already stopped" is not an error
        let clients = try await toggl.clients.list(in: wid, status: .both)
        print(toggl.quota.snapshot())                                    // what's left of each hourly bucket

        #expect(wid == 2230580)
        #expect(running == nil)
        #expect(entry.id == 3730303299 && entry.isRunning)
        #expect(clients.map(\.name) == ["Acme"])
        #expect(stub.requests.map(\.line) == [
            "GET /api/v9/me",
            "GET /api/v9/me/time_entries/current",
            "POST /api/v9/workspaces/2230580/time_entries",
            "PATCH /api/v9/workspaces/2230580/time_entries/3730303299/stop",
            "GET /api/v9/workspaces/2230580/clients",
        ])
        #expect(stub.requests.first?.queryItems == ["with_related_data": "true"])
        #expect(stub.requests.allSatisfy { $0.usesTestTokenBasicAuth })
        #expect(stub.requests[2].jsonBody?["duration"] as? Int == -1)
        #expect(toggl.quota.status(of: .user)?.remaining == 29)
        #expect(toggl.quota.status(of: .workspace(2230580))?.remaining == 238)
    }

    /// Every line of the README snippet, except the import and building the client, appears
    /// verbatim in this file.
    @Test func snippetLinesMatchTheReadme() throws {
        let here = URL(fileURLWithPath: #filePath)
        let readme = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## The library in ten lines").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```").dropFirst().first)
        let lines = block.split(separator: "\n").dropFirst()   // the "swift" fence tag
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let skipped = lines.filter {
            $0 == "import TogglAPI" || $0.hasPrefix("let toggl = TogglAPIClient(")
        }
        #expect(skipped.count == 2)
        let source = try String(contentsOf: here, encoding: .utf8)
        let sourceLines = Set(source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for line in lines where !skipped.contains(line) {
            #expect(sourceLines.contains(line), "README line not exercised: \(line)")
        }
        #expect(lines.count - skipped.count == 7)
    }
}
