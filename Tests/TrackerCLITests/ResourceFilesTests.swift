import Foundation
import Testing
import TogglAPI
import TrackerCore
@testable import TrackerCLI

/// `Resources/` is what the program generates: man pages from its argument parser, completion
/// scripts, and the example config from the keys the code reads.
@Suite struct ResourceFilesTests {
    /// The repository's root, three folders up from this file.
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let resources = repositoryRoot.appendingPathComponent("Resources")
    private static let regenerate = "UPDATE_RESOURCES=1 swift test --filter ResourceFilesTests"

    /// The man pages, completions and example config in `Resources/` are what the built
    /// `toggl-tui` and the code generate now. With `UPDATE_RESOURCES=1` the test rewrites them
    /// (and removes pages of commands that are gone).
    @Test func resourceFilesAreUpToDate() throws {
        let binary = try Self.binary()
        let dump = try Self.run(binary, ["--experimental-dump-help"])
        var completions: [ResourceFiles.Shell: String] = [:]
        for shell in ResourceFiles.Shell.allCases {
            completions[shell] = String(decoding: try Self.run(binary, ["--generate-completion-script", shell.rawValue]), as: UTF8.self)
        }
        let generated = try ResourceFiles.generated(dumpHelp: dump, completions: completions)
        let manuals = Self.resources.appendingPathComponent(ResourceFiles.manualFolder)
        let existingPages = ((try? FileManager.default.contentsOfDirectory(atPath: manuals.path)) ?? [])
            .map { ResourceFiles.manualFolder + "/" + $0 }
        let extra = existingPages.filter { generated[$0] == nil }.sorted()

        if ProcessInfo.processInfo.environment["UPDATE_RESOURCES"] == "1" {
            for (path, text) in generated {
                let url = Self.resources.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            for path in extra { try FileManager.default.removeItem(at: Self.resources.appendingPathComponent(path)) }
            return
        }
        for path in generated.keys.sorted() {
            let current = (try? String(contentsOf: Self.resources.appendingPathComponent(path), encoding: .utf8)) ?? ""
            guard let text = generated[path], current != text else { continue }
            Issue.record("Resources/\(path) is stale: run `\(Self.regenerate)` to rewrite it.\n\(Self.firstDifference(current, text))")
        }
        for path in extra {
            Issue.record("Resources/\(path) belongs to no command any more: run `\(Self.regenerate)` to remove it.")
        }
    }

    // MARK: Man pages

    /// Every command the parser shows has a page (or, for the UI, the program's page), and every
    /// option it shows is on that page.
    @Test func everyCommandAndOptionIsOnAPage() throws {
        let dump = try CommandHelpDump(json: Data(try Self.run(try Self.binary(), ["--experimental-dump-help"])))
        let pages = Dictionary(uniqueKeysWithValues: ManualPages.pages(for: dump).map { ($0.fileName, $0.text) })
        let root = dump.command
        #expect(pages["toggl-tui.1"]?.contains(Roff.bold("--demo")) == true, "the UI's options are on toggl-tui(1)")
        #expect(pages["toggl-tui.1"]?.contains(Roff.bold("--version")) == true)
        let commands = root.shownSubcommands.filter { $0.commandName != root.defaultSubcommand && $0.commandName != ManualPages.helpCommand }
        #expect(commands.count > 20)
        for command in commands {
            let page = try #require(pages["toggl-tui-\(command.commandName).1"], "\(command.commandName) has a page")
            #expect(pages["toggl-tui.1"]?.contains(".B \(Roff.escape(command.commandName))\n") == true)
            func check(_ command: CommandHelpDump.Command) {
                for argument in command.shownArguments {
                    for name in argument.names ?? [] {
                        #expect(page.contains(Roff.bold(name.spelled)), "\(command.fullName) \(name.spelled)")
                    }
                }
                for subcommand in command.shownSubcommands {
                    #expect(page.contains(".SS " + Roff.quoted(subcommand.fullName)), "\(subcommand.fullName)")
                    check(subcommand)
                }
            }
            check(command)
        }
        #expect(pages.count == commands.count + 1, "one page per command, and the program's page with the UI's options")
    }

    @Test func roffEscapesWhatRoffWouldInterpret() {
        #expect(Roff.textLine(".SH not a heading") == "\\&.SH not a heading")
        #expect(Roff.textLine("'quoted") == "\\&'quoted")
        #expect(Roff.escape("a\\b --demo") == "a\\eb \\-\\-demo")
        #expect(Roff.escape("ok — “x” ⏱") == "ok \\[u2014] \\[u201C]x\\[u201D] \\[u23F1]")
        #expect(Roff.escape("bell\u{07}\nnext") == "bell next")
        #expect(Roff.escape("a,b, c") == "a,\\:b, c")
        #expect(Roff.paragraphs("one\ntwo\n\n.three") == ["one", ".br", "two", ".PP", "\\&.three"])
    }

    // MARK: The example config

    /// The example parses with the app's own reader as shipped (every option commented out).
    @Test func exampleConfigParsesAsShipped() throws {
        let document = try INIDocument(parsing: ExampleConfig.text, fileName: ResourceFiles.exampleConfigPath)
        let config = try TogglConfig(document: document)
        for key in ConfigKey.allCases { #expect(config[key] == nil, "\(key.name) is commented out") }
        #expect(document.sectionNames == [TogglConfig.authSection, TogglConfig.optionsSection, TogglConfig.keysSection,
                                          TogglConfig.goalsSection])
        #expect(try GoalsConfig.read(config).isEmpty, "no goals unless the user sets some")
    }

    /// Every key the code reads (`ConfigKey.allCases`) is in the example, in its section, with its
    /// meaning above it; uncommented, the file still parses and validates, gives each key the
    /// value shown, and `[keys]` rebinds to exactly the standard keymap.
    @Test func exampleConfigExplainsEveryKeyTheAppReads() throws {
        let text = ExampleConfig.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for key in ConfigKey.allCases {
            let index = try #require(lines.firstIndex(of: "# \(key.name) = \(ExampleConfig.shownValue(of: key))"), "\(key.name) is in the example")
            #expect(index > 0 && lines[index - 1].hasPrefix("# ") && lines[index - 1].count > 10, "\(key.name) has its meaning above it")
            let header = lines[..<index].last { $0.hasPrefix("[") }
            #expect(header == "[\(key.section)]", "\(key.name) is under [\(key.section)]")
        }
        let uncommented = Self.uncommentingOptions(text)
        let config = try TogglConfig(document: INIDocument(parsing: uncommented, fileName: "uncommented"))
        for key in ConfigKey.allCases { #expect(config[key] == ExampleConfig.shownValue(of: key), "\(key.name)") }
        #expect(config.defaultWorkspaceID == 1234567)
        #expect(config.apiURL == APIConfiguration.defaultTrackURL)
        var overrides: [String: String] = [:]
        for key in config.document.keys(inSection: TogglConfig.keysSection) {
            overrides[key] = config.document.value(section: TogglConfig.keysSection, key: key)
        }
        #expect(Set(overrides.keys) == Set(Keymap.standard.bindings.map(\.action.rawValue)), "every action is in [keys]")
        #expect(try Keymap.standard.rebinding(overrides) == .standard)
        // The goals shown as examples are goals.
        #expect(try GoalsConfig.read(config).count == 5)
    }

    /// The defaults the example states are the ones the code applies.
    @Test func exampleConfigStatesTheDefaultsTheCodeApplies() {
        let text = ExampleConfig.text
        #expect(text.contains("# sync_interval = \(Int(AppSettings().syncIntervalMinutes))\n"))
        #expect(text.contains("# quota_reserve = \(AppSettings().quotaReserve)\n"))
        #expect(text.contains("# forgotten_after_hours = \(Int(AppSettings().forgottenTimerHours))\n"))
        #expect(text.contains("# cli_max_age = \(Int(CLIContext.defaultMaxDataAge / 60))\n"))
    }

    /// Config keys are read through `ConfigKey`, so its list is the app's: no source file names a
    /// config key as a string literal beside a section (`[section: "options", key: "x"]`,
    /// `value(section: …, key: "x")`) or passes a section constant with a literal key.
    @Test func configKeysAreReadThroughConfigKey() throws {
        let sources = Self.repositoryRoot.appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(
            pattern: #"section:[^\n\]\)]*key:\s*"|(authSection|optionsSection|keysSection|"options"|"auth")\s*,\s*""#)
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var checked = 0
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", url.lastPathComponent != "ConfigKey.swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            checked += 1
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
                let range = NSRange(line.startIndex..., in: line)
                #expect(
                    pattern.firstMatch(in: line, range: range) == nil,
                    "\(url.lastPathComponent):\(number + 1) reads a config key by a literal; add it to ConfigKey: \(line)")
            }
        }
        #expect(checked > 100)
    }

    // MARK: Support

    /// `# key = value` lines of known keys and actions made live; prose comments stay comments.
    private static func uncommentingOptions(_ text: String) -> String {
        let names = Set(ConfigKey.allCases.map(\.name) + AppAction.allCases.map(\.rawValue))
        var section = ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("[") { section = String(line) }
            guard line.hasPrefix("# "), let equals = line.firstIndex(of: "=") else { return String(line) }
            let key = line.dropFirst(2)[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            // In [goals], the example lines that are goals.
            let isGoal = section == "[\(TogglConfig.goalsSection)]" && (try? Goal.parse(key: key, value: value)) != nil
            return names.contains(key) || isGoal ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
    }

    /// The `toggl-tui` executable beside this test bundle (SwiftPM builds it with the tests).
    private static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["TOGGL_TUI_BINARY"] { return URL(fileURLWithPath: path) }
        let testBundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidates = [testBundle.deletingLastPathComponent(), Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("toggl-tui") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw ResourceTestError("""
                no toggl-tui binary beside the tests (looked in \(candidates.map(\.path).joined(separator: ", "))): \
                build it with `swift build --build-tests`, or set TOGGL_TUI_BINARY.
                """)
        }
        return found
    }

    /// Runs `binary` with `arguments` in a bare environment (so nothing on this machine shows in
    /// the output) and returns its standard output; throws unless it exits 0.
    private static func run(_ binary: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ResourceTestError("\(binary.path) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return data
    }

    private static func firstDifference(_ old: String, _ new: String) -> String {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(oldLines, newLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(oldLines.count, newLines.count)
        let was = line < oldLines.count ? String(oldLines[line]) : "(end of file)"
        let now = line < newLines.count ? String(newLines[line]) : "(end of file)"
        return "First difference, line \(line + 1):\n- \(was)\n+ \(now)"
    }
}

/// Why a resource test could not run.
private struct ResourceTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
