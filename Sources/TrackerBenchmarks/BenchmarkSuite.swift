import Foundation
import TerminalUI
import TogglModels
import TrackerCore

/// Runs every measurement in order and gathers the report.
///
/// Order matters for memory: the account is generated, the generator's memory given back and
/// `VmHWM` restarted; then the first frames, the keystrokes and the pty ticks run, and the peak
/// is read — all before the workday starts its in-process sandbox.
public enum BenchmarkSuite {
    public static func run(_ options: BenchmarkOptions, progress: (String) -> Void = { _ in }) async throws -> BenchmarkReport {
        let startResident = MemoryProbe.residentMegabytes()
        let settings = AppSettings(systemTimeZone: options.timeZone)

        progress("generating the account")
        let (json, preferences, projectCount) = try makeBootstrap(options)
        let peakWasReset = MemoryProbe.resetPeak()
        let afterGenerator = MemoryProbe.residentMegabytes()

        var phases = PhasePeaks()

        progress("first frame × \(options.firstFrameRuns)")
        let firstFrame = try FirstFrameBenchmark.run(json: json, preferences: preferences, now: options.now,
                                                     settings: settings, size: options.screen, runs: options.firstFrameRuns)
        phases.end("first frame")

        var state = BenchApp.bootstrapped(try TogglJSON.makeDecoder().decode(Me.self, from: json), preferences: preferences,
                                          now: options.now, settings: settings, size: options.screen)
        let scenarios = KeystrokeBenchmark.scenarios(for: state, rounds: options.keystrokeRounds)
        let keystrokes = KeystrokeBenchmark.run(scenarios, state: &state, size: options.screen, progress: progress)
        phases.end("keystrokes")

        progress("timer ticks on a pty")
        let tick = try TickBenchmark.run(state: state, size: options.screen, ticks: options.ticks)
        phases.end("ticks")

        let memory = MemoryResult(peakMegabytes: phases.peak, startMegabytes: startResident ?? 0,
                                  afterGeneratorMegabytes: afterGenerator ?? 0, peakRestartedAfterGenerator: peakWasReset,
                                  accountJSONMegabytes: Double(json.count) / 1_048_576, phases: phases.phases)

        progress("memory of a fresh toggl-tui: empty account, then this one")
        var process: ProcessMemoryResult?
        var processNotMeasured: String?
        if options.processMemory {
            do {
                process = try await ProcessMemoryBenchmark.run(options, progress: progress)
            } catch {
                processNotMeasured = "\(error)"
                progress("\(error)")
            }
        }

        progress("workday against the sandbox")
        let workday = try await runWorkday(options)

        let statusProcess = runStatusProcess(options, progress: progress)
        return BenchmarkReport(options: options, projectsInDefaultWorkspace: projectCount, firstFrame: firstFrame,
                               keystrokes: keystrokes, tick: tick, memory: memory, workday: workday, statusProcess: statusProcess,
                               processMemory: process, processMemoryNotMeasured: processNotMeasured)
    }

    /// The keystroke rows alone (`--only-keystrokes`): the account generated and bootstrapped as
    /// ``run(_:progress:)`` does, then the keystroke scenarios, no other phase.
    public static func runKeystrokes(_ options: BenchmarkOptions, progress: (String) -> Void = { _ in }) throws -> [KeystrokeResult] {
        let settings = AppSettings(systemTimeZone: options.timeZone)
        progress("generating the account")
        let (json, preferences, _) = try makeBootstrap(options)
        var state = BenchApp.bootstrapped(try TogglJSON.makeDecoder().decode(Me.self, from: json), preferences: preferences,
                                          now: options.now, settings: settings, size: options.screen)
        let scenarios = KeystrokeBenchmark.scenarios(for: state, rounds: options.keystrokeRounds)
        return KeystrokeBenchmark.run(scenarios, state: &state, size: options.screen, progress: progress)
    }

    /// The scripted workday alone (`--only-workday`).
    public static func runWorkday(_ options: BenchmarkOptions) async throws -> WorkdayResult {
        let account = SyntheticAccount(size: options.account, now: options.workdayStart, timeZone: options.timeZone)
        return try await WorkdayBenchmark.run(account: account)
    }

    /// The fresh-process memory rows alone (`--only-memory`): the empty account, then this one,
    /// each in a fresh `toggl-tui` (throws ``BenchmarkError/notMeasured(_:)`` when it cannot run).
    public static func runProcessMemory(_ options: BenchmarkOptions, progress: (String) -> Void = { _ in }) async throws
        -> ProcessMemoryResult {
        try await ProcessMemoryBenchmark.run(options, progress: progress)
    }

    /// `toggl-tui status` as a process beside the hellos, on the account as of the wall clock
    /// (a status bar runs now, and today's entries are what it adds up).
    /// `statusRuns` 0 skips it (the benchmark's own tests: they run in a debug build).
    public static func runStatusProcess(_ options: BenchmarkOptions, progress: (String) -> Void = { _ in }) -> StatusProcessResult {
        guard options.statusRuns > 0 else { return StatusProcessResult(skipped: "not asked for (statusRuns 0)") }
        progress("generating the account for status")
        let account = SyntheticAccount(size: options.account, now: Date(), timeZone: options.timeZone)
        return StatusProcessBenchmark.run(account: account, runs: max(30, options.statusRuns), progress: progress)
    }

    /// The account's bootstrap JSON (the generator's models are freed on return).
    private static func makeBootstrap(_ options: BenchmarkOptions) throws -> (Data, Preferences, Int) {
        let account = SyntheticAccount(size: options.account, now: options.now, timeZone: options.timeZone)
        return (try account.makeBootstrapJSON(), account.preferences, account.defaultWorkspaceProjectCount)
    }
}

/// Peak resident memory of the benchmark process while it holds the account in the app's state.
public struct MemoryResult: Sendable, Equatable, Codable {
    /// `VmHWM` after the first frames, keystrokes and ticks, before the sandbox starts.
    public var peakMegabytes: Double
    /// `VmRSS` when the benchmark began (the binary, Swift and Foundation).
    public var startMegabytes: Double
    /// `VmRSS` once the generator's memory was given back.
    public var afterGeneratorMegabytes: Double
    /// Whether `VmHWM` could be restarted after generating the account (else the peak includes
    /// the generator).
    public var peakRestartedAfterGenerator: Bool
    /// The account's JSON, held in memory throughout (what a store read would hold).
    public var accountJSONMegabytes: Double
    /// The peak of each phase, in order (`VmHWM` restarted between phases).
    public var phases: [PhasePeak]
}

/// The peak resident memory of one phase of the benchmark.
public struct PhasePeak: Sendable, Equatable, Codable {
    public var phase: String
    public var peakMegabytes: Double
    /// `VmRSS` when the phase ended.
    public var endMegabytes: Double
}

/// Reads `VmHWM` at the end of each phase and restarts it for the next.
struct PhasePeaks {
    private(set) var phases: [PhasePeak] = []

    /// The highest peak of all phases.
    var peak: Double { phases.map(\.peakMegabytes).max() ?? 0 }

    mutating func end(_ phase: String) {
        phases.append(PhasePeak(phase: phase, peakMegabytes: MemoryProbe.peakMegabytes() ?? 0,
                                endMegabytes: MemoryProbe.residentMegabytes() ?? 0))
        MemoryProbe.resetPeak()
    }
}
