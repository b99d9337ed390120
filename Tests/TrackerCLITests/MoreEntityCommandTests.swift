import Foundation
import Testing
import TogglSandbox
@testable import TrackerCLI

/// Golden output of the entity subcommands the other suites do not cover, with the requests
/// each spends, in one session against the sandbox's demo account. What one command makes at
/// Toggl is in the store for the next, so finding it by name spends nothing.
@Suite(.serialized)
struct MoreEntityCommandTests {
    typealias Result = CLIHarness.Result

    @Test func restoreGetRemoveRenameTasksAndMemberships() async throws {
        try await withCLI { cli in
            let steps: [([String], Result)] = [
                (["clients", "archive", "globex"], .init(code: 0, output: "Archived client Globex (3700000009) and 2 projects\n", errors: "",
                    requests: ["GET /api/v9/me", "POST /api/v9/workspaces/3700000004/clients/3700000009/archive"])),
                (["clients", "restore", "globex", "--all-projects"], .init(code: 0, output: "Restored client Globex (3700000009)\n", errors: "",
                    requests: ["POST /api/v9/workspaces/3700000004/clients/3700000009/restore"])),
                (["projects", "add", "Batcave"], .init(code: 0, output: "Created project Batcave (3700001305)\n", errors: "",
                    requests: ["POST /api/v9/workspaces/3700000004/projects"])),
                (["projects", "get", "batcave"], .init(code: 0, output: """
                    id:         3700001305
                    name:       Batcave
                    client:
                    status:     active
                    billable:   yes
                    private:    no
                    color:      #2da608
                    workspace:  3700000004

                    """, errors: "", requests: [])),
                (["projects", "rm", "batcave", "--yes"], .init(code: 0, output: "Deleted project Batcave (3700001305)\n", errors: "",
                    requests: ["DELETE /api/v9/workspaces/3700000004/projects/3700001305"])),
                (["tags", "add", "later"], .init(code: 0, output: "Created tag later (3700001306)\n", errors: "",
                    requests: ["POST /api/v9/workspaces/3700000004/tags"])),
                (["tags", "update", "later", "--name", "someday"], .init(code: 0, output: "Renamed tag later to someday (3700001306)\n", errors: "",
                    requests: ["PUT /api/v9/workspaces/3700000004/tags/3700001306"])),
                (["tags", "rm", "someday", "--yes"], .init(code: 0, output: "Deleted tag someday (3700001306)\n", errors: "",
                    requests: ["DELETE /api/v9/workspaces/3700000004/tags/3700001306"])),
                (["tasks", "add", "Hero copy", "-p", "website redesign"], .init(code: 0, output: "Created task Hero copy (3700001307)\n", errors: "",
                    requests: ["POST /api/v9/workspaces/3700000004/projects/3700000014/tasks"])),
                (["tasks", "get", "hero copy"], .init(code: 0, output: """
                    id:       3700001307
                    name:     Hero copy
                    project:  Website Redesign
                    status:   active

                    """, errors: "", requests: [])),
                (["tasks", "update", "hero copy", "--done"], .init(code: 0, output: "Updated task Hero copy (3700001307)\n", errors: "",
                    requests: ["PUT /api/v9/workspaces/3700000004/projects/3700000014/tasks/3700001307"])),
                (["tasks", "rm", "hero copy", "--yes"], .init(code: 0, output: "Deleted task Hero copy (3700001307)\n", errors: "",
                    requests: ["DELETE /api/v9/workspaces/3700000004/projects/3700000014/tasks/3700001307"])),
                (["projects", "add", "Batcave"], .init(code: 0, output: "Created project Batcave (3700001308)\n", errors: "",
                    requests: ["POST /api/v9/workspaces/3700000004/projects"])),
                (["project-users", "add", "3700000001", "-p", "batcave", "--manager"], .init(code: 0,
                    output: "Added user 3700000001 to project 3700001308 (membership 3700001309)\n", errors: "",
                    requests: ["POST /api/v9/workspaces/3700000004/project_users"])),
                (["project-users", "ls", "-p", "batcave"], .init(code: 0, output: """
                            ID  PROJECT        USER  MANAGER  RATE
                    3700001309  Batcave  3700000001  yes

                    """, errors: "", requests: ["GET /api/v9/workspaces/3700000004/project_users"])),
                (["project-users", "update", "3700001309", "--no-manager", "--rate", "80"], .init(code: 0,
                    output: "Updated membership 3700001309\n", errors: "",
                    requests: ["PUT /api/v9/workspaces/3700000004/project_users/3700001309"])),
                (["project-users", "rm", "3700001309", "--yes"], .init(code: 0, output: "Removed membership 3700001309\n", errors: "",
                    requests: ["DELETE /api/v9/workspaces/3700000004/project_users/3700001309"])),
            ]
            for (arguments, expected) in steps {
                let result = await cli.run(arguments)
                #expect(result == expected, "toggl-tui \(arguments.joined(separator: " "))")
            }
            #expect(cli.sandbox.world.projectUsers.all.contains { $0.id == 3_700_000_187 } == false)
        }
    }
}
