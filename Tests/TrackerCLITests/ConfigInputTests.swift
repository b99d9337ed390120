import Foundation
import Testing
import TogglAPI
@testable import TrackerCLI

/// `config init` takes the token from standard input or a hidden prompt (through the
/// ``TokenInput`` seam: tests never use a real terminal), warns about `--token`, and `config set`
/// refuses names and values INI or the cleartext rule cannot accept with exit 2.
@Suite struct ConfigInputTests {
    private func configPath(_ cli: CLIHarness) -> String {
        cli.folder.appendingPathComponent("config/toggl-tui/config").path
    }

    @Test func initReadsTheTokenFromTheInputWithoutAWarning() async throws {
        try await withCLI { cli in
            var context = cli.context()
            context.tokenInput = .fixed("  token-from-stdin-0000\n")
            let result = await cli.run(["config", "init"], context: context)
            #expect(result.code == 0, "\(result)")
            #expect(result.errors.isEmpty)
            #expect(!result.output.contains("token-from-stdin"))
            let text = try String(contentsOfFile: configPath(cli), encoding: .utf8)
            #expect(text.contains("api_token = token-from-stdin-0000\n"))
        }
    }

    @Test func initWithTokenOnTheCommandLineWarns() async throws {
        try await withCLI { cli in
            let result = await cli.run("config", "init", "--token", "argv-token-0000")
            #expect(result.code == 0)
            #expect(result.errors == "toggl-tui: " + ConfigCommand.Initialize.argumentWarning + "\n")
            #expect(!result.errors.contains("argv-token-0000"))
        }
    }

    @Test func initWithNothingToReadIsAUsageError() async throws {
        try await withCLI { cli in
            let result = await cli.run("config", "init")
            #expect(result.code == 2)
            #expect(result.errors.contains("run `toggl-tui config init` on a terminal"))
            #expect(!FileManager.default.fileExists(atPath: configPath(cli)))
        }
    }

    @Test func initRefusesATokenWithSpacesOrControls() async throws {
        try await withCLI { cli in
            for junk in ["two words", "tok\u{1B}[2J"] {
                var context = cli.context()
                context.tokenInput = .fixed(junk)
                let result = await cli.run(["config", "init"], context: context)
                #expect(result.code == 2)
                #expect(!result.errors.contains(junk))
            }
        }
    }

    @Test func theFirstLineOfAPipeIsTheToken() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let text = "  piped-token-0000  \nsecond line\n"
        _ = text.withCString { write(descriptors[1], $0, strlen($0)) }
        close(descriptors[1])
        #expect(TokenInput.firstLine(of: descriptors[0]) == "piped-token-0000")
        close(descriptors[0])

        #expect(pipe(&descriptors) == 0)
        close(descriptors[1])
        #expect(TokenInput.firstLine(of: descriptors[0]) == nil)
        close(descriptors[0])
    }

    @Test(arguments: ["", "a]b.c", "options.", ".k", "options.a=b", "options.#k", "options.k\nx", "a\u{1B}[2J.k"])
    func setWithABadNameIsAUsageError(key: String) async throws {
        try await withCLI { cli in
            let result = await cli.run("config", "set", key, "v")
            #expect(result.code == 2, "\(result)")
            #expect(result.errors.contains("cannot use"))
            #expect(!result.errors.unicodeScalars.contains { $0.value == 0x1B })
            #expect(!FileManager.default.fileExists(atPath: configPath(cli)))
        }
    }

    @Test func setFlattensAValueWithLineBreaks() async throws {
        try await withCLI { cli in
            let result = await cli.run("config", "set", "note", "one\ntwo")
            #expect(result.code == 0)
            let text = try String(contentsOfFile: configPath(cli), encoding: .utf8)
            #expect(text.contains("note = one two\n"))
        }
    }

    @Test func setRefusesACleartextAPIURLAndCanRepairOne() async throws {
        try await withCLI { cli in
            let refused = await cli.run("config", "set", "api_url", "http://proxy.example/api/v9")
            #expect(refused.code == 2)
            #expect(refused.errors.contains("[options] api_url"))
            #expect(refused.errors.contains("http:// is allowed only for this machine"))
            // A file that already has one (written by hand) can be repaired with `config set`.
            try FileManager.default.createDirectory(
                atPath: (configPath(cli) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "[options]\napi_url = http://proxy.example/api/v9\n".write(toFile: configPath(cli), atomically: true, encoding: .utf8)
            let repaired = await cli.run("config", "set", "api_url", "https://proxy.example/api/v9")
            #expect(repaired.code == 0, "\(repaired)")
            let text = try String(contentsOfFile: configPath(cli), encoding: .utf8)
            #expect(text == "[options]\napi_url = https://proxy.example/api/v9\n")
        }
    }

    @Test func aCleartextEnvironmentURLIsAUsageError() {
        let failure = CLIRunner.cliError(ConfigError.invalidEnvironmentValue(
            variable: "TOGGL_API_URL", value: "http://proxy.example/api/v9", expected: CleartextPolicy.expectation))
        #expect(failure.code == .usage)
        #expect(failure.message.contains("TOGGL_API_URL"))
    }
}
