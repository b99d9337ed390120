import Foundation
import Testing
import TerminalUI
import TogglModels
import TogglSandbox
@testable import TrackerCLI

/// Every command that prints what Toggl holds, against a world whose names and descriptions hold
/// terminal escapes, C1 and bidi controls and whose entries hold absurd numbers: nothing a
/// terminal would obey reaches the output, `--json` escapes it and decodes back to Toggl's
/// strings, and no number traps.
@Suite(.serialized)
struct HostileWorldCommandTests {
    static let world = HostileAccount.makeWorld(now: CLIHarness.now, timeZone: CLIHarness.utc.foundationTimeZone)

    /// The commands that show Toggl's strings, each as text and as JSON.
    static let readCommands: [[String]] = [
        ["ls", "--today"], ["ls", "--week", "--fields", "date,start,stop,duration,description,project,client,tags"],
        ["sum", "--week", "--by", "project"], ["sum", "--week", "--by", "client"], ["sum", "--week", "--by", "description"],
        ["sum", "--today", "--by", "day", "--round", "15m"],
        ["now"], ["status"], ["status", "--format", "{description} {project_client} {tags} {elapsed_short}"],
        ["projects", "ls", "--all"], ["clients", "ls", "--all"], ["tags", "ls"], ["workspaces", "ls"],
        ["users", "ls"], ["workspace-users", "ls"], ["me"],
    ]

    @Test func noCommandPrintsATerminalControlFromTogglsStrings() async throws {
        try await withCLI(world: Self.world) { cli in
            for arguments in Self.readCommands {
                let result = await cli.run(arguments)
                #expect(result.code == 0, "\(arguments): \(result)")
                #expect(!HostileAccount.isDangerous(result.output), "\(arguments) printed a control: \(result.output.debugDescription)")
                #expect(!HostileAccount.isDangerous(result.errors), "\(arguments) said a control: \(result.errors.debugDescription)")
            }
        }
    }

    @Test func jsonEscapesEveryControlAndDecodesToTogglsStrings() async throws {
        try await withCLI(world: Self.world) { cli in
            for arguments in Self.readCommands where arguments != ["status", "--format", "{description} {project_client} {tags} {elapsed_short}"] {
                let result = await cli.run(arguments + ["--json"])
                #expect(result.code == 0, "\(arguments): \(result)")
                #expect(!HostileAccount.isDangerous(result.output), "\(arguments) --json printed a raw control")
                #expect((try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) != nil, "\(arguments) --json is not JSON")
            }
            let listed = await cli.run("ls", "--week", "--json")
            let entries = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(listed.output.utf8))
            let descriptions = Set(entries.compactMap(\.description))
            for hostile in HostileAccount.strings where Self.world.timeEntries.all.contains(where: { $0.description == hostile }) {
                #expect(descriptions.contains(hostile), "the JSON lost \(hostile.debugDescription)")
            }
        }
    }

    @Test func absurdDurationsAddUpWithoutTrapping() async throws {
        try await withCLI(world: Self.world) { cli in
            let listed = await cli.run("ls", "--today", "--json")
            let entries = try TogglJSON.makeDecoder().decode([TimeEntry].self, from: Data(listed.output.utf8))
            let absurd = entries.filter { $0.description?.hasPrefix("absurd duration") == true }
            #expect(absurd.count == HostileAccount.absurdDurations.count)
            #expect(absurd.allSatisfy { abs($0.duration) <= DurationLimit.seconds })
            let sum = await cli.run("sum", "--today", "--by", "project")
            #expect(sum.code == 0)
            #expect(sum.output.contains("Total"))
        }
    }

    @Test func aStartedDescriptionWithEscapesIsShownVisiblyByStatus() async throws {
        try await withCLI { cli in
            let started = await cli.run("start", "evil\u{1B}]0;PWNED\u{07}\u{1B}[2Jdesc")
            #expect(started.code == 0, "\(started)")
            #expect(!HostileAccount.isDangerous(started.output))
            let status = await cli.run("status", "--format", "{description}")
            #expect(status.output == "evil^[]0;PWNED^G^[[2Jdesc\n")
        }
    }
}
