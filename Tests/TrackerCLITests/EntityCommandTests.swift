import Foundation
import Testing
import TogglSandbox
@testable import TrackerCLI

/// Golden output of the entity groups against the sandbox's demo account.
@Suite(.serialized)
struct EntityCommandTests {
    @Test func clients() async throws {
        try await withCLI { cli in
            let list = await cli.run("clients", "ls")
            #expect(list == .init(code: 0, output: """
                        ID  NAME              STATUS  NOTES
                3700000008  Acme Corp         active  Retainer since 2022. Invoice monthly to accounts@acme.example.
                3700000009  Globex            active  Mobile app rebuild; demo every Thursday at 16:00.
                3700000010  Initech           active  API migration off the mainframe. Ask for Bill before touching TPS.
                3700000013  Open Source       active  Community work, not billable.
                3700000012  Stark Industries  active  Fixed-fee audit engagement, reports due each quarter.
                3700000011  Umbrella Health   active  Health data: never use real patient records in demos.

                """, errors: "", requests: ["GET /api/v9/me"]))
            let get = await cli.run("clients", "get", "globex")
            #expect(get.output == """
                id:         3700000009
                name:       Globex
                status:     active
                notes:      Mobile app rebuild; demo every Thursday at 16:00.
                workspace:  3700000004

                """)
            #expect(get.requests.isEmpty)
            let add = await cli.run("clients", "add", "Wayne Enterprises", "--notes", "Gotham")
            #expect(add == .init(code: 0, output: "Created client Wayne Enterprises (3700001305)\n", errors: "",
                                 requests: ["POST /api/v9/workspaces/3700000004/clients"]))
            let update = await cli.run("clients", "update", "wayne", "--name", "Wayne Ent.")
            #expect(update.output == "Updated client Wayne Ent. (3700001305)\n")
            let remove = await cli.run("clients", "rm", "3700001305", "--yes")
            #expect(remove.requests == ["DELETE /api/v9/workspaces/3700000004/clients/3700001305"])
            let archive = await cli.run("clients", "archive", "globex")
            #expect(archive.output == "Archived client Globex (3700000009) and 2 projects\n")
            let ambiguous = await cli.run("clients", "get", "o")
            #expect(ambiguous.code == 2)
        }
    }

    @Test func projectsTagsAndTasks() async throws {
        try await withCLI { cli in
            _ = await cli.run("workspaces", "ls")
            let projects = await cli.run("projects", "ls", "-c", "acme")
            #expect(projects == .init(code: 0, output: """
                        ID  NAME              CLIENT     STATUS  BILLABLE  COLOR
                3700000019  SEO Audit         Acme Corp  active  yes       #c9806b
                3700000014  Website Redesign  Acme Corp  active  yes       #06a893

                """, errors: "", requests: []), "the store was synced by workspaces ls: no request")
            let add = await cli.run("projects", "add", "Batcave", "-c", "initech")
            #expect(add.output == "Created project Batcave (3700001305)\n")
            let archive = await cli.run("projects", "update", "batcave", "--no-active")
            #expect(archive.output == "Updated project Batcave (3700001305)\n")
            // What the command line changed at Toggl is in the store: the fresh store shows it.
            let archived = await cli.run("projects", "ls", "--archived")
            #expect(archived.output.contains("Batcave") && archived.requests.isEmpty, "\(archived)")
            let refreshed = await cli.run("projects", "ls", "-c", "acme", "--refresh")
            #expect(refreshed.requests == ["GET /api/v9/workspaces/3700000004/projects"])
            let tags = await cli.run("tags", "ls", "-w", "personal")
            #expect(tags.output == """
                        ID  NAME
                3700000088  errands
                3700000087  learning

                """)
            let tag = await cli.run("tags", "add", "focus", "-q")
            #expect(tag.output == "3700001306\n")
            let tasks = await cli.run("tasks", "ls", "-p", "website")
            #expect(tasks.output == """
                        ID  NAME            PROJECT           STATUS
                3700000018  Frontend build  Website Redesign  active
                3700000017  Visual design   Website Redesign  active
                3700000016  Wireframes      Website Redesign  active

                """)
            #expect(tasks.requests == [])
        }
    }

    @Test func accountWorkspacesUsersAndQuota() async throws {
        try await withCLI { cli in
            let workspaces = await cli.run("workspaces", "ls")
            #expect(workspaces.output == """
                        ID  NAME              DEFAULT  ROLE
                3700000004  Northwind Studio  *        admin
                3700000005  Personal                   admin

                """)
            let users = await cli.run("users", "ls")
            #expect(users.output == """
                        ID  NAME       EMAIL                   ROLE
                3700000001  Alex Demo  demo@toggl-tui.invalid  admin

                """)
            let members = await cli.run("workspace-users", "ls", "--json")
            #expect(members.output.contains("\"email\" : \"demo@toggl-tui.invalid\""))
            let projectUsers = await cli.run("project-users", "ls", "-p", "website")
            #expect(projectUsers.requests == ["GET /api/v9/workspaces/3700000004/project_users"])
            let me = await cli.run("me")
            #expect(me.output.hasPrefix("id:                 3700000001\nname:               Alex Demo\n"))
            #expect(me.requests == [], "the store is fresh: no request")
            let refreshedMe = await cli.run("me", "--refresh")
            #expect(refreshedMe.requests == ["GET /api/v9/me"])
            let quota = await cli.run("quota")
            #expect(quota.output.hasPrefix("BUCKET                      LEFT       OF  RESETS IN\nuser (/me)                999997  1000000     60m 0s\n"))
            #expect(quota.requests == ["GET /api/v9/me/quota"])
        }
    }

    @Test func configAndLogout() async throws {
        try await withCLI { cli in
            let path = await cli.run("config", "path", "-q")
            #expect(path.output == cli.folder.appendingPathComponent("config/toggl-tui/config").path + "\n")
            let set = await cli.run("config", "set", "tz", "Europe/Berlin")
            #expect(set.code == 0)
            let initialize = await cli.run("config", "init", "--token", "not-a-real-token-0000")
            #expect(initialize.code == 0)
            #expect(!initialize.output.contains("not-a-real-token"))
            let text = try String(contentsOfFile: cli.folder.appendingPathComponent("config/toggl-tui/config").path, encoding: .utf8)
            #expect(text.contains("tz = Europe/Berlin"))
            let again = await cli.run("config", "init", "--token", "x")
            #expect(again.code == 6)
            _ = await cli.run("status", "--refresh")
            let logout = await cli.run("logout", "--yes")
            #expect(logout.output == "Logged out: local data deleted.\n")
            let status = await cli.run("status")
            #expect(status.code == 5)
        }
    }

    @Test func logoutDeletesAJournalOfSentWritesAndKeepsOneWithUnsentWrites() async throws {
        try await withCLI { cli in
            #expect(await cli.run("start", "Sent at once").code == 0)
            let journal = cli.layout.journalPath
            #expect(FileManager.default.fileExists(atPath: journal))
            let sent = await cli.run("logout", "--yes")
            #expect(sent.output == "Logged out: local data deleted.\n")
            #expect(!FileManager.default.fileExists(atPath: journal))

            // Known again (the token's user), then offline: the next start waits in the journal.
            #expect(await cli.run("status", "--refresh").code == 0)
            cli.sandbox.faults = SandboxFaults(isDown: true)
            _ = await cli.run("start", "Kept for later")
            let unsent = await cli.run("logout", "--yes")
            #expect(unsent.output == "Logged out: local data deleted; unsent writes kept in \(journal).\n", "\(unsent)")
            #expect(FileManager.default.fileExists(atPath: journal))
        }
    }
}
