import Foundation
import Glibc
import TogglModels
import TrackerStatus
import TrackerStore

/// `toggl-tui status` as a status bar runs it — a whole process, spawned — beside a
/// Foundation-only "hello" built with plain `swiftc -O` (and one with `-static-stdlib`), on the
/// benchmark's account stored as a previous run of the app leaves it.
///
/// The programs measured are the ones beside the benchmark's own executable (the same build
/// folder): `toggl-tui-launcher`, which an install puts first as `toggl-tui`, and the program
/// `toggl-tui` itself (what a build folder's `toggl-tui status` runs). The hellos are built once into `status-hello/` there (kept for the next run), with
/// a small probe that spawns each run and times it (see ``probeSource``). Each program runs
/// `runs` times, round-robin so a busy machine slows them alike, after one warm-up run each;
/// its wall time is spawn to `wait4`, its peak memory `wait4`'s `ru_maxrss`.
/// "Full path" runs `status` with the status card removed before each run (outside the
/// timing), as the first `status` after a change does.
public enum StatusProcessBenchmark {
    /// The status commands measured (arguments after `toggl-tui`), with their metric keys.
    static let variants: [(key: String, name: String, arguments: [String], launcher: Bool, fullPath: Bool)] = [
        ("status", "status", ["status"], true, false),
        ("status_json", "status --json", ["status", "--json"], true, false),
        ("status_format", "status --format '{description} {elapsed}'", ["status", "--format", "{description} {elapsed}"], true, false),
        ("remind", "remind --print", ["remind", "--print"], true, false),
        ("goals", "goals", ["goals"], true, false),
        ("status_program", "status by the program itself (no launcher)", ["status"], false, false),
        ("status_full", "status, full path (no card)", ["status"], true, true),
    ]

    /// Measures; a result with ``StatusProcessResult/skipped`` set when `toggl-tui` or `swiftc`
    /// is not at hand.
    public static func run(account: SyntheticAccount, runs: Int, progress: (String) -> Void = { _ in }) -> StatusProcessResult {
        let buildFolder = URL(fileURLWithPath: executablePath()).deletingLastPathComponent()
        let app = buildFolder.appendingPathComponent("toggl-tui").path
        let launcher = buildFolder.appendingPathComponent("toggl-tui-launcher").path
        guard FileManager.default.isExecutableFile(atPath: app), FileManager.default.isExecutableFile(atPath: launcher) else {
            return StatusProcessResult(skipped: "no toggl-tui and toggl-tui-launcher beside the benchmark in \(buildFolder.path): "
                + "build them first (swift build -c release)")
        }
        progress("building the hello baselines with swiftc")
        let hellos: (plain: String, staticStdlib: String, probe: String)
        do {
            hellos = try buildHellos(in: buildFolder.appendingPathComponent("status-hello"))
        } catch {
            return StatusProcessResult(skipped: "\(error)")
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("toggl-tui-status-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let layout: StoreLayout
        do {
            layout = try writeStore(account, root: root)
        } catch {
            return StatusProcessResult(skipped: "could not write the store: \(error)")
        }
        let environment = [
            "HOME=\(root.path)", "XDG_CONFIG_HOME=\(root.path)/config", "XDG_CACHE_HOME=\(root.path)/cache",
            "XDG_STATE_HOME=\(root.path)/state", "XDG_DATA_HOME=\(root.path)/data", "TOGGL_API_TOKEN=\(SyntheticAccount.apiToken)",
            "PATH=/usr/bin:/bin", "TZ=\(account.timeZone.identifier)", "LANG=C.UTF-8",
            // Should a run find the store stale, its one request fails at once here, never on the internet.
            "TOGGL_API_URL=http://127.0.0.1:9/api/v9",
        ]
        var programs: [(key: String, name: String, path: String, arguments: [String], fullPath: Bool)] = [
            ("hello", "Foundation hello (swiftc -O)", hellos.plain, [], false),
            ("hello_static", "Foundation hello (swiftc -O -static-stdlib)", hellos.staticStdlib, [], false),
        ]
        programs += variants.map { ($0.key, $0.name, $0.launcher ? launcher : app, $0.arguments, $0.fullPath) }
        let card = StatusCard.path(cacheDirectory: layout.cacheDirectory)
        var wall: [String: [Double]] = [:]
        var peak: [String: Double] = [:]
        progress("spawning hello and toggl-tui status × \(runs) each")
        for round in 0...runs {
            for program in programs {
                if program.fullPath { unlink(card) }
                guard let sample = probe(hellos.probe, program.path, program.arguments, environment: environment) else {
                    return StatusProcessResult(skipped: "could not run \(program.path) \(program.arguments.joined(separator: " "))")
                }
                guard sample.exitStatus == 0 else {
                    return StatusProcessResult(skipped: "\(program.name) exited with \(sample.exitStatus)")
                }
                if round == 0 { continue } // warm-up: the page cache, and the card the first status leaves
                wall[program.key, default: []].append(sample.milliseconds)
                peak[program.key] = max(peak[program.key] ?? 0, sample.maxResidentMegabytes)
            }
        }
        let measured = programs.map { program in
            StatusProcessResult.Program(key: program.key, name: program.name, arguments: program.arguments,
                                        wall: Distribution(wall[program.key] ?? []), peakMegabytes: peak[program.key] ?? 0)
        }
        return StatusProcessResult(programs: measured, storeBytes: storeBytes(layout))
    }

    /// One spawned run: wall time, exit status, and peak resident memory.
    struct Sample {
        var milliseconds: Double
        var exitStatus: Int32
        var maxResidentMegabytes: Double
    }

    /// Runs `path` with `arguments` through the probe (see ``probeSource``) with `environment`;
    /// nil when either could not be started or the probe's answer makes no sense.
    static func probe(_ probe: String, _ path: String, _ arguments: [String], environment: [String]) -> Sample? {
        let pipe = Pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe.fileHandleForWriting.fileDescriptor, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([probe, path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, probe, &actions, nil, argv, envp) == 0 else { return nil }
        try? pipe.fileHandleForWriting.close()
        let answer = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let fields = answer.split(separator: " ").map { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard status == 0, fields.count == 3, let nanoseconds = fields[0], let kilobytes = fields[1], let exit = fields[2] else { return nil }
        return Sample(milliseconds: nanoseconds / 1e6, exitStatus: Int32(exit), maxResidentMegabytes: kilobytes / 1024)
    }

    /// The probe: a small program (Glibc only, static Swift runtime) that spawns one command with
    /// its own environment, output to /dev/null, and prints `<wall ns> <ru_maxrss KB> <exit status>`.
    /// A child's `ru_maxrss` counts the memory of the process it was spawned from (Linux records
    /// the old image's peak at `exec`), so spawned from the benchmark (70+ MB) every command
    /// would "peak" at the benchmark's size; spawned from the probe (~5 MB), only at its own.
    static let probeSource = """
        import Glibc
        let arguments = Array(CommandLine.arguments.dropFirst())
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        var start = timespec(), end = timespec()
        var pid: pid_t = 0
        clock_gettime(CLOCK_MONOTONIC, &start)
        guard !arguments.isEmpty, posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { exit(127) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 { if errno != EINTR { exit(126) } }
        clock_gettime(CLOCK_MONOTONIC, &end)
        let nanoseconds = (Int(end.tv_sec) - Int(start.tv_sec)) * 1_000_000_000 + Int(end.tv_nsec) - Int(start.tv_nsec)
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        print(nanoseconds, usage.ru_maxrss, exitStatus)

        """

    /// Runs `path` with `arguments` and `environment`, output to /dev/null; nil when it could
    /// not be started. (Its `ru_maxrss` includes this process's size: see ``probeSource``.)
    static func spawn(_ path: String, _ arguments: [String], environment: [String]) -> Sample? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return nil }
        }
        let elapsed = (clock.now - start).milliseconds
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Sample(milliseconds: elapsed, exitStatus: exitStatus, maxResidentMegabytes: Double(usage.ru_maxrss) / 1024)
    }

    /// What hello prints: one line, with Foundation in use (a `Date`), as a status line would.
    static let helloSource = """
        import Foundation
        print("hello \\(Date().timeIntervalSince1970 > 0)")

        """

    /// The two hellos and the probe in `folder`, built with the `swiftc` on `PATH` unless
    /// already there.
    static func buildHellos(in folder: URL) throws -> (plain: String, staticStdlib: String, probe: String) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("hello.swift")
        let probeSourceFile = folder.appendingPathComponent("probe.swift")
        let plain = folder.appendingPathComponent("hello").path
        let staticStdlib = folder.appendingPathComponent("hello-static").path
        let probe = folder.appendingPathComponent("probe").path
        try Data(helloSource.utf8).write(to: source)
        try Data(probeSource.utf8).write(to: probeSourceFile)
        for (output, flags, input) in [(plain, ["-O"], source), (staticStdlib, ["-O", "-static-stdlib"], source),
                                       (probe, ["-O", "-static-stdlib"], probeSourceFile)]
        where !FileManager.default.isExecutableFile(atPath: output) {
            let arguments = ["swiftc"] + flags + [input.path, "-o", output]
            var pid: pid_t = 0
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            guard posix_spawnp(&pid, "swiftc", nil, nil, argv, environ) == 0 else {
                throw SkipReason("swiftc is not on PATH: the hello baseline cannot be built, so status was not measured")
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            guard status == 0, FileManager.default.isExecutableFile(atPath: output) else {
                throw SkipReason("`\(arguments.joined(separator: " "))` failed (status \(status)): status was not measured")
            }
        }
        return (plain, staticStdlib, probe)
    }

    /// The store a previous run of `toggl-tui` leaves for `account` under `root`'s XDG folders:
    /// the catalog, the last 14 days of entries (one running) and `sync.json`.
    static func writeStore(_ account: SyntheticAccount, root: URL) throws -> StoreLayout {
        let me = try TogglJSON.makeDecoder().decode(Me.self, from: try account.makeBootstrapJSON())
        // Goals for `goals` (and `{goal_left}`): a month of the account's entries in the goals card.
        let config = root.appendingPathComponent("config/toggl-tui")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[goals]\nday = 8h\nweek = 40h\nmonth = 160h\n".utf8).write(to: config.appendingPathComponent("config"))
        return try FirstFrameBenchmark.writeStore(
            me, preferences: account.preferences, now: account.now, token: Secret(SyntheticAccount.apiToken),
            cacheDirectory: root.appendingPathComponent("cache/toggl-tui").path,
            stateDirectory: root.appendingPathComponent("state/toggl-tui").path)
    }

    /// The bytes of the files the full path reads (catalog and recent entries).
    static func storeBytes(_ layout: StoreLayout) -> Int {
        [layout.catalog.path, layout.recentEntries.path].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    /// This process's executable.
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Why the measurement was skipped, in words.
    struct SkipReason: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// What ``StatusProcessBenchmark`` measured.
public struct StatusProcessResult: Sendable, Equatable, Codable {
    /// One program's runs.
    public struct Program: Sendable, Equatable, Codable {
        public var key: String
        public var name: String
        public var arguments: [String]
        /// Spawn to exit, in ms.
        public var wall: Distribution
        /// The highest `ru_maxrss` of its runs, in MB.
        public var peakMegabytes: Double

        /// One program's runs.
        public init(key: String, name: String, arguments: [String], wall: Distribution, peakMegabytes: Double) {
            self.key = key
            self.name = name
            self.arguments = arguments
            self.wall = wall
            self.peakMegabytes = peakMegabytes
        }
    }

    /// Why nothing was measured, if so.
    public var skipped: String?
    public var programs: [Program] = []
    /// The catalog and recent entries the full path reads.
    public var storeBytes: Int = 0

    /// The allowed ratio of a status run's p50 to the dynamically linked hello's.
    public static let ratioTarget = 1.5
    /// The allowed peak of a status run, in MB.
    public static let peakTarget = 25.0

    public init(skipped: String) {
        self.skipped = skipped
    }

    public init(programs: [Program], storeBytes: Int) {
        self.programs = programs
        self.storeBytes = storeBytes
    }

    public func program(_ key: String) -> Program? {
        programs.first { $0.key == key }
    }

    /// The table rows: the hellos, each status variant's p50 against 1.5 × hello, and the peak.
    public var metrics: [Metric] {
        guard skipped == nil, let hello = program("hello") else {
            return [Metric("status_wall_ms", "status as a process", value: 0, unit: "ms",
                           detail: "not measured: \(skipped ?? "no hello")", targetText: "—")]
        }
        var rows = [Metric("hello_wall_ms", "Foundation hello, spawned (p50)", value: hello.wall.p50, unit: "ms",
                           detail: "\(Format.percentiles(hello.wall)) ms (n=\(hello.wall.count)); peak \(Format.number(hello.peakMegabytes)) MB")]
        if let plain = program("hello_static") {
            rows.append(Metric("hello_static_wall_ms", "Foundation hello -static-stdlib (p50)", value: plain.wall.p50, unit: "ms",
                               detail: "\(Format.percentiles(plain.wall)) ms; peak \(Format.number(plain.peakMegabytes)) MB"))
        }
        let limit = hello.wall.p50 * Self.ratioTarget
        for key in ["status", "status_json", "status_format", "remind", "goals", "status_program", "status_full"] {
            guard let run = program(key) else { continue }
            let ratio = hello.wall.p50 > 0 ? run.wall.p50 / hello.wall.p50 : 0
            let isFull = ["status_full", "status_program"].contains(key)
            rows.append(Metric("\(key)_wall_ms", "toggl-tui \(run.name) (p50)", value: run.wall.p50, unit: "ms",
                               detail: "\(Format.percentiles(run.wall)) ms (n=\(run.wall.count)); \(Format.number(ratio)) × hello; "
                                   + "peak \(Format.number(run.peakMegabytes)) MB",
                               atMost: isFull ? nil : limit,
                               targetText: isFull ? "—" : "≤ 1.5 × hello (\(Format.number(limit)) ms)"))
        }
        let measured = ["status", "status_json", "status_format", "remind", "goals"]
        let statusPeak = programs.filter { measured.contains($0.key) }.map(\.peakMegabytes).max() ?? 0
        rows.append(Metric("status_peak_mb", "toggl-tui status, remind and goals peak memory (ru_maxrss)", value: statusPeak, unit: "MB",
                           detail: "highest of the launcher's status, remind and goals runs; the program itself "
                               + "\(Format.number(program("status_program")?.peakMegabytes ?? 0)) MB, full path "
                               + "\(Format.number(program("status_full")?.peakMegabytes ?? 0)) MB, hello \(Format.number(hello.peakMegabytes)) MB",
                           atMost: Self.peakTarget))
        return rows
    }

    /// The rows alone as a table (`toggl-tui-bench --only-status`).
    public func table() -> String {
        BenchmarkReport.table(metrics: metrics, notes: [note])
    }

    /// What the rows mean.
    var note: String {
        if let skipped { return "Status as a process: not measured — \(skipped)." }
        return "Status as a process: toggl-tui-launcher (installed as toggl-tui) beside the benchmark, spawned with its output to "
            + "/dev/null against the account's store (\(Format.number(Double(storeBytes) / 1_048_576)) MB of catalog and recent "
            + "entries), round-robin with the hellos; \"full path\" removes the status card before each run (as the first status "
            + "after a change), and the launcher then runs the program."
    }
}
