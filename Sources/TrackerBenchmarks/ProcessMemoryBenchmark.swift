import Foundation
import TerminalUI
import TogglAPI
import TogglModels
import TrackerCore
import TrackerRuntime
import TrackerStore

/// Resident memory at one point of a child's run, in MB (`/proc/self/status`).
public struct MemorySample: Sendable, Equatable, Codable {
    public var phase: String
    /// `VmRSS`: in all.
    public var resident: Double
    /// `RssAnon`: heap and stacks — what the process made.
    public var anonymous: Double
    /// `RssFile`: the binary, the libraries and their data, mapped from files.
    public var file: Double
    /// `VmHWM`: the peak so far.
    public var peak: Double

    static func now(_ phase: String) -> MemorySample {
        MemorySample(phase: phase, resident: MemoryProbe.residentMegabytes() ?? 0, anonymous: MemoryProbe.anonymousMegabytes() ?? 0,
                     file: MemoryProbe.fileMegabytes() ?? 0, peak: MemoryProbe.peakMegabytes() ?? 0)
    }
}

/// The memory of a fresh process doing what `toggl-tui` does with a warm store — nothing else in
/// it: no generator, no sandbox, no other benchmark. Once with an empty account (the fixed
/// floor: runtime, libraries, an empty state) and once with the benchmark's account; what the
/// account adds is the difference.
public struct ProcessMemoryResult: Sendable, Equatable, Codable {
    /// The empty account's run, phase by phase.
    public var floor: [MemorySample]
    /// The benchmark account's run, phase by phase.
    public var account: [MemorySample]

    /// The account run's peak (`VmHWM`).
    public var peakMegabytes: Double { account.map(\.peak).max() ?? 0 }
    /// The floor run's peak.
    public var floorPeakMegabytes: Double { floor.map(\.peak).max() ?? 0 }
    /// What the account adds: the larger of the difference in peaks and the largest difference
    /// in anonymous memory at the end of a phase (phases matched by name).
    public var addedMegabytes: Double {
        let floorByPhase = Dictionary(floor.map { ($0.phase, $0.anonymous) }, uniquingKeysWith: { first, _ in first })
        let anonymous = account.compactMap { sample in floorByPhase[sample.phase].map { sample.anonymous - $0 } }.max() ?? 0
        return max(0, peakMegabytes - floorPeakMegabytes, anonymous)
    }

    /// The issue's peak target for an account: 45 MB at the benchmark's account, 60 at larger ones.
    public static func peakTarget(for account: AccountSize) -> Double {
        account.entries > AccountSize.large.entries || account.projects > AccountSize.large.projects ? 60 : 45
    }

    /// The two runs as lines of text (`--only-memory`): the peaks against `peakTarget`, what the
    /// account adds, then each phase (resident, anonymous, file-backed, peak so far).
    public func table(peakTarget: Double) -> String {
        func format(_ value: Double) -> String { String(format: "%.1f", value) }
        func phases(_ name: String, _ samples: [MemorySample]) -> [String] {
            ["\(name): phase — resident / anonymous / file-backed / peak so far (MB)"]
                + samples.map { "  \($0.phase): \(format($0.resident)) / \(format($0.anonymous)) / \(format($0.file)) / \(format($0.peak))" }
        }
        let met = peakMegabytes <= peakTarget ? "met" : "NOT met"
        return ([
            "peak resident, fresh process: \(format(peakMegabytes)) MB (target ≤ \(format(peakTarget)) MB: \(met))",
            "empty account's peak (the floor): \(format(floorPeakMegabytes)) MB",
            "memory the account adds: \(format(addedMegabytes)) MB (target ≤ 15 MB: \(addedMegabytes <= 15 ? "met" : "NOT met"))",
        ] + phases("account", account) + phases("empty account", floor)).joined(separator: "\n")
    }
}

/// Spawns this benchmark's own binary as the child (``childEnvironmentKey`` names its folder):
/// it restores the store a previous run left (catalog + the last 14 days), draws the first
/// frame, takes the launch sync's `/me?with_related_data=true` answer (decoded from the bytes
/// Toggl would send: the catalog and the last 9 days), saves the store as the app does, and
/// runs the keystroke scenarios once; it prints its samples as one JSON line.
public enum ProcessMemoryBenchmark {
    /// The environment variable that makes `toggl-tui-bench` the child, naming its folder.
    public static let childEnvironmentKey = "TOGGL_TUI_BENCH_MEMORY_CHILD"
    static let marker = "toggl-tui-bench memory: "

    /// What the child needs besides the store.
    struct Setup: Codable {
        var now: Date
        var timeZone: String
        var columns: Int
        var rows: Int
    }

    /// The folder the child is to work in, when this process is one.
    public static func childFolder() -> String? {
        ProcessInfo.processInfo.environment[childEnvironmentKey].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The floor and the account, each in a fresh child. Nil when the child cannot be spawned.
    static func run(_ options: BenchmarkOptions) throws -> ProcessMemoryResult? {
        let empty = AccountSize(entries: 0, projects: 0, clients: 0, tags: 0, workspaces: 1, days: 1)
        guard let floor = try measure(empty, options), let account = try measure(options.account, options) else { return nil }
        return ProcessMemoryResult(floor: floor, account: account)
    }

    private static func measure(_ size: AccountSize, _ options: BenchmarkOptions) throws -> [MemorySample]? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("toggl-tui-bench-memory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try prepare(size, options, in: folder)
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = []
        var environment = ProcessInfo.processInfo.environment
        environment[childEnvironmentKey] = folder.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last(where: { $0.hasPrefix(marker) })
        else { return nil }
        return try JSONDecoder().decode([MemorySample].self, from: Data(line.dropFirst(marker.count).utf8))
    }

    /// The store a previous run left, and `/me` as Toggl answers it now.
    private static func prepare(_ size: AccountSize, _ options: BenchmarkOptions, in folder: URL) throws {
        let account = SyntheticAccount(size: size, now: options.now, timeZone: options.timeZone)
        var me = account.makeMe()
        _ = try FirstFrameBenchmark.writeStore(me, preferences: account.preferences, now: options.now,
                                               token: Secret(SyntheticAccount.apiToken), folder: folder)
        let related = options.now.addingTimeInterval(-9 * 86_400)
        me.timeEntries = me.timeEntries?.filter { $0.start >= related || $0.isRunning }
        try TogglJSON.makeEncoder().encode(me).write(to: folder.appendingPathComponent("me.json"))
        let setup = Setup(now: options.now, timeZone: options.timeZone.identifier, columns: options.screen.columns,
                          rows: options.screen.rows)
        try JSONEncoder().encode(setup).write(to: folder.appendingPathComponent("setup.json"))
    }

    /// The child's run (call it from `main` when ``childFolder()`` is set); prints its samples.
    public static func runChild(folder path: String) async throws {
        // As `toggl-tui` starts (AppLauncher).
        HeapTuning.returnLargeBlocks()
        var samples = [MemorySample.now("started")]
        let folder = URL(fileURLWithPath: path)
        let setup = try JSONDecoder().decode(Setup.self, from: Data(contentsOf: folder.appendingPathComponent("setup.json")))
        let zone = TimeZone(identifier: setup.timeZone) ?? .current
        let size = Size(columns: setup.columns, rows: setup.rows)
        let now = setup.now
        let token = Secret(SyntheticAccount.apiToken)
        let api = TogglAPIClient(configuration: APIConfiguration(credentials: .apiToken(token.revealed),
                                                                 trackURL: APIConfiguration.defaultTrackURL))
        let driver = AppDriver(state: AppState(settings: AppSettings(systemTimeZone: zone), now: now),
                               performer: FirstFrameBenchmark.Unused())
        driver.send(.resized(columns: size.columns, rows: size.rows))
        driver.send(.tick(now))
        let store = LocalStore(cacheDirectory: folder.appendingPathComponent("cache").path,
                               stateDirectory: folder.appendingPathComponent("state").path, token: token, api: api, now: { now })
        guard store.restore(into: driver) else { throw BenchmarkError.storeNotRestored(store.issues.map(\.message)) }
        var frame = AppView.render(driver.state, size: size)
        _ = frame.changes(from: nil)
        samples.append(.now("first frame"))

        // The launch sync: one /me, decoded from Toggl's bytes, then the store saved.
        driver.send(.launched)
        try answerLaunchSync(driver, from: folder.appendingPathComponent("me.json"), samples: &samples)
        let synced = AppView.render(driver.state, size: size)
        _ = synced.changes(from: frame)
        frame = synced
        samples.append(.now("synced"))
        store.update(from: driver, force: true)
        samples.append(.now("saved"))

        var state = driver.state
        let scenarios = KeystrokeBenchmark.scenarios(for: state, rounds: 1)
        _ = KeystrokeBenchmark.run(scenarios, state: &state, size: size, progress: { _ in })
        samples.append(.now("keystrokes"))
        await driver.settle()
        print(marker + String(decoding: try JSONEncoder().encode(samples), as: UTF8.self))
    }

    /// `/me`'s bytes decoded (as `TogglAPIClient` decodes them) and handed to the app, as the
    /// performer does: neither the bytes nor the decoded model outlive the message.
    private static func answerLaunchSync(_ driver: AppDriver, from file: URL, samples: inout [MemorySample]) throws {
        let me = try Me.decoded(from: Data(contentsOf: file))
        samples.append(.now("/me decoded"))
        if let requestID = driver.state.pendingBootstrap {
            driver.send(.bootstrapLoaded(requestID: requestID, .success(Bootstrap(me: me, preferences: nil))))
        }
    }
}
