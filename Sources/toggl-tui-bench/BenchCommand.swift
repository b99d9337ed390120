import ArgumentParser
import Foundation
import TrackerBenchmarks

/// `toggl-tui-bench`: measures toggl-tui on a large synthetic account and prints a table
/// (metric, value, target, met?) or JSON. Wiring only: the measurements live in
/// `TrackerBenchmarks`.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toggl-tui-bench",
        abstract: "Measure toggl-tui on a large synthetic account.",
        discussion: """
            First frame, keystrokes (update + render + diff), bytes per timer tick on a pty, peak \
            memory, and the API requests of a scripted workday against the sandbox. Build with \
            -c release for meaningful numbers.
            """
    )

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Flag(help: "A tiny account and few repetitions: every metric, quickly (the workday still takes ~30 s).")
    var tiny = false

    @Option(help: "Time entries in the account (default 10000).")
    var entries: Int?

    @Option(help: "Projects in the account (default 2000).")
    var projects: Int?

    @Option(help: "How many first frames to make (default 20).")
    var runs: Int?

    @Flag(name: .customLong("only-workday"), help: "Only the scripted workday against the sandbox (printed as JSON).")
    var onlyWorkday = false

    @Flag(name: .customLong("only-status"), help: "Only spawn `toggl-tui status` beside a Foundation hello (needs toggl-tui built beside the benchmark, and swiftc).")
    var onlyStatus = false

    @Flag(name: .customLong("only-memory"), help: "Only the fresh-process memory rows: the real toggl-tui beside this benchmark, in a pseudo-terminal, on an empty account, then on this one.")
    var onlyMemory = false

    @Flag(name: .customLong("only-keystrokes"), help: "Only the keystroke rows (update + render + diff), in-process.")
    var onlyKeystrokes = false

    mutating func validate() throws {
        for (name, value) in [("--entries", entries), ("--projects", projects), ("--runs", runs)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1.") }
        }
    }

    func run() async throws {
        var options = tiny ? BenchmarkOptions.tiny : BenchmarkOptions.standard
        if let entries { options.account.entries = entries }
        if let projects { options.account.projects = projects }
        if let runs { options.firstFrameRuns = runs }
        if onlyWorkday {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(try await BenchmarkSuite.runWorkday(options)), as: UTF8.self))
            return
        }
        if onlyMemory {
            let result = try await BenchmarkSuite.runProcessMemory(options)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(result.table(for: options.account))
            }
            return
        }
        let quiet = json
        let started = ContinuousClock.now
        let progress: (String) -> Void = { step in
            guard !quiet else { return }
            let seconds = (ContinuousClock.now - started).components.seconds
            FileHandle.standardError.write(Data("[\(seconds) s] \(step)\n".utf8))
        }
        if onlyKeystrokes {
            let results = try BenchmarkSuite.runKeystrokes(options, progress: progress)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(results), as: UTF8.self))
            } else {
                print(KeystrokeResult.table(results))
            }
            return
        }
        if onlyStatus {
            let result = BenchmarkSuite.runStatusProcess(options, progress: progress)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(result.table())
            }
            return
        }
        let report = try await BenchmarkSuite.run(options, progress: progress)
        print(json ? try report.json() : report.table())
    }
}
